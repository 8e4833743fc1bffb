import type { SpaceAccess } from '../../auth/policy.js';
import type { CreateBoardBody, CreateBoardCardBody } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { listAgenda, listMeetings, updateAgendaItem } from '../meetings/index.js';
import { addCard } from './cardCommands.js';
import { createBoard } from './commands.js';
import { listSummaries } from './queries.js';

const DAY = 24 * 60 * 60 * 1000;

interface DemoBoard {
  ownerId: string;
  account: CreateBoardBody;
  /** Days from today; negative is in the past. */
  nextMeetingInDays: number | null;
  cards: (now: (days: number) => string) => CreateBoardCardBody[];
}

/**
 * Four Northwind accounts: one where the rep is ahead of the buyer, one aligned, one that entered a
 * stage without the buyer's evidence, one early and aligned but with no meeting booked.
 */
const BOARDS: DemoBoard[] = [
  {
    ownerId: 'u-lynne',
    account: {
      name: 'Fabrikam — regional rollout',
      segment: 'Enterprise',
      value: 480_000,
      currency: 'USD',
      salesStage: 'propose',
      buyerStage: 'discover',
      notes: 'Expansion from the Berlin pilot to all six regions.',
    },
    nextMeetingInDays: 5,
    cards: (day) => [
      {
        kind: 'stakeholder',
        name: 'Nadia Ruiz',
        title: 'CFO',
        role: 'economicBuyer',
        influence: 'high',
        stance: 'neutral',
        lastContact: null,
      },
      {
        kind: 'stakeholder',
        name: 'Tom Becker',
        title: 'IT director',
        role: 'technicalEvaluator',
        influence: 'high',
        stance: 'skeptical',
        lastContact: day(-12),
        notes: 'Worried about another integration to run.',
      },
      {
        kind: 'stakeholder',
        name: 'Priya Nair',
        title: 'Head of operations',
        role: 'champion',
        influence: 'medium',
        stance: 'supportive',
        lastContact: day(-4),
      },
      {
        kind: 'stakeholder',
        name: 'Jonas Weber',
        title: 'AP team lead',
        role: 'user',
        influence: 'low',
        stance: 'neutral',
        lastContact: day(-20),
      },
      {
        kind: 'goal',
        goal: 'Cut order-to-cash time',
        successMeasure: 'DSO from 52 to 40 days',
        confirmedByBuyer: false,
      },
      { kind: 'hypothesis', statement: 'Automated invoice matching frees two AP people for collections' },
      {
        kind: 'risk',
        risk: 'IT prefers the ERP vendor’s own module',
        likelihood: 'high',
        impact: 'high',
        mitigation: 'Technical deep-dive with Tom and our solution architect',
        ownerId: 'u-lynne',
      },
      { kind: 'competitor', name: 'ERP vendor add-on', position: 'incumbent', strengths: 'Already installed' },
      {
        kind: 'evidence',
        criterionId: 'problem-confirmed',
        note: 'Priya shared the late-payment cost: 1.2 M a year',
        date: day(-30),
      },
      {
        kind: 'evidence',
        criterionId: 'change-agreed',
        note: 'Pilot in Berlin approved by the regional director',
        date: day(-25),
      },
      { kind: 'action', action: 'Ask Priya to introduce us to Nadia', ownerId: 'u-lynne', dueDate: day(3) },
      { kind: 'action', action: 'Send the proposal draft', ownerId: 'u-lynne', dueDate: day(-2) },
    ],
  },
  {
    ownerId: 'u-alex',
    account: {
      name: 'Contoso Pharmaceuticals — lab analytics',
      segment: 'Enterprise',
      value: 260_000,
      currency: 'USD',
      salesStage: 'propose',
      buyerStage: 'propose',
    },
    nextMeetingInDays: 7,
    cards: (day) => [
      {
        kind: 'stakeholder',
        name: 'Dr. Helen Ko',
        title: 'VP Research operations',
        role: 'economicBuyer',
        influence: 'high',
        stance: 'supportive',
        lastContact: day(-9),
      },
      {
        kind: 'stakeholder',
        name: 'Marcus Lee',
        title: 'Lab systems manager',
        role: 'champion',
        influence: 'medium',
        stance: 'advocate',
        lastContact: day(-2),
      },
      {
        kind: 'stakeholder',
        name: 'Ana Silva',
        title: 'QA lead',
        role: 'technicalEvaluator',
        influence: 'medium',
        stance: 'neutral',
        lastContact: day(-6),
      },
      {
        kind: 'goal',
        goal: 'Release batches faster',
        successMeasure: 'Batch release from 9 to 6 days',
        confirmedByBuyer: true,
      },
      {
        kind: 'hypothesis',
        statement: 'Automated audit trails remove two days of manual QA review',
        status: 'validated',
      },
      {
        kind: 'risk',
        risk: 'Validation (GxP) effort underestimated',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Bring the validation package to the next meeting',
        ownerId: 'u-alex',
      },
      { kind: 'competitor', name: 'LabCore', position: 'shortlisted', weaknesses: 'No audit-trail export' },
      {
        kind: 'evidence',
        criterionId: 'problem-confirmed',
        note: 'Helen quantified the cost of late batches',
        date: day(-40),
      },
      { kind: 'evidence', criterionId: 'change-agreed', note: 'Budget line approved for this year', date: day(-35) },
      {
        kind: 'evidence',
        criterionId: 'decision-criteria-shared',
        note: 'Marcus sent the evaluation scorecard',
        date: day(-20),
      },
      {
        kind: 'evidence',
        criterionId: 'value-validated',
        note: 'QA confirmed the two-day saving in the workshop',
        date: day(-5),
      },
      { kind: 'action', action: 'Ask Marcus for the decision timeline', ownerId: 'u-alex', dueDate: day(4) },
    ],
  },
  {
    ownerId: 'u-diego',
    account: {
      name: 'Adatum Logistics — fleet telematics',
      segment: 'Mid-market',
      value: 150_000,
      currency: 'USD',
      salesStage: 'negotiate',
      buyerStage: 'negotiate',
    },
    nextMeetingInDays: -3,
    cards: (day) => [
      {
        kind: 'stakeholder',
        name: 'Greg Olsen',
        title: 'COO',
        role: 'economicBuyer',
        influence: 'high',
        stance: 'supportive',
        lastContact: day(-15),
      },
      {
        kind: 'stakeholder',
        name: 'Sara Holm',
        title: 'Fleet manager',
        role: 'champion',
        influence: 'medium',
        stance: 'supportive',
        lastContact: day(-3),
      },
      {
        kind: 'stakeholder',
        name: 'Procurement desk',
        role: 'blocker',
        influence: 'medium',
        stance: 'skeptical',
        lastContact: null,
      },
      {
        kind: 'goal',
        goal: 'Lower fuel cost per route',
        successMeasure: '-8% fuel per 100 km',
        confirmedByBuyer: true,
      },
      { kind: 'competitor', name: 'TrackFleet', position: 'shortlisted', strengths: 'Cheaper hardware' },
      { kind: 'evidence', criterionId: 'problem-confirmed', note: 'Greg shared last year’s fuel bill', date: day(-60) },
      { kind: 'evidence', criterionId: 'change-agreed', note: 'Fleet renewal planned for Q3', date: day(-55) },
      {
        kind: 'evidence',
        criterionId: 'decision-process-shared',
        note: 'Sara explained the sign-off chain',
        date: day(-10),
      },
      { kind: 'action', action: 'Send the revised price sheet', ownerId: 'u-diego', dueDate: day(-5) },
    ],
  },
  {
    ownerId: 'u-alex',
    account: {
      name: 'Litware Retail — store operations',
      segment: 'Mid-market',
      value: 90_000,
      currency: 'USD',
      salesStage: 'qualify',
      buyerStage: 'qualify',
    },
    nextMeetingInDays: null,
    cards: (day) => [
      {
        kind: 'stakeholder',
        name: 'Ravi Patel',
        title: 'Store operations manager',
        role: 'champion',
        influence: 'medium',
        stance: 'supportive',
        lastContact: day(-8),
      },
      { kind: 'goal', goal: 'Fewer stock-outs on promotions', successMeasure: '', confirmedByBuyer: false },
      {
        kind: 'evidence',
        criterionId: 'problem-confirmed',
        note: 'Ravi counted 140 lost promotion sales last month',
        date: day(-8),
      },
      {
        kind: 'action',
        action: 'Book a discovery call with Ravi’s regional director',
        ownerId: 'u-alex',
        dueDate: day(6),
      },
    ],
  },
];

/**
 * Seeds the demo boards (once per space), owned by the reps who work them, and links the Fabrikam
 * board from the strategy item of the next draft meeting, so that it can be shared to the stage.
 */
export async function seedBoardsDemo(
  store: DocumentStore,
  access: SpaceAccess,
  now: number = Date.now(),
): Promise<void> {
  const pk = access.space.pk;
  if ((await listSummaries(store, pk)).length > 0) return;
  const day = (days: number): string => new Date(now + days * DAY).toISOString().slice(0, 10);
  let fabrikam: string | undefined;
  for (const board of BOARDS) {
    const member = access.space.members.find((m) => m.userId === board.ownerId);
    if (!member) continue;
    const owner: SpaceAccess = { space: access.space, member };
    const nextMeetingDate = board.nextMeetingInDays === null ? null : day(board.nextMeetingInDays);
    const { boardId } = await createBoard(store, owner, { ...board.account, ownerId: board.ownerId, nextMeetingDate });
    for (const card of board.cards(day)) await addCard(store, owner, boardId, card, new Date(now));
    fabrikam ??= boardId;
  }
  if (!fabrikam) return;

  for (const meeting of await listMeetings(store, pk)) {
    if (meeting.status !== 'draft') continue;
    for (const item of await listAgenda(store, pk, meeting.meetingId)) {
      if (item.kind === 'accountStrategy' && item.link === null && item.title.includes('Fabrikam')) {
        await updateAgendaItem(
          store,
          access,
          meeting.meetingId,
          item.itemId,
          { link: { kind: 'board', id: fabrikam } },
          item._etag,
        );
      }
    }
  }
}
