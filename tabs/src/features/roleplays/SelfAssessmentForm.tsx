import type { RoleplayResponse } from '@coachboard/api/domain';

/** Props of {@link SelfAssessmentForm}. */
export interface SelfAssessmentFormProps {
  roleplay: RoleplayResponse;
  /** The round that is over and being assessed. */
  round: number;
}

/** SCAFFOLD: being built (the rep's self-assessment). */
export function SelfAssessmentForm(_props: SelfAssessmentFormProps) {
  return null;
}
