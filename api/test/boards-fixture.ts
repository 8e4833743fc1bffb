/** The test host, clients and edit workloads that boards.test.ts and boards-history.test.ts share. */
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_SPACE_ID } from '../src/devhost/demo.js';
import type { DevHost } from '../src/devhost/server.js';
import {
  type BoardCardConflictResponse,
  type BoardCardResponse,
  type BoardCardWriteResponse,
  type BoardListResponse,
  type BoardResponse,
  type BoardVersionResponse,
  type CreateBoardBody,
} from '../src/domain/index.js';
import { buildBoardBody } from './board-samples.js';
import { api, startTestHost, tokensFor, type ApiResponse, type TestHost } from './helpers.js';

export const users = ['u-megan', 'u-alex', 'u-lynne', 'u-diego', 'u-isaiah', 'u-adele', 'u-fiona'] as const;
export type Who = (typeof users)[number];

/** Where a client sends its requests: a host, tokens it signed, and a space's boards. */
export interface Target {
  host: DevHost;
  tok: Record<Who, string>;
  base: string;
}

/** The requests these tests make, against one target. */
export function clientOf(on: Target) {
  const call = (who: Who, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    api(on.host, method, path, { token: on.tok[who], body, headers });
  return {
    base: on.base,
    call,
    /** A board created by `who` (a manager may name another owner). */
    buildBoard: (who: Who = 'u-lynne', overrides: Partial<CreateBoardBody> = {}) =>
      ok<BoardResponse>(call(who, 'POST', on.base, buildBoardBody(overrides)), 201),
    async addCard(boardId: string, body: unknown, who: Who = 'u-lynne'): Promise<BoardCardResponse> {
      const write = await ok<BoardCardWriteResponse>(call(who, 'POST', `${on.base}/${boardId}/cards`, body), 201);
      if (!write.card) throw new Error('no card');
      return write.card;
    },
    patchCard: (who: Who, card: BoardCardResponse, body: object, etag = card.etag) =>
      call(
        who,
        'PATCH',
        `${on.base}/${card.boardId}/cards/${card.id}`,
        { kind: card.kind, ...body },
        { 'if-match': etag },
      ),
    openBoard: (boardId: string, who: Who = 'u-megan') => ok<BoardResponse>(call(who, 'GET', `${on.base}/${boardId}`)),
    version: (boardId: string) => ok<BoardVersionResponse>(call('u-megan', 'GET', `${on.base}/${boardId}/version`)),
  };
}

export async function ok<T>(res: Promise<ApiResponse> | ApiResponse, status = 200): Promise<T> {
  const done = await res;
  expect(done.status, done.text.slice(0, 300)).toBe(status);
  return done.json as T;
}

export const boardsOf = (spaceId: string) => `/api/spaces/${spaceId}/boards`;
export const demo = boardsOf(DEMO_SPACE_ID);

export let t: TestHost;
export let demoClient: ReturnType<typeof clientOf>;

/** Starts a test host with the demo data for the calling test file, with a client on the demo space's boards. */
export function useBoardsHost(): void {
  beforeAll(async () => {
    t = await startTestHost();
    demoClient = clientOf({ host: t.host, tok: await tokensFor(t.host, users), base: demo });
  });
  afterAll(async () => {
    await t.close();
  });
}

export const call: ReturnType<typeof clientOf>['call'] = (...args) => demoClient.call(...args);
export const buildBoard: ReturnType<typeof clientOf>['buildBoard'] = (...args) => demoClient.buildBoard(...args);
export const addCard: ReturnType<typeof clientOf>['addCard'] = (...args) => demoClient.addCard(...args);
export const patchCard: ReturnType<typeof clientOf>['patchCard'] = (...args) => demoClient.patchCard(...args);
export const openBoard: ReturnType<typeof clientOf>['openBoard'] = (...args) => demoClient.openBoard(...args);

/**
 * 10 clients (Lynne, who owns the board, and Megan, her manager) edit 50 different cards at once:
 * none conflicts, and every acknowledged edit is in the final board.
 */
export async function fiftyEditsOfFiftyCards(on: ReturnType<typeof clientOf>): Promise<void> {
  const board = await on.buildBoard('u-lynne');
  const cards: BoardCardResponse[] = [];
  for (let i = 0; i < 50; i++) cards.push(await on.addCard(board.id, { kind: 'action', action: `Action ${i}` }));
  const before = await on.version(board.id);

  const clientOfEdit = (i: number): Who => ((i % 10) % 2 === 0 ? 'u-lynne' : 'u-megan');
  const results = await Promise.all(
    cards.map((card, i) =>
      on.patchCard(clientOfEdit(i), card, {
        notes: `edited by client ${i % 10}`,
        // Half of the edits also change what the summary knows (an overdue action).
        ...(i % 2 === 0 ? { dueDate: '2020-01-01' } : {}),
      }),
    ),
  );
  expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));

  const after = await on.openBoard(board.id);
  for (const [i, card] of cards.entries()) {
    expect(after.sections.actions.find((a) => a.id === card.id)?.content).toMatchObject({
      notes: `edited by client ${i % 10}`,
    });
  }
  // The stage's poll sees a new version; edits that land together may share one step.
  const after50 = await on.version(board.id);
  expect(after50.version).toBeGreaterThan(before.version);
  expect(after50.lastChange?.kind).toBe('action');
  const list = await ok<BoardListResponse>(on.call('u-megan', 'GET', on.base));
  const overdue = list.items.find((b) => b.id === board.id)?.warnings.find((w) => w.code === 'overdueActions');
  expect(overdue?.cardIds?.sort()).toEqual(
    cards
      .filter((_, i) => i % 2 === 0)
      .map((c) => c.id)
      .sort(),
  );
}

/**
 * 10 clients make 50 edits to the same 10 cards, each adding its marker to the notes; a client whose
 * save gets 412 merges its marker into the server's version from the answer and saves again. Every
 * marker ends up in the final board.
 */
export async function fiftyEditsMergedOnConflict(on: ReturnType<typeof clientOf>): Promise<number> {
  const board = await on.buildBoard('u-lynne');
  const cards: BoardCardResponse[] = [];
  for (let i = 0; i < 10; i++) cards.push(await on.addCard(board.id, { kind: 'goal', goal: `Goal ${i}` }));

  let conflicts = 0;
  async function edit(client: number, card: BoardCardResponse, marker: string): Promise<void> {
    let seen = card;
    for (let attempt = 0; attempt < 100; attempt++) {
      const notes = [(seen.content as { notes: string }).notes, marker].filter(Boolean).join('\n');
      const res = await on.patchCard(client % 2 === 0 ? 'u-lynne' : 'u-megan', seen, { notes });
      if (res.status === 200) return;
      expect(res.status).toBe(412);
      conflicts++;
      const current = (res.json as BoardCardConflictResponse).current;
      if (!current) throw new Error('conflict without the current card');
      seen = current;
    }
    throw new Error(`edit ${marker} never went through`);
  }
  await Promise.all(Array.from({ length: 50 }, (_, i) => edit(i % 10, cards[i % 10] as BoardCardResponse, `m${i}`)));

  const after = await on.openBoard(board.id);
  for (let i = 0; i < 50; i++) {
    const card = after.sections.goals.find((g) => g.id === cards[i % 10]?.id);
    expect((card?.content as { notes: string }).notes.split('\n')).toContain(`m${i}`);
  }
  return conflicts;
}
