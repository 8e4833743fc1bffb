import type { SpaceAccess } from '../../auth/policy.js';
import type { DocumentStore } from '../../store/port.js';
import { createAgreement, markOutcome, proposeDraft, signAgreement } from './commands.js';
import { agreementDocId, agreementIdFor } from './model.js';

const DAY = 24 * 60 * 60_000;
const day = (at: number): string => new Date(at).toISOString().slice(0, 10);

/**
 * Megan's and Alex's agreement: version 1, signed by both three weeks ago, whose dated items became
 * commitments (Alex's weekly pipeline update, marked kept twice and missed once; Megan's pricing answers
 * within a day, now overdue; Megan's monthly ride-along), and a renegotiation Alex proposed that waits
 * for both signatures. Idempotent: skipped once the agreement exists.
 */
export async function seedAgreementsDemo(store: DocumentStore, access: SpaceAccess, now: number): Promise<void> {
  const alex = access.space.members.find((m) => m.userId === 'u-alex');
  if (!alex || access.member.userId !== 'u-megan') return;
  if (await store.read(access.space.pk, agreementDocId(agreementIdFor(access.space.spaceId, 'u-megan', alex.userId))))
    return;
  const asAlex = { space: access.space, member: alex };
  let at = now - 21 * DAY;
  const { agreement } = await createAgreement(store, access, { withId: alex.userId }, at);
  const id = agreement.agreementId;
  const v1 = {
    managerExpects: [
      {
        itemId: 'pipeline-update',
        text: 'Update the pipeline board before the Monday sales meeting',
        dueDate: day(now - 20 * DAY),
        cadence: 'weekly' as const,
      },
      { itemId: 'cfo-meetings', text: 'Ask for a meeting with the finance buyer on every deal above 50k' },
    ],
    repExpects: [
      {
        itemId: 'pricing-answers',
        text: 'Answer pricing approval requests within one working day',
        dueDate: day(now - 3 * DAY),
      },
      {
        itemId: 'ride-along',
        text: 'Join one customer call a month and give feedback the same day',
        dueDate: day(now + 9 * DAY),
        cadence: 'monthly' as const,
      },
    ],
  };
  // Megan proposes what she expects; Alex adds what he expects of her.
  let drafted = await proposeDraft(
    store,
    access,
    id,
    { managerExpects: v1.managerExpects, repExpects: [] },
    agreement._etag,
    (at += 60_000),
  );
  drafted = await proposeDraft(store, asAlex, id, v1, drafted.agreement._etag, (at += 60_000));
  const v = drafted.agreement.versions[0]!;
  await signAgreement(store, asAlex, id, { version: v.version, revision: v.revision }, (at += DAY));
  await signAgreement(store, access, id, { version: v.version, revision: v.revision }, at + 60_000);
  const marks = [
    { dueDate: day(now - 20 * DAY), outcome: 'done' as const, reason: 'Board updated Sunday night' },
    { dueDate: day(now - 13 * DAY), outcome: 'notDone' as const, reason: 'Out sick' },
    { dueDate: day(now - 6 * DAY), outcome: 'done' as const, reason: 'Updated Friday' },
  ];
  for (const mark of marks) {
    await markOutcome(store, asAlex, id, 'pipeline-update', mark, Date.parse(`${mark.dueDate}T16:00:00Z`));
  }
  const current = await store.read(access.space.pk, agreementDocId(id));
  await proposeDraft(
    store,
    asAlex,
    id,
    {
      managerExpects: v1.managerExpects,
      repExpects: [
        ...v1.repExpects,
        { itemId: 'deal-desk', text: 'Bring my stuck deals to the deal desk within two days when I ask' },
      ],
    },
    current!._etag,
    now - 2 * DAY,
  );
}
