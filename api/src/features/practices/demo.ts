import type { SpaceAccess } from '../../auth/policy.js';
import { type AdoptionOutcome, CreatePracticeBody, type PracticeDraft } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { listMeetings } from '../meetings/index.js';
import { adoptPractice, createPractice, recordOutcome, setDiscussed, setProven } from './commands.js';

const DAY = 24 * 60 * 60 * 1000;

interface DemoAdoption {
  userId: string;
  daysAgo: number;
  outcome?: { outcome: AdoptionOutcome; note: string; daysAgo: number };
}

interface DemoPractice {
  authorId: string;
  daysAgo: number;
  draft: PracticeDraft;
  adoptions: DemoAdoption[];
  proven?: boolean;
  discussed?: boolean;
}

const DEMO_PRACTICES: DemoPractice[] = [
  {
    authorId: 'u-diego',
    daysAgo: 50,
    proven: true,
    discussed: true,
    draft: {
      title: 'Legal review in five days instead of three weeks',
      result: {
        text: 'Fabrikam’s MSA came back from their legal team in 5 days; our three enterprise deals before it averaged 26 days in legal.',
        measure: { kind: 'cycleShortened', days: 21 },
      },
      actions: [
        'In the discovery call, asked the champion who in legal signs off and what their last vendor review looked like.',
        'Sent our pre-redlined MSA with the five clauses legal usually changes already marked as negotiable.',
        'Booked a 30-minute call between their counsel and ours before the proposal, not after it.',
        'Shared a one-page summary of our security and data-processing terms with the procurement lead.',
      ],
      context: { segment: 'enterprise', stage: 'negotiation', dealSize: 'over250k', customerRole: 'legal' },
      evidence: [
        {
          kind: 'document',
          label: 'Pre-redlined MSA',
          url: 'https://northwindtraders.sharepoint.com/sites/sales/Shared%20Documents/MSA-pre-redlined.docx',
        },
      ],
      tags: ['negotiation', 'closing'],
    },
    adoptions: [
      {
        userId: 'u-alex',
        daysAgo: 45,
        outcome: { outcome: 'worked', note: 'Contoso legal signed in 8 days.', daysAgo: 30 },
      },
      {
        userId: 'u-lynne',
        daysAgo: 44,
        outcome: { outcome: 'worked', note: 'The early counsel call took two rounds of redlines out.', daysAgo: 28 },
      },
      {
        userId: 'u-megan',
        daysAgo: 40,
        outcome: { outcome: 'worked', note: 'Used it on the Litware renewal: 6 days in legal.', daysAgo: 25 },
      },
      {
        userId: 'u-isaiah',
        daysAgo: 38,
        outcome: {
          outcome: 'notApplicable',
          note: 'I do not run contracts, but the security summary helped on a support escalation.',
          daysAgo: 24,
        },
      },
    ],
  },
  {
    authorId: 'u-alex',
    daysAgo: 35,
    draft: {
      title: 'Reaching the CFO with a mutual action plan',
      result: {
        text: 'Got a 30-minute meeting with Tailspin’s CFO within a week of discovery; the deal had stalled with the IT manager for two months.',
        measure: { kind: 'meetingBooked', count: 1 },
      },
      actions: [
        'Drafted a mutual action plan with dates for every step up to go-live, including a "CFO approval" line.',
        'Sent it to the IT manager the day after discovery and asked who owns the CFO approval step.',
        'Offered a 30-minute business-case review with the CFO built on three numbers from their own discovery answers.',
      ],
      context: {
        segment: 'midMarket',
        stage: 'discovery',
        dealSize: 'from50kTo250k',
        customerRole: 'economicBuyer',
      },
      tags: ['multithreading', 'valueSelling'],
    },
    adoptions: [
      { userId: 'u-lynne', daysAgo: 16 },
      {
        userId: 'u-diego',
        daysAgo: 30,
        outcome: { outcome: 'worked', note: 'Adventure Works CFO joined the second call.', daysAgo: 15 },
      },
      { userId: 'u-isaiah', daysAgo: 3 },
    ],
  },
  {
    authorId: 'u-lynne',
    daysAgo: 28,
    draft: {
      title: 'Trading the discount for a three-year price lock',
      result: {
        text: 'Wingtip signed three years at list price instead of the 15% discount they asked for; the deal is 40% bigger than the one-year quote.',
        measure: { kind: 'dealExpanded', percent: 40 },
      },
      actions: [
        'Asked what the discount was for before answering: they needed budget certainty for three years.',
        'Offered a price lock for a three-year term instead of a discount on year one.',
        'Showed the two upgrades they had planned, at today’s prices, inside the three-year quote.',
        'Sent the revised quote the same day with a one-paragraph summary their CFO could forward.',
      ],
      context: {
        segment: 'midMarket',
        stage: 'negotiation',
        dealSize: 'from50kTo250k',
        customerRole: 'procurement',
      },
      tags: ['objectionHandling', 'negotiation'],
    },
    adoptions: [
      {
        userId: 'u-alex',
        daysAgo: 25,
        outcome: {
          outcome: 'didNotWork',
          note: 'Procurement had a mandate to get a discount whatever the term.',
          daysAgo: 10,
        },
      },
      {
        userId: 'u-diego',
        daysAgo: 24,
        outcome: { outcome: 'worked', note: 'Two-year lock at Proseware, no discount.', daysAgo: 9 },
      },
    ],
  },
  {
    authorId: 'u-diego',
    daysAgo: 21,
    draft: {
      title: 'Customer reference calls to open public-sector accounts',
      result: {
        text: 'Six first meetings booked with public-sector IT directors in three weeks, from a list that had given us none in a quarter.',
        measure: { kind: 'meetingBooked', count: 6 },
      },
      actions: [
        'Asked our happiest public-sector customer whether their IT director would take two reference calls a month.',
        'Put their name and one result in the email subject line instead of our product.',
        'Offered a 20-minute peer call with the reference and joined only for the last five minutes.',
      ],
      context: {
        segment: 'publicSector',
        stage: 'prospecting',
        dealSize: 'from10kTo50k',
        customerRole: 'technicalEvaluator',
      },
      evidence: [
        {
          kind: 'emailTemplate',
          label: 'Reference-call invitation',
          text: 'Subject: How the City of Redmond cut ticket time by 30%\n\nHi {first name},\n\nDana Lee, IT director at the City of Redmond, offered to spend 20 minutes telling peers how her team did it. Would Tuesday or Thursday suit you?\n\nDiego',
        },
      ],
      tags: ['prospecting', 'referrals'],
    },
    adoptions: [{ userId: 'u-alex', daysAgo: 5 }],
  },
  {
    authorId: 'u-alex',
    daysAgo: 14,
    draft: {
      title: 'Fifteen-minute demo, thirty minutes of their questions',
      result: {
        text: 'Won Relecloud after a 15-minute demo followed by 30 minutes of their questions; two earlier 60-minute demos in that account went nowhere.',
        measure: { kind: 'dealWon' },
      },
      actions: [
        'Asked the champion in advance for the three tasks their team does every day.',
        'Demoed only those three tasks, in their words, in 15 minutes.',
        'Spent the rest of the meeting on their questions and typed each one on the shared screen.',
        'Sent the list of questions with answers the same afternoon.',
      ],
      context: { segment: 'smb', stage: 'proposal', dealSize: 'under10k', customerRole: 'endUser' },
      tags: ['demo', 'discovery'],
    },
    adoptions: [
      {
        userId: 'u-lynne',
        daysAgo: 12,
        outcome: { outcome: 'worked', note: 'Margie’s Travel asked for the order form on the call.', daysAgo: 4 },
      },
      {
        userId: 'u-diego',
        daysAgo: 11,
        outcome: { outcome: 'worked', note: 'Shorter demo, better questions. Trial started.', daysAgo: 3 },
      },
      { userId: 'u-isaiah', daysAgo: 6 },
    ],
  },
  {
    authorId: 'u-lynne',
    daysAgo: 9,
    draft: {
      title: 'Value review before renewal finds the expansion',
      result: {
        text: 'Expanded Adatum by 25% at renewal after a value review showed two teams working around the product.',
        measure: { kind: 'dealExpanded', percent: 25 },
      },
      actions: [
        'Pulled usage numbers per team two weeks before the renewal call.',
        'Asked the sponsor to invite the two teams with the lowest usage to a 30-minute review.',
        'Asked each team what they do instead of using the product, and wrote down every workaround.',
        'Proposed the add-on that removed those workarounds, priced per team.',
      ],
      context: {
        segment: 'enterprise',
        stage: 'expansion',
        dealSize: 'from50kTo250k',
        customerRole: 'executiveSponsor',
      },
      tags: ['accountPlanning', 'referrals'],
    },
    adoptions: [
      { userId: 'u-diego', daysAgo: 8 },
      {
        userId: 'u-isaiah',
        daysAgo: 7,
        outcome: {
          outcome: 'worked',
          note: 'Asked the same workaround question on a support call; the customer asked for a quote.',
          daysAgo: 2,
        },
      },
    ],
  },
];

function accessOf(access: SpaceAccess, userId: string): SpaceAccess | undefined {
  const member = access.space.members.find((m) => m.userId === userId);
  return member ? { space: access.space, member } : undefined;
}

/**
 * Six practices by Northwind's reps with adoptions, outcomes (some due for follow-up), one proven
 * and discussed. `access` is the manager's. Runs once per space.
 */
export async function seedPracticesDemo(
  store: DocumentStore,
  access: SpaceAccess,
  now: number = Date.now(),
): Promise<void> {
  const pk = access.space.pk;
  if ((await store.query(pk, { type: 'practice', limit: 1 })).items.length > 0) return;
  const lastEnded = (await listMeetings(store, pk)).find((m) => m.status === 'ended');
  for (const demo of DEMO_PRACTICES) {
    const author = accessOf(access, demo.authorId);
    if (!author) continue;
    const practice = await createPractice(
      store,
      author,
      CreatePracticeBody.parse(demo.draft),
      now - demo.daysAgo * DAY,
    );
    for (const adoption of demo.adoptions) {
      const adopter = accessOf(access, adoption.userId);
      if (!adopter) continue;
      await adoptPractice(store, adopter, practice.practiceId, now - adoption.daysAgo * DAY);
      if (adoption.outcome) {
        const { outcome, note, daysAgo } = adoption.outcome;
        await recordOutcome(store, adopter, practice.practiceId, { outcome, note }, now - daysAgo * DAY);
      }
    }
    if (demo.proven) await setProven(store, access, practice.practiceId, true, now - 20 * DAY);
    if (demo.discussed)
      await setDiscussed(store, access, practice.practiceId, true, lastEnded?.meetingId ?? null, now - 7 * DAY);
  }
}
