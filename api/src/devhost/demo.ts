import type { SpaceAccess } from '../auth/policy.js';
import { Conflict, type Role } from '../domain/index.js';
import { seedAgreementsDemo } from '../features/agreements/index.js';
import { seedBarriersDemo } from '../features/barriers/index.js';
import { seedBoardsDemo } from '../features/boards/demo.js';
import { seedCoachingDemo } from '../features/coaching/demo.js';
import { seedHiringDemo } from '../features/hiring/index.js';
import { seedLessonsDemo } from '../features/lessons/index.js';
import { seedMeetingsDemo } from '../features/meetings/demo.js';
import { seedObservationsDemo } from '../features/observations/index.js';
import { seedOpportunitiesDemo } from '../features/opportunities/index.js';
import { seedPracticesDemo } from '../features/practices/demo.js';
import { seedRoleplaysDemo } from '../features/roleplays/demo.js';
import { createSpace, inviteMember } from '../features/spaces/commands.js';
import { spacePk, type SpaceDoc, type StoredSpace } from '../features/spaces/model.js';
import { seedWinlossDemo } from '../features/winloss/index.js';
import type { DocumentStore } from '../store/port.js';

/** The demo tenant (Northwind Traders) and a second one (Fabrikam) to show tenant isolation. */
export const DEMO_TENANT = '6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e5';
export const OTHER_TENANT = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';
/** The demo space's fixed id, so links and docs stay stable across restarts. */
export const DEMO_SPACE_ID = 'a7e4c1d2-9b3f-4e6a-8c5d-1f2e3a4b5c6d';

/** A person the local "sign in as" picker offers, with the role they hold in the demo space. */
export interface DemoUser {
  tenantId: string;
  userId: string;
  name: string;
  /** Their role in "Northwind Sales", or null for people outside it. */
  demoRole: Role | null;
  title: string;
}

export const DEMO_USERS: DemoUser[] = [
  { tenantId: DEMO_TENANT, userId: 'u-megan', name: 'Megan Bowen', demoRole: 'manager', title: 'Sales manager' },
  { tenantId: DEMO_TENANT, userId: 'u-alex', name: 'Alex Wilber', demoRole: 'rep', title: 'Account executive' },
  { tenantId: DEMO_TENANT, userId: 'u-lynne', name: 'Lynne Robbins', demoRole: 'rep', title: 'Account executive' },
  { tenantId: DEMO_TENANT, userId: 'u-diego', name: 'Diego Siciliani', demoRole: 'rep', title: 'Account executive' },
  {
    tenantId: DEMO_TENANT,
    userId: 'u-isaiah',
    name: 'Isaiah Langer',
    demoRole: 'contributor',
    title: 'Customer success',
  },
  { tenantId: DEMO_TENANT, userId: 'u-adele', name: 'Adele Vance', demoRole: null, title: 'Finance (not in the team)' },
  { tenantId: OTHER_TENANT, userId: 'u-fiona', name: 'Fiona Fabrikam', demoRole: null, title: 'Another company' },
];

/**
 * Seeds "Northwind Sales" and each feature's demo content. Every step is idempotent, so a second run
 * changes nothing and an older `.data/` gains the demo content of features added since.
 */
export async function seedDemo(store: DocumentStore, now: number = Date.now()): Promise<void> {
  const manager = DEMO_USERS.find((u) => u.demoRole === 'manager');
  if (!manager) throw new Error('demo data needs a manager');
  const pk = spacePk(DEMO_TENANT, DEMO_SPACE_ID);
  if (!(await store.read<SpaceDoc>(pk, 'space'))) {
    try {
      await createSpace(store, manager, { name: 'Northwind Sales' }, DEMO_SPACE_ID);
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }
  for (const user of DEMO_USERS) {
    if (user === manager || !user.demoRole || user.tenantId !== DEMO_TENANT) continue;
    const space = await store.read<SpaceDoc>(pk, 'space');
    if (!space || space.members.some((m) => m.userId === user.userId)) continue;
    await inviteMember(store, managerAccess(space), { userId: user.userId, name: user.name, role: user.demoRole });
  }
  const space = await store.read<SpaceDoc>(pk, 'space');
  if (!space) throw new Error('demo space vanished');
  await seedMeetingsDemo(store, managerAccess(space), now);
  await seedPracticesDemo(store, managerAccess(space), now);
  await seedBoardsDemo(store, managerAccess(space), now);
  await seedRoleplaysDemo(store, managerAccess(space), now);
  await seedObservationsDemo(store, managerAccess(space), now);
  await seedCoachingDemo(store, managerAccess(space), now);
  await seedWinlossDemo(store, managerAccess(space), now);
  await seedAgreementsDemo(store, managerAccess(space), now);
  await seedLessonsDemo(store, managerAccess(space), now);
  await seedOpportunitiesDemo(store, managerAccess(space), now);
  await seedBarriersDemo(store, managerAccess(space), now);
  await seedHiringDemo(store, managerAccess(space), now);
}

function managerAccess(space: StoredSpace): SpaceAccess {
  const member = space.members.find((m) => m.role === 'manager');
  if (!member) throw new Error('demo space has no manager');
  return { space, member };
}
