import type { SpaceAccess } from '../../auth/policy.js';
import type { Principal } from '../../domain/index.js';
import type { Notice } from '../../notify/port.js';
import type { Services } from '../../services.js';
import type { LedgerEntryDoc, OpportunityDoc } from './model.js';

// Who hears what: the assignee (or the managers, for triage) a new opportunity; its contributor each
// change of status and each credit.

const STATUS_WORDS: Record<OpportunityDoc['status'], string> = {
  new: 'new',
  contacted: 'contacted',
  qualified: 'qualified',
  won: 'won',
  lost: 'lost',
  notAnOpportunity: 'not an opportunity',
};

function notice(
  access: SpaceAccess,
  o: OpportunityDoc,
  recipientId: string,
  kind: Notice['kind'],
  event: string,
  title: string,
): Notice {
  return {
    spaceId: access.space.spaceId,
    recipientId,
    kind,
    eventKey: `opportunity:${o.opportunityId}:${event}`,
    title: title.slice(0, 150),
    target: { page: 'personal', section: 'opportunities', itemId: o.opportunityId },
  };
}

/** A new (or reassigned) opportunity: to its assignee, or to every manager when it waits for triage. */
export async function notifyRouted(services: Services, actor: Principal, access: SpaceAccess, o: OpportunityDoc) {
  const recipients = o.assigneeId
    ? [o.assigneeId]
    : access.space.members.filter((m) => m.role === 'manager').map((m) => m.userId);
  const title = o.assigneeId
    ? `${access.member.name} passed on an opportunity at ${o.customerName}`
    : `An opportunity at ${o.customerName} waits to be assigned`;
  await services.notifier.notify(
    actor,
    recipients.map((r) => notice(access, o, r, 'opportunityAssigned', `to:${o.assigneeId ?? 'triage'}`, title)),
  );
}

/** The contributor follows each change of status. */
export async function notifyStatus(services: Services, actor: Principal, access: SpaceAccess, o: OpportunityDoc) {
  await services.notifier.notify(actor, [
    notice(
      access,
      o,
      o.contributorId,
      'opportunityUpdated',
      `status:${o.status}`,
      `Your opportunity at ${o.customerName} is now ${STATUS_WORDS[o.status]}`,
    ),
  ]);
}

/** The contributor hears that points were credited to them. */
export async function notifyCredited(
  services: Services,
  actor: Principal,
  access: SpaceAccess,
  o: OpportunityDoc,
  entry: LedgerEntryDoc,
) {
  await services.notifier.notify(actor, [
    notice(
      access,
      o,
      o.contributorId,
      'pointsCredited',
      `credit:${entry.entryId}`,
      `${entry.points} points credited for ${o.customerName}`,
    ),
  ]);
}
