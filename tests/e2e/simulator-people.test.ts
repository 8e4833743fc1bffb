import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
// Types only: the probe runs the library's own bundle, loaded into the page (STYLE.md rule 7 is about runtime code).
// eslint-disable-next-line no-restricted-imports
import type * as TeamsJs from '@microsoft/teams-js';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type OpenSurfaceOptions } from './harness.js';

/*
 * The simulator's people picker against the real teams-js (as in simulator.test.ts, a probe page
 * runs the library's own bundle): `people.selectPeople` resolves with the people the test chose,
 * rejects with 8000 when the picker is closed, throws in side panel and stage frames before asking
 * the host, and `people.isSupported()` follows the host's runtime.
 */

const require = createRequire(import.meta.url);
const PROBE_PATH = '/__probe-people/index.html';
const PROBE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>teams-js people probe</title>
<script src="/__probe-people/teams.js"></script></head>
<body><main><h1>teams-js people probe</h1></main></body></html>`;

declare global {
  interface Window {
    microsoftTeams: typeof TeamsJs;
  }
}

interface SimulatorPeople {
  setPeoplePicks(picks: (string | { objectId: string; displayName?: string })[] | 'cancel'): void;
  peoplePickerRequests: { inputs: Record<string, unknown>; frameContext: string; answered: unknown }[];
}

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness({ needsTabs: false });
  page = await harness.newPage();
  const library = await readFile(require.resolve('@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'), 'utf8');
  await page.context().route(`${harness.baseUrl}/__probe-people/**`, (route) => {
    const isLibrary = new URL(route.request().url()).pathname.endsWith('/teams.js');
    return route.fulfill({
      contentType: isLibrary ? 'text/javascript' : 'text/html',
      body: isLibrary ? library : PROBE_HTML,
    });
  });
});

afterAll(async () => {
  await harness?.close();
});

async function probe(options: Partial<OpenSurfaceOptions> = {}): Promise<Frame> {
  const { tab } = await harness.openSurface({ surface: PROBE_PATH, page, waitFor: 'none', ...options });
  await tab.waitForFunction(() => 'microsoftTeams' in window);
  await tab.evaluate(() => window.microsoftTeams.app.initialize());
  return tab;
}

const simulator = () => page.evaluate(() => window.simulator as unknown as SimulatorPeople);

/** Calls people.selectPeople in the probe: the results, or the error it threw or rejected with. */
function selectPeople(tab: Frame, inputs: TeamsJs.people.PeoplePickerInputs = {}) {
  return tab.evaluate(async (given) => {
    try {
      return { results: await window.microsoftTeams.people.selectPeople(given) };
    } catch (error) {
      return { error: error instanceof Error ? { message: error.message } : (error as object) };
    }
  }, inputs);
}

describe('the simulator’s people picker, driven by the real teams-js', () => {
  it('returns the people the test chose, with display name and email, and records the request', async () => {
    const tab = await probe({ channelId: '19:probe@thread.tacv2', teamId: '19:team@thread.tacv2' });
    expect(await tab.evaluate(() => window.microsoftTeams.people.isSupported())).toBe(true);
    await page.evaluate(() =>
      (window.simulator as unknown as SimulatorPeople).setPeoplePicks([
        'u-alex',
        'u-lynne',
        { objectId: '8b0f5c1e-0000-4000-8000-000000000001', displayName: 'Guest Person' },
      ]),
    );
    const answer = await selectPeople(tab, { title: 'Add people', setSelected: ['u-megan'] });
    expect(answer).toEqual({
      results: [
        { objectId: 'u-alex', displayName: 'Alex Wilber', email: expect.stringMatching(/^alex@/) as unknown },
        { objectId: 'u-lynne', displayName: 'Lynne Robbins', email: expect.stringMatching(/^lynne@/) as unknown },
        { objectId: '8b0f5c1e-0000-4000-8000-000000000001', displayName: 'Guest Person' },
      ],
    });
    const requests = (await simulator()).peoplePickerRequests;
    expect(requests.at(-1)).toMatchObject({
      inputs: { title: 'Add people', setSelected: ['u-megan'] },
      frameContext: 'content',
    });
    const call = (await page.evaluate(() => window.simulator.calls)).find((c) => c.func === 'people.selectPeople');
    expect(call?.args).toEqual([{ title: 'Add people', setSelected: ['u-megan'] }]);

    // The choice is used once: the next picker, with no choice made, is closed by the "user".
    expect(await selectPeople(tab)).toEqual({ error: expect.objectContaining({ errorCode: 8000 }) as unknown });
  });

  it('returns one person for a single-select picker, and 8000 when the user cancels', async () => {
    const tab = await probe();
    await page.evaluate(() => (window.simulator as unknown as SimulatorPeople).setPeoplePicks(['u-diego', 'u-alex']));
    expect(await selectPeople(tab, { singleSelect: true })).toEqual({
      results: [{ objectId: 'u-diego', displayName: 'Diego Siciliani', email: expect.any(String) as unknown }],
    });
    await page.evaluate(() => (window.simulator as unknown as SimulatorPeople).setPeoplePicks('cancel'));
    expect(await selectPeople(tab)).toEqual({ error: expect.objectContaining({ errorCode: 8000 }) as unknown });
  });

  it.each(['sidePanel', 'meetingStage'] as const)(
    'has no picker in the %s frame: teams-js throws and the host is never asked',
    async (frameContext) => {
      const tab = await probe({ frameContext });
      const before = (await simulator()).peoplePickerRequests.length;
      const answer = await selectPeople(tab);
      expect(answer).toEqual({
        error: { message: expect.stringMatching(/only allowed in following contexts/) as unknown },
      });
      expect((await simulator()).peoplePickerRequests.length).toBe(before);
    },
  );

  it('answers a request from a side panel that bypasses teams-js’ check as not supported (100)', async () => {
    const tab = await probe({ frameContext: 'sidePanel' });
    const reply = await tab.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const id = 987_654;
          window.addEventListener('message', (event: MessageEvent<{ id?: number; args?: unknown[] }>) => {
            if (event.data?.id === id) resolve(event.data.args);
          });
          window.parent.postMessage({ id, func: 'people.selectPeople', args: [{}], timestamp: Date.now() }, '*');
        }),
    );
    expect(reply).toEqual([expect.objectContaining({ errorCode: 100 }) as unknown]);
  });

  it('reports the picker unsupported where the host lacks the people capability', async () => {
    const tab = await probe({ without: ['people'] });
    expect(await tab.evaluate(() => window.microsoftTeams.people.isSupported())).toBe(false);
    const answer = await selectPeople(tab);
    expect(answer).toEqual({ error: expect.objectContaining({ errorCode: 100 }) as unknown });
  });
});
