import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils, type TeamsManifestV1D30 } from '@microsoft/app-manifest';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NoticeKind } from '../../api/src/domain/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const appPackage = join(root, 'appPackage');

/** Values shaped like the ones provision writes to env/.env.dev. */
const DEV = {
  TEAMS_APP_ID: '2f1d7a3c-5b6e-4c8d-9e0f-1a2b3c4d5e6f',
  AAD_APP_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  TAB_DOMAIN: 'gentle-river-0a1b2c3d4.5.azurestaticapps.net',
  APP_NAME_SUFFIX: '-dev',
};
const LOCAL = { ...DEV, TAB_DOMAIN: 'localhost:53000', APP_NAME_SUFFIX: '-local' };

type Manifest = TeamsManifestV1D30.TeamsManifestV1D30;

const placeholders = (text: string): string[] => [...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');

function fill(text: string, vars: Record<string, string>): Manifest {
  const filled = text.replace(/\$\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`no test value for ${name}`);
    return value;
  });
  return JSON.parse(filled) as Manifest;
}

/** The text of every non-test source file of the tabs. */
async function tabSources(): Promise<string[]> {
  const dir = join(root, 'tabs', 'src');
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  return Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
}

const envKeys = async (env: string): Promise<Set<string>> =>
  new Set(
    [...(await readFile(join(root, 'env', `.env.${env}`), 'utf8')).matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*=/gm)].map(
      (m) => m[1] ?? '',
    ),
  );

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** Straight RGBA, 4 bytes a pixel. */
  pixels: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG: inflates the IDAT stream and undoes the row filters. */
function decodePng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colorType, , , interlace] = header.subarray(8, 13);
  expect({ depth, interlace }).toEqual({ depth: 8, interlace: 0 });
  expect([2, 6]).toContain(colorType);
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  expect(raw.length).toBe(height * (stride + 1));
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (rows[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (rows[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (rows[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? -1];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      rows[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < channels; k++) pixels[i * 4 + k] = rows[i * channels + k] ?? 0;
    if (channels === 3) pixels[i * 4 + 3] = 255;
  }
  return { width, height, colorType: colorType ?? 0, pixels };
}

describe('Teams app manifest', () => {
  let template: string;
  let manifest: Manifest;

  beforeAll(async () => {
    template = await readFile(join(appPackage, 'manifest.json'), 'utf8');
    manifest = fill(template, DEV);
  });

  it('is schema v1.30 and valid against the bundled schema once the placeholders are filled', async () => {
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
    expect(manifest.manifestVersion).toBe('1.30');
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
    expect(await AppManifestUtils.validateAgainstSchema(fill(template, LOCAL))).toEqual([]);
  });

  it('is really checked offline: a manifest whose id is no GUID is rejected', async () => {
    const errors = await AppManifestUtils.validateAgainstSchema(fill(template, { ...DEV, TEAMS_APP_ID: 'my-app' }));
    expect(errors.some((e) => e.startsWith('/id '))).toBe(true);
  });

  it('takes its id, client id and domain only from placeholders the toolkit fills', () => {
    expect(new Set(placeholders(template))).toEqual(
      new Set(['TEAMS_APP_ID', 'TAB_DOMAIN', 'AAD_APP_CLIENT_ID', 'APP_NAME_SUFFIX']),
    );
    expect(manifest.id).toBe(DEV.TEAMS_APP_ID);
    expect(manifest.name.short).toBe('Coachboard-dev');
    expect(manifest.description.full).toMatch(/sales/i);
  });

  it('has one configurable tab for channels, group chats and every meeting surface', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs ?? [];
    expect(tab?.configurationUrl).toBe(`https://${DEV.TAB_DOMAIN}/config`);
    expect(tab?.canUpdateConfiguration).toBe(true);
    expect([...(tab?.scopes ?? [])].sort()).toEqual(['groupChat', 'team']);
    expect([...(tab?.context ?? [])].sort()).toEqual([
      'channelTab',
      'meetingChatTab',
      'meetingDetailsTab',
      'meetingSidePanel',
      'meetingStage',
    ]);
  });

  it('has the personal tab "My coaching"', () => {
    expect(manifest.staticTabs).toEqual([
      {
        entityId: 'my-coaching',
        name: 'My coaching',
        contentUrl: `https://${DEV.TAB_DOMAIN}/personal`,
        scopes: ['personal'],
      },
    ]);
  });

  it('allows its own domain and asks Teams for SSO tokens of its Entra app', () => {
    expect(manifest.validDomains).toEqual([DEV.TAB_DOMAIN]);
    expect(manifest.webApplicationInfo).toEqual({
      id: DEV.AAD_APP_CLIENT_ID,
      resource: `api://${DEV.TAB_DOMAIN}/${DEV.AAD_APP_CLIENT_ID}`,
    });
  });

  it('asks exactly for the RSC permissions of the teams-js calls the tabs make, each with its type', async () => {
    // Every RSC permission the tabs need, with the teams-js call that needs it. The types are the ones
    // Microsoft's RSC list gives (stage sharing: Delegated; meeting details: Application), and both
    // private/scheduled meetings (.Chat) and channel meetings (.Group) are covered: the tab runs in both.
    const needed = [
      { name: 'MeetingStage.Write.Chat', type: 'Delegated', call: 'meeting.shareAppContentToStage' },
      { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated', call: 'meeting.shareAppContentToStage' },
      // meeting.getMeetingDetails (the scheduled start that tells a series' occurrences apart).
      { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application', call: 'meeting.getMeetingDetails' },
      { name: 'ChannelMeeting.ReadBasic.Group', type: 'Application', call: 'meeting.getMeetingDetails' },
    ];
    expect(manifest.authorization?.permissions?.resourceSpecific).toEqual(
      needed.map(({ name, type }) => ({ name, type })),
    );
    // Nothing more than what is used: each call is really made by the tabs (a permission whose call
    // is gone must go too).
    const sources = await tabSources();
    for (const { name, call } of needed) {
      expect(
        sources.some((text) => text.includes(`${call}(`)),
        `${name}: ${call}`,
      ).toBe(true);
    }
    // And every teams-js call that needs RSC is covered (people.selectPeople and the rest need none).
    for (const call of ['meeting.getMeetingDetails', 'meeting.shareAppContentToStage', 'meeting.getParticipant']) {
      if (sources.some((text) => text.includes(`${call}(`))) {
        expect(
          needed.map((n) => n.call),
          call,
        ).toContain(call);
      }
    }
  });

  it('is rejected offline when an RSC permission has no valid type', async () => {
    const broken = fill(template, DEV) as unknown as { authorization: { permissions: { resourceSpecific: object[] } } };
    broken.authorization.permissions.resourceSpecific.push({ name: 'OnlineMeeting.ReadBasic.Chat', type: 'Both' });
    expect((await AppManifestUtils.validateAgainstSchema(broken as unknown as Manifest)).length).toBeGreaterThan(0);
  });

  it('declares an activity type for every kind of notice, within the limits Teams sets', () => {
    const types = manifest.activities?.activityTypes ?? [];
    expect(types.map((t) => t.type).sort()).toEqual([...NoticeKind.options].sort());
    for (const t of types) {
      expect(t.type.length, t.type).toBeLessThanOrEqual(64);
      expect(t.description.length, t.type).toBeLessThanOrEqual(128);
      expect(t.templateText.length, t.type).toBeLessThanOrEqual(128);
      // Teams fills {actor}; any other parameter would have to be sent, and the adapter sends none.
      expect(t.templateText.match(/\{[^}]*\}/g) ?? [], t.type).toEqual(['{actor}']);
    }
    expect(types.some((t) => t.type === 'systemDefault')).toBe(false);
  });

  it('is rejected offline when an activity type breaks the schema', async () => {
    const broken = fill(template, DEV);
    const [first] = broken.activities?.activityTypes ?? [];
    if (first) first.templateText = 'x'.repeat(200);
    expect((await AppManifestUtils.validateAgainstSchema(broken)).length).toBeGreaterThan(0);
  });

  it.each([
    ['teamsapp.yml', 'dev'],
    ['teamsapp.local.yml', 'local'],
  ])('gets every placeholder from %s (provision) or env/.env.%s', async (file, env) => {
    const lifecycle = parse(await readFile(join(root, file), 'utf8')) as {
      provision: { uses: string; writeToEnvironmentFile?: Record<string, string> }[];
    };
    const bicep = await readFile(join(root, 'infra', 'azure.bicep'), 'utf8');
    const produced = new Set(await envKeys(env));
    for (const action of lifecycle.provision) {
      if (action.uses === 'teamsApp/zipAppPackage') break;
      for (const name of Object.values(action.writeToEnvironmentFile ?? {})) produced.add(name);
      if (action.uses === 'arm/deploy') {
        for (const [, name] of bicep.matchAll(/^output\s+(\w+)\s/gm)) produced.add(name ?? '');
      }
    }
    expect(placeholders(template).filter((name) => !produced.has(name))).toEqual([]);
  });
});

describe('Teams app icons', () => {
  it('are a 192x192 colour icon and a 32x32 outline icon', async () => {
    const color = decodePng(await readFile(join(appPackage, 'color.png')));
    const outline = decodePng(await readFile(join(appPackage, 'outline.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('outline: every pixel is white (#FFFFFF) and only alpha varies, with a transparent background', async () => {
    const { pixels, colorType } = decodePng(await readFile(join(appPackage, 'outline.png')));
    expect(colorType).toBe(6);
    const notWhite: number[] = [];
    const alphas = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255) notWhite.push(i / 4);
      alphas.add(pixels[i + 3] ?? -1);
    }
    expect(notWhite).toEqual([]);
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
    // The corners are background.
    expect([pixels[3], pixels[pixels.length - 1]]).toEqual([0, 0]);
  });

  it('colour: a full-colour glyph, not a white or grey one', async () => {
    const { pixels } = decodePng(await readFile(join(appPackage, 'color.png')));
    let coloured = 0;
    let white = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = pixels.subarray(i, i + 4);
      if (a < 255) continue;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      if (r === 255 && g === 255 && b === 255) white++;
    }
    expect(coloured).toBeGreaterThan(192 * 192 * 0.3);
    expect(white).toBeGreaterThan(192 * 192 * 0.1);
  });
});
