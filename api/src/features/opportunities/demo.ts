import type { SpaceAccess } from '../../auth/policy.js';
import {
  Conflict,
  creditEntryId,
  DEFAULT_OPPORTUNITY_POINTS,
  type OpportunityStatus,
  type OpportunityUrgency,
  quarterOf,
} from '../../domain/index.js';
import type { DocumentStore, NewDocument } from '../../store/port.js';
import { listSummaries } from '../boards/index.js';
import {
  ledgerDocId,
  type LedgerEntryDoc,
  opportunityDocId,
  type OpportunityDoc,
  optInDocId,
  type OptInDoc,
} from './model.js';

const DAY = 86_400_000;

interface DemoOpportunity {
  key: string;
  /** The demo board whose name starts with this, or none (a typed customer name). */
  board?: string;
  customerName: string;
  assigneeId: string | null;
  daysAgo: number;
  noticed: string;
  whyItMatters: string;
  urgency: OpportunityUrgency;
  contact: string;
  status: OpportunityStatus;
  statusNote?: string;
  /** Megan approved the points for qualified. */
  approved?: boolean;
}

/** What Isaiah (customer success) noticed at customers over the last weeks, in various states. */
const OPPORTUNITIES: DemoOpportunity[] = [
  {
    key: 'contoso-basel',
    board: 'Contoso',
    customerName: 'Contoso Pharmaceuticals',
    assigneeId: 'u-alex',
    daysAgo: 12,
    noticed: '“Could the same dashboards cover our Basel site? They still do this in spreadsheets.”',
    whyItMatters: 'A second site would double the licence count.',
    urgency: 'soon',
    contact: 'Ana Silva, lab operations — ana.silva@contoso.example',
    status: 'qualified',
    approved: true,
  },
  {
    key: 'fabrikam-training',
    board: 'Fabrikam',
    customerName: 'Fabrikam',
    assigneeId: 'u-lynne',
    daysAgo: 5,
    noticed: '“Our new warehouse team starts in January and nobody has been trained yet.”',
    whyItMatters: 'Training days, and maybe the onboarding package.',
    urgency: 'urgent',
    contact: 'Priya Nair, via the support ticket thread',
    status: 'contacted',
  },
  {
    key: 'tailspin-renewal',
    customerName: 'Tailspin Toys',
    assigneeId: null,
    daysAgo: 2,
    noticed: '“Our contract with the other vendor ends in March and we are not happy with their support.”',
    whyItMatters: 'We have no account board for them yet; this could be a new customer.',
    urgency: 'soon',
    contact: 'Their IT lead called our support line: +1 555 0100',
    status: 'new',
  },
  {
    key: 'litware-invoice',
    customerName: 'Litware',
    assigneeId: 'u-diego',
    daysAgo: 20,
    noticed: '“We might need more licences.”',
    whyItMatters: 'Sounded like growth.',
    urgency: 'low',
    contact: 'Finance contact on the invoice',
    status: 'notAnOpportunity',
    statusNote:
      'They meant the licences they already pay for: the invoice listed them twice. Thanks for passing it on!',
  },
];

async function createOnce<T extends NewDocument>(store: DocumentStore, doc: T): Promise<void> {
  try {
    await store.create(doc);
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}

/** Seeds Isaiah's opportunities, the approved credit and his choice to show on the recognition board. Idempotent. */
export async function seedOpportunitiesDemo(store: DocumentStore, access: SpaceAccess, now: number): Promise<void> {
  const pk = access.space.pk;
  const contributor = access.space.members.find((m) => m.role === 'contributor');
  const manager = access.member;
  if (!contributor) return;
  const boards = await listSummaries(store, pk);
  for (const o of OPPORTUNITIES) {
    const boardId = o.board ? (boards.find((b) => b.name.startsWith(o.board ?? ''))?.boardId ?? null) : null;
    const at = new Date(now - o.daysAgo * DAY).toISOString();
    const approvedAt = new Date(now - (o.daysAgo - 3) * DAY).toISOString();
    const opportunityId = `demo-opportunity-${o.key}`;
    const entryId = creditEntryId(opportunityId, 'qualified');
    const credits: OpportunityDoc['credits'] =
      o.status === 'qualified'
        ? {
            qualified: {
              points: DEFAULT_OPPORTUNITY_POINTS.qualified,
              proposedAt: at,
              approvedAt: o.approved ? approvedAt : null,
              approvedBy: o.approved ? manager.userId : null,
              entryId: o.approved ? entryId : null,
              reversedAt: null,
            },
          }
        : {};
    const closed = ['won', 'lost', 'notAnOpportunity'].includes(o.status);
    await createOnce<OpportunityDoc>(store, {
      id: opportunityDocId(opportunityId),
      pk,
      type: 'opportunity',
      opportunityId,
      contributorId: contributor.userId,
      assigneeId: o.assigneeId,
      triage: o.assigneeId === null,
      open: !closed,
      creditPending: o.status === 'qualified' && !o.approved,
      boardId,
      customerName: o.customerName,
      noticed: o.noticed,
      whyItMatters: o.whyItMatters,
      urgency: o.urgency,
      contact: o.contact,
      status: o.status,
      statusNote: o.statusNote ?? '',
      convertedBoardId: null,
      convertingAt: null,
      credits,
      createdAt: at,
      updatedAt: at,
    });
    if (o.approved) {
      await createOnce<LedgerEntryDoc>(store, {
        id: ledgerDocId(entryId),
        pk,
        type: 'ledgerEntry',
        entryId,
        kind: 'credit',
        contributorId: contributor.userId,
        points: DEFAULT_OPPORTUNITY_POINTS.qualified,
        what: `Qualified: ${o.customerName}`,
        why: 'The opportunity was qualified',
        byId: manager.userId,
        at: approvedAt,
        quarter: quarterOf(approvedAt),
        opportunityId,
        reverses: null,
      });
    }
  }
  await createOnce<OptInDoc>(store, {
    id: optInDocId(contributor.userId),
    pk,
    type: 'recognitionOptIn',
    userId: contributor.userId,
    optIn: true,
  });
}
