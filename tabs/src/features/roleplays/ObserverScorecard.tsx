import type { RoleplayResponse } from '@coachboard/api/domain';

/** Props of {@link ObserverScorecard}. */
export interface ObserverScorecardProps {
  roleplay: RoleplayResponse;
  /** The round being scored (the current or last played one). */
  round: number;
}

/** SCAFFOLD: being built (observer scorecard). */
export function ObserverScorecard(_props: ObserverScorecardProps) {
  return null;
}
