import type { SpaceAccess } from '../../auth/policy.js';
import { addWeeks, type ObservationChannel, weekStartOf } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { newObservation, saveObservation } from './commands.js';
import { observationDocId, type ObservationDoc } from './model.js';

const DAY = 86_400_000;

interface DemoObservation {
  key: string;
  repId: string;
  /** Weeks before the current one, and the weekday (0 = Monday). */
  weeksAgo: number;
  weekday: number;
  channel: ObservationChannel;
  minutes: number;
  notes: { competency: string; text: string }[];
  self?: { ratings: { competency: string; rating: number }[]; reflection: string };
  feedback?: {
    strengths: string[];
    developments: string[];
    ratings: { competency: string; rating: number }[];
  };
  nextStep?: string;
}

/** A quarter of Megan observing her reps: Alex often, Lynne now and then, Diego not for a while. */
const OBSERVATIONS: DemoObservation[] = [
  {
    key: 'alex-1',
    repId: 'u-alex',
    weeksAgo: 9,
    weekday: 1,
    channel: 'fieldVisit',
    minutes: 240,
    notes: [
      {
        competency: 'discoveryQuestions',
        text: 'Asked how the warehouse counts stock today before showing the scanner.',
      },
    ],
    self: {
      ratings: [{ competency: 'discoveryQuestions', rating: 3 }],
      reflection: 'I asked about their process first, but I did not find out what a miscount costs them.',
    },
    feedback: {
      strengths: ['Asked how the warehouse counts stock today before showing the scanner.'],
      developments: ['When they said counts are often wrong, ask what a wrong count costs them per month.'],
      ratings: [{ competency: 'discoveryQuestions', rating: 2 }],
    },
    nextStep: 'Prepare two impact questions for every discovery visit this month.',
  },
  {
    key: 'lynne-1',
    repId: 'u-lynne',
    weeksAgo: 7,
    weekday: 2,
    channel: 'phoneCall',
    minutes: 45,
    notes: [
      {
        competency: 'activeListening',
        text: 'Paraphrased the buyer’s concern about the rollout date before answering.',
      },
    ],
    self: {
      ratings: [{ competency: 'activeListening', rating: 3 }],
      reflection: 'The call went well; I let him talk.',
    },
    feedback: {
      strengths: ['Paraphrased the buyer’s concern about the rollout date before answering.'],
      developments: ['Close the call with a dated next step instead of “I’ll send something over”.'],
      ratings: [
        { competency: 'activeListening', rating: 3 },
        { competency: 'nextStepClose', rating: 2 },
      ],
    },
  },
  {
    key: 'diego-1',
    repId: 'u-diego',
    weeksAgo: 11,
    weekday: 3,
    channel: 'videoMeeting',
    minutes: 60,
    notes: [{ competency: 'priceObjections', text: 'Offered 10% off as soon as the buyer mentioned a cheaper quote.' }],
  },
  {
    key: 'alex-2',
    repId: 'u-alex',
    weeksAgo: 4,
    weekday: 0,
    channel: 'teamsCall',
    minutes: 50,
    notes: [{ competency: 'priceObjections', text: 'Asked what the other quote included before talking about price.' }],
    self: {
      ratings: [{ competency: 'priceObjections', rating: 3 }],
      reflection: 'I held the price, and I could have used their own numbers on downtime.',
    },
    feedback: {
      strengths: ['Asked what the other quote included before talking about price.'],
      developments: ['Tie the price to the downtime cost they told you about in the first meeting.'],
      ratings: [{ competency: 'priceObjections', rating: 3 }],
    },
  },
  {
    key: 'alex-3',
    repId: 'u-alex',
    weeksAgo: 1,
    weekday: 2,
    channel: 'fieldVisit',
    minutes: 300,
    notes: [
      { competency: 'stakeholderNavigation', text: 'Asked the plant manager who signs off purchases over 50k.' },
      { competency: 'nextStepClose', text: 'Agreed a site walk with the operations lead on Thursday at 10.' },
    ],
  },
  {
    key: 'lynne-2',
    repId: 'u-lynne',
    weeksAgo: 0,
    weekday: 0,
    channel: 'videoMeeting',
    minutes: 40,
    notes: [
      { competency: 'valueArticulation', text: 'Showed the savings from the pilot in the customer’s own numbers.' },
    ],
    self: { ratings: [{ competency: 'valueArticulation', rating: 3 }], reflection: 'The pilot numbers made the case.' },
  },
];

/**
 * Seeds a quarter of observations in "Northwind Sales" (deterministic ids: a second run changes
 * nothing): coverage with a trend, a self-assessment waiting for Alex, feedback waiting for Megan.
 */
export async function seedObservationsDemo(store: DocumentStore, manager: SpaceAccess, now: number): Promise<void> {
  const thisWeek = weekStartOf(new Date(now).toISOString().slice(0, 10));
  for (const demo of OBSERVATIONS) {
    const observationId = `demo-observation-${demo.key}`;
    if (await store.read<ObservationDoc>(manager.space.pk, observationDocId(observationId))) continue;
    const start = new Date(`${addWeeks(thisWeek, -demo.weeksAgo)}T00:00:00Z`).getTime();
    const day = Math.min(start + demo.weekday * DAY, now);
    const date = new Date(day).toISOString().slice(0, 10);
    const at = new Date(day + 17 * 3_600_000).toISOString();
    const base = newObservation(
      manager,
      {
        repId: demo.repId,
        channel: demo.channel,
        date,
        minutes: demo.minutes,
        boardId: null,
        competencies: demo.notes.map((n) => n.competency),
        notes: demo.notes,
      },
      new Date(day),
      observationId,
    );
    const doc: ObservationDoc = {
      ...base,
      selfAssessment: demo.self ? { skipped: false, ...demo.self, at } : null,
      feedback: demo.feedback ? { ...demo.feedback, updatedAt: at, sharedAt: at } : null,
      acknowledgement: demo.nextStep ? { nextStep: demo.nextStep, at } : null,
    };
    await saveObservation(store, doc);
  }
}
