import {
  awaitingSignatures,
  can,
  commitmentDue,
  dayOf,
  type MyAgreementsResponse,
  type Principal,
} from '../../domain/index.js';
import type { Notifier } from '../../notify/port.js';
import type { DocumentStore } from '../../store/port.js';
import { listMySpaces, nameOf } from '../spaces/index.js';
import { notifyDueCommitments } from './notices.js';
import { byDue, presentAgreement, presentAgreementCommitment } from './present.js';
import { listAgreements } from './queries.js';

/**
 * "My agreements", per space I am in: the agreements I am a party to, with their versions, commitments
 * and rates; for a manager, the team's agreements that wait for a signature and the overdue commitments
 * of all of them. Two queries per space, however many commitments and outcomes there are.
 */
export async function myAgreements(
  store: DocumentStore,
  notifier: Notifier,
  principal: Principal,
  now: number = Date.now(),
): Promise<MyAgreementsResponse> {
  const today = dayOf(now);
  const spaces: MyAgreementsResponse['spaces'] = [];
  for (const space of await listMySpaces(store, principal)) {
    const me = space.members.find((m) => m.userId === principal.userId);
    if (!me || !can(me.role, 'agreements.read')) continue;
    const manager = me.role === 'manager';
    const rows = await listAgreements(store, space.pk, manager ? undefined : principal.userId);
    const mine = rows.filter(
      ({ agreement }) => agreement.managerId === principal.userId || agreement.repId === principal.userId,
    );
    for (const { agreement, commitments } of mine) {
      await notifyDueCommitments(store, notifier, principal, space, agreement, commitments, now);
    }
    spaces.push({
      spaceId: space.spaceId,
      spaceName: space.name,
      role: me.role,
      agreements: mine.map(({ agreement, commitments }) =>
        presentAgreement(
          agreement,
          commitments?.commitments ?? [],
          space,
          agreement.managerId === principal.userId ? 'manager' : 'rep',
          now,
        ),
      ),
      awaitingSignature: manager
        ? rows
            .filter(({ agreement }) => awaitingSignatures(agreement.versions, agreement).length > 0)
            .map(({ agreement }) => ({
              agreementId: agreement.agreementId,
              repName: nameOf(space, agreement.repId) ?? '',
              managerName: nameOf(space, agreement.managerId) ?? '',
            }))
        : [],
      overdue: manager
        ? rows
            .flatMap(({ agreement, commitments }) =>
              (commitments?.commitments ?? [])
                .filter((c) => !c.closedAt && commitmentDue(c.dueDate, today) === 'overdue')
                .map((c) => presentAgreementCommitment(agreement, c, space, today)),
            )
            .sort(byDue)
        : [],
    });
  }
  return { spaces };
}
