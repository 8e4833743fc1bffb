import type { SpaceAccess } from '../../auth/policy.js';
import type { BarrierStatusBody, CreateBarrierBody } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { answerBarrier, changeBarrierStatus, createBarrier } from './commands.js';
import { barrierDocId } from './model.js';

const DAY = 24 * 60 * 60_000;

interface DemoBarrier {
  id: string;
  raiser: string;
  daysAgo: number;
  body: CreateBarrierBody;
  /** Manager moves, each some days after raising. */
  moves?: { afterDays: number; body: BarrierStatusBody }[];
  confirmAfterDays?: number;
}

const DEMO: DemoBarrier[] = [
  {
    id: 'demo-barrier-discount',
    raiser: 'u-alex',
    daysAgo: 12,
    body: {
      category: 'pricingApproval',
      text: 'Discounts above 10% wait a week for approval',
      impact: 'Contoso asked for 12% to sign this quarter; the approval will not come before their board meets.',
      urgency: 'high',
      visibility: 'private',
    },
  },
  {
    id: 'demo-barrier-crm',
    raiser: 'u-lynne',
    daysAgo: 6,
    body: {
      category: 'tools',
      text: 'The CRM mobile app logs me out before every visit',
      impact: 'Visit notes go in a day late.',
      urgency: 'medium',
      visibility: 'team',
    },
    moves: [{ afterDays: 1, body: { status: 'inProgress', note: 'IT is looking at the session timeout.' } }],
  },
  {
    id: 'demo-barrier-leads',
    raiser: 'u-diego',
    daysAgo: 30,
    body: {
      category: 'leads',
      text: 'Marketing leads arrive without a contact phone number',
      impact: '',
      urgency: 'medium',
      visibility: 'team',
    },
    moves: [
      {
        afterDays: 3,
        body: {
          status: 'removed',
          note: 'The web form now asks for a phone number; old leads were enriched.',
          resources: [{ label: 'Lead hand-off checklist', url: 'https://northwind.example/playbooks/lead-hand-off' }],
        },
      },
    ],
    confirmAfterDays: 4,
  },
  {
    id: 'demo-barrier-demo-env',
    raiser: 'u-alex',
    daysAgo: 20,
    body: {
      category: 'process',
      text: 'A demo environment takes three days to book',
      impact: '',
      urgency: 'low',
      visibility: 'team',
    },
    moves: [
      {
        afterDays: 2,
        body: {
          status: 'wontFix',
          reason: 'Demo environments are shared across regions this quarter; book them with the weekly plan.',
        },
      },
    ],
  },
];

/**
 * A few barriers in Megan's team in various states: open, in progress, removed and confirmed, won't
 * fix. Idempotent: each is skipped once it exists.
 */
export async function seedBarriersDemo(store: DocumentStore, access: SpaceAccess, now: number): Promise<void> {
  for (const demo of DEMO) {
    if (await store.read(access.space.pk, barrierDocId(demo.id))) continue;
    const member = access.space.members.find((m) => m.userId === demo.raiser);
    if (!member) continue;
    const raised = now - demo.daysAgo * DAY;
    let barrier = await createBarrier(store, { space: access.space, member }, demo.body, raised, demo.id);
    for (const move of demo.moves ?? []) {
      const at = raised + move.afterDays * DAY;
      barrier = await changeBarrierStatus(store, access, demo.id, move.body, barrier._etag, at);
    }
    if (demo.confirmAfterDays !== undefined) {
      const at = raised + demo.confirmAfterDays * DAY;
      await answerBarrier(store, { space: access.space, member }, demo.id, { action: 'confirm' }, barrier._etag, at);
    }
  }
}
