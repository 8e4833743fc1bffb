import {
  AddToAgendaBody,
  type AgendaResponse,
  CreateMeetingBody,
  CreatePracticeBody,
  DEFAULT_SKILLS,
  PracticeDraft,
  type PracticeResponse,
  RecordOutcomeBody,
  SetArchivedBody,
  SetDiscussedBody,
  SetProvenBody,
  type SkillListResponse,
  UpdatePracticeBody,
  UpdateSkillsBody,
} from '../src/domain/index.js';
import { api, tokenFor } from './helpers.js';
import type { PrepareContext, Prepared, RouteSample } from './route-samples.js';

/** A valid body for POST /api/spaces/{id}/practices: a result, the steps that produced it, context. */
export function buildPracticeBody(overrides: Partial<PracticeDraft> = {}): PracticeDraft {
  return {
    title: 'Legal review in five days',
    result: {
      text: 'The customer’s legal team returned the MSA in 5 days instead of the usual 26.',
      measure: { kind: 'cycleShortened', days: 21 },
    },
    actions: [
      'Asked the champion in discovery who in legal signs off.',
      'Sent our pre-redlined MSA with the negotiable clauses marked.',
      'Booked a call between their counsel and ours before the proposal.',
    ],
    context: { segment: 'enterprise', stage: 'negotiation', dealSize: 'over250k', customerRole: 'legal' },
    tags: ['negotiation', 'closing'],
    ...overrides,
  };
}

async function created<T>(res: Promise<{ status: number; json: unknown; text: string }>): Promise<T> {
  const done = await res;
  if (done.status >= 300) throw new Error(`setup failed: ${done.status} ${done.text}`);
  return done.json as T;
}

/** A practice posted by Lynne, a rep of the space under test, so that the manager is not its author. */
async function lynnesPractice({ host, spaceId }: PrepareContext): Promise<PracticeResponse> {
  const lynne = await tokenFor(host, 'u-lynne');
  return created<PracticeResponse>(
    api(host, 'POST', `/api/spaces/${spaceId}/practices`, { token: lynne, body: buildPracticeBody() }),
  );
}

const practice = async (ctx: PrepareContext): Promise<Prepared> => {
  const posted = await lynnesPractice(ctx);
  return { params: { practiceId: posted.id }, etag: posted.etag };
};

/** Lynne's practice, adopted by the manager, a rep and a contributor, so each may report an outcome. */
const adoptedPractice = async (ctx: PrepareContext): Promise<Prepared> => {
  const posted = await lynnesPractice(ctx);
  for (const userId of ['u-megan', 'u-alex', 'u-isaiah']) {
    const token = await tokenFor(ctx.host, userId);
    await created(api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/practices/${posted.id}/adoptions`, { token }));
  }
  return { params: { practiceId: posted.id } };
};

/** Lynne's practice and a draft meeting to put it on. */
const practiceAndMeeting = async (ctx: PrepareContext): Promise<Prepared> => {
  const posted = await lynnesPractice(ctx);
  const meeting: CreateMeetingBody = {
    title: 'Weekly sales meeting',
    scheduledStart: '2026-12-01T09:00:00Z',
    lengthMinutes: 60,
  };
  const agenda = await created<AgendaResponse>(
    api(ctx.host, 'POST', `/api/spaces/${ctx.spaceId}/meetings`, { token: ctx.token, body: meeting }),
  );
  return { params: { practiceId: posted.id, meetingId: agenda.meeting.id } };
};

const skillList = async ({ host, token, spaceId }: PrepareContext): Promise<Prepared> => {
  const skills = await created<SkillListResponse>(api(host, 'GET', `/api/spaces/${spaceId}/skills`, { token }));
  return { params: {}, etag: skills.etag };
};

/** Route samples of the practice exchange (see route-samples.ts). */
export const PRACTICE_SAMPLES: Record<string, RouteSample> = {
  'practices-list': {},
  'practices-create': { schema: CreatePracticeBody, body: () => buildPracticeBody() },
  'practice-drafts-check': { schema: PracticeDraft, body: () => ({ result: { text: 'Won the Contoso deal' } }) },
  'practices-get': { prepare: practice },
  'practices-update': {
    schema: UpdatePracticeBody,
    body: () => ({ title: 'Legal review in four days' }),
    ifMatch: true,
    prepare: practice,
  },
  'practice-adoptions-create': { prepare: practice },
  'practice-adoptions-withdraw': { prepare: adoptedPractice },
  'practice-archived-put': {
    schema: SetArchivedBody,
    body: () => ({ archived: true }),
    ifMatch: true,
    prepare: practice,
  },
  'archived-practices-list': {},
  'practice-outcome-put': {
    schema: RecordOutcomeBody,
    body: () => ({ outcome: 'worked', note: 'Legal signed in a week.' }),
    prepare: adoptedPractice,
  },
  'practice-proven-put': { schema: SetProvenBody, body: () => ({ proven: false }), prepare: practice },
  'practice-discussed-put': { schema: SetDiscussedBody, body: () => ({ discussed: true }), prepare: practice },
  'practice-spotlight-get': { prepare: practice },
  'practice-agenda-items-create': { schema: AddToAgendaBody, body: () => ({}), prepare: practiceAndMeeting },
  'practice-spotlights-list': {},
  'practice-contributions-list': {},
  'skills-get': {},
  'skills-update': {
    schema: UpdateSkillsBody,
    // Every key stays on the list (a skill is retired, never removed): rename one, retire another.
    body: () => ({
      skills: DEFAULT_SKILLS.map((s) =>
        s.key === 'demo' ? { ...s, label: 'Demo' } : s.key === 'referrals' ? { ...s, retired: true } : s,
      ),
    }),
    ifMatch: true,
    prepare: skillList,
  },
  'my-practice-adoptions-list': {},
  'my-practices-list': {},
};
