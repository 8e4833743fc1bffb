import type { SpaceAccess } from '../../auth/policy.js';
import type { DocumentStore } from '../../store/port.js';
import { createSession, putPlan, updateSession } from './commands.js';
import { sessionDocId } from './model.js';

const DAY = 24 * 60 * 60_000;
const DEMO_SESSION_ID = 'demo-coaching-alex-1';

const day = (at: number): string => new Date(at).toISOString().slice(0, 10);

/**
 * Megan's last 1:1 with Alex, a week ago: her GROW notes (mostly questions, a few tells), her advice,
 * and the plan Alex wrote himself, whose two actions are now his commitments (one overdue, one due
 * in a few days) for the next session to review. Idempotent: skipped once the session exists.
 */
export async function seedCoachingDemo(store: DocumentStore, access: SpaceAccess, now: number): Promise<void> {
  if (await store.read(access.space.pk, sessionDocId(DEMO_SESSION_ID))) return;
  const alex = access.space.members.find((m) => m.userId === 'u-alex');
  if (!alex) return;
  let at = now - 7 * DAY;
  const { session } = await createSession(store, access, { repId: alex.userId }, at, DEMO_SESSION_ID);
  let etag = session._etag;
  const step = async (body: Parameters<typeof updateSession>[3]): Promise<void> => {
    at += 5 * 60_000;
    etag = (await updateSession(store, access, DEMO_SESSION_ID, body, etag, at)).session._etag;
  };
  await step({
    step: 'reality',
    notes: {
      goal: 'What do you want to get out of today? Alex wants to stop giving discounts before the buyer has said what matters.',
    },
  });
  await step({
    step: 'options',
    notes: {
      reality:
        'What happened in the Dana role-play when the price came up? He held the price in round two. Observers saw the next step left open.',
    },
  });
  await step({
    step: 'will',
    notes: {
      options:
        'What could you ask before you talk about price? Who in the team handles this well? Lynne asks what the other quote includes.',
    },
  });
  await step({
    status: 'done',
    notes: { will: 'What will you do first, and by when? What might get in the way?' },
    advice: 'Bring the Contoso case study to the CFO call: finance buyers ask for numbers from a similar customer.',
  });
  at += 10 * 60_000;
  await putPlan(
    store,
    { space: access.space, member: alex },
    DEMO_SESSION_ID,
    {
      goal: 'Hold the price until the buyer has told me what the other offer includes and what matters to them.',
      actions: [
        {
          actionId: 'ask-the-other-quote',
          text: 'On the Tailspin call, ask what the other quote includes before I talk about our price.',
          dueDate: day(now - 2 * DAY),
        },
        {
          actionId: 'cfo-meeting',
          text: 'Propose a dated meeting with the Tailspin CFO instead of “I’ll send some options”.',
          dueDate: day(now + 5 * DAY),
        },
      ],
    },
    undefined,
    at,
  );
}
