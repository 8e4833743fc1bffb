import type { SpaceAccess } from '../../auth/policy.js';
import {
  type RoleplayFeedbackBody,
  type RoleplayRunBody,
  type SelfAssessmentBody,
  starterScenarioId,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { listAgenda, listMeetings, updateAgendaItem } from '../meetings/index.js';
import {
  addCoachingQuestion,
  createRoleplay,
  createSelfAssessment,
  putFeedback,
  runRoleplay,
  setNextStep,
} from './commands.js';
import { getRoleplay } from './queries.js';
import { installStarterScenarios } from './scenarioCommands.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DEMO_ROLEPLAY_ID = 'demo-roleplay-alex-price-pushback';
const SCENARIO = starterScenarioId('price-pushback');

type Card = Omit<RoleplayFeedbackBody, 'round'> & { userId: string };

/** Two rounds of Alex against Lynne's "Dana", scored by Diego, Isaiah and Megan. */
const ROUNDS: { self: Omit<SelfAssessmentBody, 'round'>; cards: Card[] }[] = [
  {
    self: {
      ratings: [
        { criterion: 'priceObjections', rating: 3 },
        { criterion: 'discoveryQuestions', rating: 3 },
        { criterion: 'tradingConcessions', rating: 2 },
        { criterion: 'nextStepClose', rating: 2 },
      ],
      strengths: ['I kept the list price when Dana first asked me to match the other quote.'],
      developments: ['I ran out of time before we agreed what happens next.'],
    },
    cards: [
      {
        userId: 'u-diego',
        rating: 2,
        strengths: ['Held the list price when Dana asked to match the other quote, and pointed to the trial results.'],
        developments: [
          'Ask what the other quote includes before defending our price; the email-only support came up only because Dana volunteered it.',
        ],
      },
      {
        userId: 'u-isaiah',
        rating: 2,
        strengths: ['Opened by asking how the trial went for the warehouse team and let Dana answer in full.'],
        developments: [
          'Follow the answer about picking errors down to its cost: how many errors a week, and what one error costs.',
        ],
      },
      {
        userId: 'u-megan',
        rating: 2,
        strengths: ['Summarised the two open questions a minute before the end of the round.'],
        developments: ['Propose a specific meeting with the CFO and a date instead of “I’ll send over some options”.'],
      },
    ],
  },
  {
    self: {
      ratings: [
        { criterion: 'priceObjections', rating: 3 },
        { criterion: 'discoveryQuestions', rating: 3 },
        { criterion: 'tradingConcessions', rating: 3 },
        { criterion: 'nextStepClose', rating: 4 },
      ],
      strengths: ['Asked what the other quote covered before talking about price.', 'Got a date for the CFO call.'],
      developments: ['I explained the two-year term before asking for anything in return.'],
    },
    cards: [
      {
        userId: 'u-diego',
        rating: 3,
        strengths: [
          'Asked “What is the other quote being compared on?” and used the missing mobile scanning to reframe the 30%.',
        ],
        developments: ['When offering the two-year term, say what Wingtip gives in return before naming the price.'],
      },
      {
        userId: 'u-isaiah',
        rating: 3,
        strengths: [
          'Asked how many picking errors the trial prevented and agreed the number with Dana: about 60 a month.',
        ],
        developments: ['Check the cost of one picking error with Dana before using it in the value case.'],
      },
      {
        userId: 'u-megan',
        rating: 3,
        strengths: [
          'Closed on a 30-minute call with Dana and her CFO next Tuesday at 10:00, confirmed in Dana’s words.',
        ],
        developments: ['Ask Dana what the CFO will need to see, so that the call has an agenda she owns.'],
      },
    ],
  },
];

function accessOf(access: SpaceAccess, userId: string): SpaceAccess {
  const member = access.space.members.find((m) => m.userId === userId);
  if (!member) throw new Error(`demo role-play needs ${userId} in the space`);
  return { space: access.space, member };
}

/**
 * Installs the starter scenarios, links next week's role-play agenda item to the price-pushback
 * scenario, and plays one finished role-play for Alex in last week's meeting (two rounds, self-
 * assessments, three observers' cards, coaching questions and his next step). `access` is the
 * manager's. Every step runs once per space.
 */
export async function seedRoleplaysDemo(
  store: DocumentStore,
  access: SpaceAccess,
  now: number = Date.now(),
): Promise<void> {
  const pk = access.space.pk;
  await installStarterScenarios(store, access, now - 30 * DAY);
  const meetings = await listMeetings(store, pk);

  for (const meeting of meetings.filter((m) => m.status === 'draft')) {
    for (const item of await listAgenda(store, pk, meeting.meetingId)) {
      if (item.kind === 'rolePlay' && item.link === null)
        await updateAgendaItem(
          store,
          access,
          meeting.meetingId,
          item.itemId,
          { link: { kind: 'scenario', id: SCENARIO } },
          item._etag,
        );
    }
  }

  if ((await store.query(pk, { type: 'roleplay', limit: 1 })).items.length > 0) return;
  if (!['u-alex', 'u-lynne', 'u-diego', 'u-isaiah'].every((id) => access.space.members.some((m) => m.userId === id)))
    return;
  const lastWeek = meetings.find((m) => m.status === 'ended');
  const item = lastWeek
    ? (await listAgenda(store, pk, lastWeek.meetingId)).find((i) => i.kind === 'rolePlay')
    : undefined;
  let at = lastWeek ? Date.parse(lastWeek.scheduledStart) + 25 * MINUTE : now - 7 * DAY;

  await createRoleplay(
    store,
    access,
    {
      scenarioId: SCENARIO,
      ...(lastWeek && item ? { meeting: { meetingId: lastWeek.meetingId, itemId: item.itemId } } : {}),
      repId: 'u-alex',
      customerId: 'u-lynne',
      observers: [
        { userId: 'u-diego', criterion: 'priceObjections' },
        { userId: 'u-isaiah', criterion: 'discoveryQuestions' },
        { userId: 'u-megan', criterion: 'nextStepClose' },
      ],
      rounds: 2,
      roundMinutes: 7,
    },
    at,
    DEMO_ROLEPLAY_ID,
  );
  const run = async (body: RoleplayRunBody): Promise<void> => {
    const current = await getRoleplay(store, pk, DEMO_ROLEPLAY_ID);
    await runRoleplay(store, access, DEMO_ROLEPLAY_ID, body, current._etag, at);
  };
  const alex = accessOf(access, 'u-alex');

  await run({ action: 'start' });
  for (const [i, round] of ROUNDS.entries()) {
    const number = i + 1;
    at += 5 * MINUTE;
    for (const { userId, ...card } of round.cards)
      await putFeedback(store, accessOf(access, userId), DEMO_ROLEPLAY_ID, { round: number, ...card }, at);
    at += 2 * MINUTE + 20_000;
    await run(number < ROUNDS.length ? { action: 'endRound' } : { action: 'debrief' });
    at += 2 * MINUTE;
    await createSelfAssessment(store, alex, DEMO_ROLEPLAY_ID, { round: number, ...round.self }, at);
    if (number < ROUNDS.length) {
      at += MINUTE;
      await run({ action: 'nextRound' });
    }
  }
  at += MINUTE;
  await addCoachingQuestion(
    store,
    access,
    DEMO_ROLEPLAY_ID,
    'What changed for you between the two rounds when Dana asked you to match the price?',
    at,
  );
  await addCoachingQuestion(
    store,
    access,
    DEMO_ROLEPLAY_ID,
    'What would you like the CFO to say at the end of Tuesday’s call?',
    at + 30_000,
  );
  at += 3 * MINUTE;
  await setNextStep(
    store,
    alex,
    DEMO_ROLEPLAY_ID,
    {
      text: 'Before my next pricing call, write down two things I will ask for in return before offering any term or discount.',
      criterion: 'tradingConcessions',
      dueDate: new Date(at + 7 * DAY).toISOString().slice(0, 10),
    },
    at,
  );
  await run({ action: 'close' });
}
