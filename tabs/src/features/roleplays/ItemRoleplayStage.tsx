import type { ItemStageProps } from '../linkedContent';
import RoleplayStage from './RoleplayStage';
import { useItemRoleplays } from './runQueries';

/** Props of {@link ItemRoleplayStage}: the item is of kind `rolePlay`; `fallback` shows the item and its scenario. */
export type ItemRoleplayStageProps = ItemStageProps;

/**
 * The meeting stage during a role-play agenda item: once someone sets up the item's role-play from
 * their side panel, the stage already shared for the meeting shows it (scenario, cast, round clock,
 * then the debrief) without anyone sharing again. The newest role-play of the item wins.
 */
export default function ItemRoleplayStage({ spaceId, meetingId, itemId, fallback }: ItemRoleplayStageProps) {
  const roleplays = useItemRoleplays(spaceId, meetingId, itemId);
  const newest = [...(roleplays.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!newest) return fallback;
  return <RoleplayStage spaceId={spaceId} roleplayId={newest.id} />;
}
