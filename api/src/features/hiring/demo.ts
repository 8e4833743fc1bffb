import type { SpaceAccess } from '../../auth/policy.js';
import { starterScenarioId } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { getScenario } from '../roleplays/index.js';
import { createLoop, createProfile, submitScorecard } from './commands.js';
import { listProfiles } from './queries.js';

const DAY = 24 * 60 * 60_000;
const day = (at: number): string => new Date(at).toISOString().slice(0, 10);

/**
 * An account executive profile whose role-play case is the CFO starter scenario, and a loop for a
 * candidate with Alex and Lynne on the panel; Lynne has submitted her card, Alex's is due.
 * Idempotent: skipped once the space has a role profile.
 */
export async function seedHiringDemo(store: DocumentStore, access: SpaceAccess, now: number): Promise<void> {
  if ((await listProfiles(store, access.space.pk)).length > 0) return;
  const lynne = access.space.members.find((m) => m.userId === 'u-lynne');
  if (!lynne || !access.space.members.some((m) => m.userId === 'u-alex')) return;
  const scenarioId = starterScenarioId('cfo-ten-minutes');
  const scenario = await getScenario(store, access.space.pk, scenarioId).catch(() => null);
  const profile = await createProfile(
    store,
    access,
    {
      name: 'Account executive',
      competencies: [
        {
          key: 'discoveryQuestions',
          weight: 3,
          questions: ['Tell me about a deal where the customer’s real problem was not the one they called about.'],
        },
        {
          key: 'valueArticulation',
          weight: 2,
          questions: ['How did you show a customer what your offer was worth to them, in their numbers?'],
        },
        { key: 'nextStepClose', weight: 1, questions: ['How do you end a first meeting?'] },
      ],
      scenarioId: scenario ? scenarioId : null,
    },
    now - 10 * DAY,
  );
  const loop = await createLoop(
    store,
    access,
    {
      profileId: profile.profileId,
      candidate: {
        name: 'Sam Rivera',
        contact: 'sam.rivera@example.com',
        notes: 'Referred by Diego; five years in SaaS.',
      },
      interviewers: [
        { userId: 'u-alex', competencies: ['discoveryQuestions', 'nextStepClose'] },
        { userId: 'u-lynne', competencies: ['discoveryQuestions', 'valueArticulation'] },
      ],
      interviewDates: [day(now - DAY), day(now + 2 * DAY)],
      managersSeeEarly: false,
    },
    now - 3 * DAY,
  );
  await submitScorecard(
    store,
    { space: access.space, member: lynne },
    loop.loopId,
    {
      ratings: [
        {
          key: 'discoveryQuestions',
          rating: 3,
          evidence: 'In the CFO case, asked what the delay cost per month before showing anything.',
        },
        {
          key: 'valueArticulation',
          rating: 2,
          evidence: 'Named “efficiency” twice but never put a number on it, even when the CFO offered one.',
        },
      ],
      recommendation: 'hire',
      developmentPoints: ['Build the value case from the customer’s own numbers'],
    },
    now - DAY,
  );
}
