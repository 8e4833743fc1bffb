import type { Notice } from '../../notify/port.js';
import type { StoredCapture } from './model.js';

/** "An action is assigned to you": once per action and owner, opening the action in the personal tab. */
export function actionAssignedNotices(spaceId: string, capture: StoredCapture): Notice[] {
  if (capture.kind !== 'action' || !capture.ownerId) return [];
  return [
    {
      spaceId,
      recipientId: capture.ownerId,
      kind: 'actionAssigned',
      eventKey: `actionAssigned|${spaceId}|${capture.captureId}|${capture.ownerId}`,
      title: capture.text,
      target: { page: 'personal', section: 'actions', itemId: capture.captureId },
    },
  ];
}
