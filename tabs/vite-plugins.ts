import { parse } from '@formatjs/icu-messageformat-parser';
import type { Alias, Plugin } from 'vite';

/** The message catalogue(s) to compile; their module must export `en` and import nothing. */
const CATALOGUE = /\/src\/i18n\/en\.ts(\?.*)?$/;

/**
 * Compiles the ICU messages of the catalogue into their AST at build time, so the browser never
 * parses a message: with {@link noRuntimeMessageParser} the parser (~8 KB gzip) leaves the bundle.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'coachboard:precompiled-messages',
    enforce: 'post',
    async transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      // After the TypeScript transform the catalogue is plain JavaScript without imports.
      const catalogue = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as {
        en?: Record<string, string>;
      };
      if (!catalogue.en) throw new Error(`${id} must export the messages as \`en\`.`);
      const compiled = Object.fromEntries(Object.entries(catalogue.en).map(([key, text]) => [key, parse(text)]));
      return { code: `export const en = ${JSON.stringify(compiled)};\n`, map: null };
    },
  };
}

/** Replaces the ICU parser with its parse-free build; valid only together with {@link precompiledMessages}. */
export const noRuntimeMessageParser: Alias = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
};

/** Modules of the shared domain package (`@coachboard/api/domain`, linked from `api/src/domain`). */
const DOMAIN_MODULE = /\/api\/src\/domain\/[^/]+\.ts$/;

/**
 * Marks the shared domain modules as free of side effects (they only define schemas and pure
 * rules), so a page that uses the spaces contract does not also carry the schemas of boards,
 * meetings and every other capability just because `domain/index.ts` re-exports them.
 */
export function sideEffectFreeDomain(): Plugin {
  return {
    name: 'coachboard:side-effect-free-domain',
    transform(_code, id) {
      return DOMAIN_MODULE.test(id) ? { moduleSideEffects: false } : null;
    },
  };
}
