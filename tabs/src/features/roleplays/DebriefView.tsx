import type { RoleplayResponse } from '@coachboard/api/domain';

/** Props of {@link DebriefView}. */
export interface DebriefViewProps {
  roleplay: RoleplayResponse;
  /** `stage` is read from across a room; `panel` fits the 280–320 px side panel. */
  density: 'stage' | 'panel';
}

/** SCAFFOLD: being built (the debrief). */
export function DebriefView(_props: DebriefViewProps) {
  return null;
}
