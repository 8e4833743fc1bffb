import { describe, expect, it } from 'vitest';
import { en } from './en';

/** The parts that load with their area's views (`en.<area>.ts`, `en.<area>.<topic>.ts`), as the build ships them. */
const parts = Object.entries(
  import.meta.glob<Record<string, Record<string, unknown>>>('./en.*.ts', { eager: true }),
).map(([file, exports]) => ({
  area: /^\.\/en\.([\w-]+)/.exec(file)?.[1] ?? '',
  file,
  messages: Object.assign({}, ...Object.values(exports)) as Record<string, unknown>,
}));

/** The app's sources as text, keyed by path from `src/` (tests and catalogues left out). */
const sources = Object.entries(
  import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../i18n/**'], {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
).map(([path, text]) => ({ path: path.replace(/^\.\.\//, ''), text }));

describe('the message catalogues', () => {
  it('have a part per area beside `en`, each with its area’s ids only', () => {
    expect(parts.map((p) => p.area).sort()).toEqual(
      expect.arrayContaining(['boards', 'meetings', 'practices', 'roleplays']),
    );
    for (const part of parts) {
      const strangers = Object.keys(part.messages).filter((id) => !id.startsWith(`${part.area}.`));
      expect(strangers, part.file).toEqual([]);
    }
  });

  it('ship every message precompiled, so the browser never parses one', () => {
    const all = Object.assign({}, en, ...parts.map((p) => p.messages)) as Record<string, unknown>;
    expect(Object.entries(all).filter(([, message]) => !Array.isArray(message))).toEqual([]);
  });

  it('define every id once: no two parts, nor a part and `en`, share one', () => {
    const ids = [...Object.keys(en), ...parts.flatMap((part) => Object.keys(part.messages))];
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('keep in `en` every text used outside its area’s views, since only those views load the part', () => {
    expect(sources.map((s) => s.path)).toEqual(
      expect.arrayContaining(['pages/ChannelPage.tsx', 'components/Page.tsx']),
    );
    const misplaced = parts.flatMap((part) =>
      Object.keys(part.messages).flatMap((id) =>
        sources
          .filter((s) => !s.path.startsWith(`features/${part.area}/`) && s.text.includes(`'${id}'`))
          .map((s) => `${id} in ${s.path}`),
      ),
    );
    expect(misplaced).toEqual([]);
  });

  it('leave the areas’ texts out of `en`, which every surface loads', () => {
    const areaIds = Object.keys(en).filter((id) => /^(boards|meetings|practices|roleplays)\./.test(id));
    // Only the channel tab's section labels, drawn before a section's code loads.
    expect(areaIds.sort()).toEqual([
      'boards.section',
      'meetings.section.label',
      'practices.section',
      'roleplays.library.section',
    ]);
  });
});
