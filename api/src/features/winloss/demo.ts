import type { SpaceAccess } from '../../auth/policy.js';
import type { CustomerReasonsBody, DealOutcome, ReviewBody } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { setBoardClosing } from '../boards/index.js';
import { createBoard } from '../boards/index.js';
import { boardEtag } from '../boards/index.js';
import { getSummary, queryBoardCards } from '../boards/index.js';
import { WINLOSS_ROLLUP_ID } from './model.js';
import { saveCustomerReasons, saveReview, setReviewFinal } from './reviews.js';

const DAY = 86_400_000;

interface DemoDeal {
  name: string;
  segment: string;
  ownerId: string;
  value: number;
  outcome: DealOutcome;
  daysAgo: number;
  reasons: string[];
  primary: string;
  whatElse: string | null;
  competitor: string;
  customer: CustomerReasonsBody['reasons'] | null;
}

/**
 * Closed deals of the last three quarters with their reviews: reps mostly say "price", the customers
 * they heard mostly talk about implementation risk and product fit. That gap is what the section shows.
 */
const DEALS: DemoDeal[] = [
  {
    name: 'Litware — analytics suite',
    segment: 'Enterprise',
    ownerId: 'u-alex',
    value: 320_000,
    outcome: 'lost',
    daysAgo: 12,
    reasons: ['price', 'competitor'],
    primary: 'price',
    whatElse: 'Their IT lead never joined a call.',
    competitor: 'Contoso Cloud',
    customer: [
      { key: 'implementationRisk', quote: 'We could not see how you would get us live before the audit in March.' },
      { key: 'productFit', quote: 'Your reporting did not cover our regional entities.' },
    ],
  },
  {
    name: 'Proseware — field service',
    segment: 'Mid-market',
    ownerId: 'u-lynne',
    value: 95_000,
    outcome: 'lost',
    daysAgo: 40,
    reasons: ['price'],
    primary: 'price',
    whatElse: null,
    competitor: 'Fabrikam Apps',
    customer: [
      { key: 'implementationRisk', quote: "Six months of rollout is six months we don't have." },
      { key: 'price', quote: 'The price was fine once we saw the discount, honestly.' },
    ],
  },
  {
    name: 'Tailspin — HR platform',
    segment: 'Enterprise',
    ownerId: 'u-lynne',
    value: 410_000,
    outcome: 'won',
    daysAgo: 55,
    reasons: ['relationship', 'productFit'],
    primary: 'relationship',
    whatElse: 'The pilot with their payroll team convinced the CFO.',
    competitor: 'Contoso Cloud',
    customer: [{ key: 'champion', quote: 'Priya vouched for you in every steering meeting.' }],
  },
  {
    name: 'Wide World Importers — EDI',
    segment: 'Mid-market',
    ownerId: 'u-alex',
    value: 60_000,
    outcome: 'noDecision',
    daysAgo: 100,
    reasons: ['timing', 'champion'],
    primary: 'timing',
    whatElse: null,
    competitor: '',
    customer: null,
  },
  {
    name: 'Adventure Works — retail POS',
    segment: 'Enterprise',
    ownerId: 'u-alex',
    value: 275_000,
    outcome: 'lost',
    daysAgo: 130,
    reasons: ['price', 'process'],
    primary: 'price',
    whatElse: 'Procurement ran a reverse auction we were not ready for.',
    competitor: 'Fabrikam Apps',
    customer: [{ key: 'implementationRisk', quote: 'Nobody could tell us who would run the migration weekend.' }],
  },
  {
    name: 'Coho Winery — distribution',
    segment: 'Mid-market',
    ownerId: 'u-lynne',
    value: 48_000,
    outcome: 'won',
    daysAgo: 160,
    reasons: ['productFit', 'timing'],
    primary: 'productFit',
    whatElse: null,
    competitor: '',
    customer: null,
  },
  {
    name: 'Alpine Ski House — bookings',
    segment: 'Mid-market',
    ownerId: 'u-lynne',
    value: 70_000,
    outcome: 'lost',
    daysAgo: 200,
    reasons: ['price', 'relationship'],
    primary: 'price',
    whatElse: null,
    competitor: 'Contoso Cloud',
    customer: null,
  },
  {
    name: 'Woodgrove — onboarding',
    segment: 'Enterprise',
    ownerId: 'u-alex',
    value: 520_000,
    outcome: 'won',
    daysAgo: 230,
    reasons: ['champion', 'implementationRisk'],
    primary: 'champion',
    whatElse: 'Our migration plan was the only one with names and dates.',
    competitor: 'Fabrikam Apps',
    customer: [{ key: 'implementationRisk', quote: 'You were the only ones who showed us a real migration plan.' }],
  },
];

/** Seeds the closed deals and their reviews (once per space: skipped when the roll-up exists). */
export async function seedWinlossDemo(
  store: DocumentStore,
  access: SpaceAccess,
  now: number = Date.now(),
): Promise<void> {
  const pk = access.space.pk;
  if (await store.read(pk, WINLOSS_ROLLUP_ID)) return;
  for (const deal of DEALS) {
    const member = access.space.members.find((m) => m.userId === deal.ownerId);
    if (!member) continue;
    const owner: SpaceAccess = { space: access.space, member };
    const closedOn = new Date(now - deal.daysAgo * DAY).toISOString().slice(0, 10);
    const { boardId } = await createBoard(store, owner, {
      name: deal.name,
      segment: deal.segment,
      value: deal.value,
      currency: 'USD',
      salesStage: 'propose',
      buyerStage: 'propose',
      nextMeetingDate: null,
      ownerId: deal.ownerId,
    });
    const etag = boardEtag(await queryBoardCards(store, pk, boardId), await getSummary(store, pk, boardId));
    await setBoardClosing(store, owner, boardId, { outcome: deal.outcome, date: closedOn, value: deal.value }, etag);
    const summary = await getSummary(store, pk, boardId);
    const body: ReviewBody = {
      reasons: deal.reasons,
      primary: deal.primary,
      whatElse: deal.whatElse ? { skipped: false, answer: deal.whatElse } : { skipped: true },
      competitor: deal.competitor,
      buyerStage: summary.facts.buyerStage,
      salesStage: summary.facts.salesStage,
      dealSize: deal.value,
      segment: deal.segment,
      durationSeconds: 75 + deal.reasons.length * 20,
    };
    let review = await saveReview(store, owner, boardId, body, undefined);
    if (deal.customer) {
      review = await saveCustomerReasons(
        store,
        access,
        boardId,
        { heardOn: closedOn, reasons: deal.customer },
        review._etag,
      );
    }
    if (deal.daysAgo > 90) await setReviewFinal(store, access, boardId, true, review._etag);
  }
}
