import { awaitingSignatures, commitmentDue, dayOf, latestVersion, type Principal } from '../../domain/index.js';
import type { Notice, Notifier } from '../../notify/port.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { nameOf, type StoredSpace } from '../spaces/index.js';
import type { AgreementCommitmentsDoc, StoredAgreement, StoredCommitments } from './model.js';

const target = (agreementId: string) => ({ page: 'personal' as const, section: 'agreements', itemId: agreementId });

/**
 * Tells the party who still has to sign the newest version that it waits for them (after the other
 * party proposed a text or signed). One notice per text (version and revision) and person.
 */
export async function notifyAwaitingSignature(
  notifier: Notifier,
  principal: Principal,
  space: StoredSpace,
  agreement: StoredAgreement,
): Promise<void> {
  const v = latestVersion(agreement.versions);
  const other = (id: string) => nameOf(space, id === agreement.managerId ? agreement.repId : agreement.managerId);
  const notices: Notice[] = awaitingSignatures(agreement.versions, agreement)
    .filter((id) => id !== principal.userId)
    .map((recipientId) => ({
      spaceId: space.spaceId,
      recipientId,
      kind: 'agreementToSign',
      eventKey: `agreement|${agreement.agreementId}|v${v.version}|r${v.revision}|sign|${recipientId}`,
      title: `Your agreement with ${other(recipientId) ?? principal.name} (version ${v.version}) waits for your signature`,
      target: target(agreement.agreementId),
    }));
  await notifier.notify(principal, notices);
}

/**
 * When a party reads their agreement, the other party is told of commitments that are due today or
 * overdue: the owner that theirs is due, the one it was made to that it is due to them. Each due
 * occurrence is told once per person (remembered on the commitments document), so reading again costs
 * no further writes. There is no timer: the first read on or after the due day sends the notice.
 */
export async function notifyDueCommitments(
  store: DocumentStore,
  notifier: Notifier,
  principal: Principal,
  space: StoredSpace,
  agreement: StoredAgreement,
  commitments: StoredCommitments | undefined,
  now: number = Date.now(),
): Promise<void> {
  if (!commitments) return;
  const today = dayOf(now);
  const told = new Set(commitments.notified);
  const notices: (Notice & { key: string })[] = [];
  for (const c of commitments.commitments) {
    if (c.closedAt || commitmentDue(c.dueDate, today) === 'upcoming') continue;
    const ownerId = c.owner === 'rep' ? agreement.repId : agreement.managerId;
    const owedId = ownerId === agreement.repId ? agreement.managerId : agreement.repId;
    for (const recipientId of [ownerId, owedId]) {
      const key = `${c.itemId}|${c.dueDate}|${recipientId}`;
      if (recipientId === principal.userId || told.has(key)) continue;
      const owner = recipientId === ownerId;
      notices.push({
        key,
        spaceId: space.spaceId,
        recipientId,
        kind: owner ? 'commitmentDue' : 'commitmentOwedDue',
        eventKey: `agreement|${agreement.agreementId}|${key}|due`,
        title: owner
          ? `Due ${c.dueDate}: ${c.text}`
          : `${nameOf(space, ownerId) ?? ''} owes you by ${c.dueDate}: ${c.text}`,
        target: target(agreement.agreementId),
      });
    }
  }
  if (notices.length === 0) return;
  await notifier.notify(
    principal,
    notices.map(({ key: _key, ...notice }) => notice),
  );
  const keys = notices.map((n) => n.key);
  await updateWithRetry<AgreementCommitmentsDoc>(store, commitments.pk, commitments.id, (current) => ({
    ...current,
    notified: [...new Set([...current.notified, ...keys])].slice(-400),
  }));
}
