import { parse } from '@formatjs/icu-messageformat-parser';
import type { Alias, Plugin } from 'vite';

/** The message catalogues to compile: `en.ts` and the parts that load with their views (`en.<area>.ts`). */
const CATALOGUE = /\/src\/i18n\/en(\.[\w-]+)*\.ts(\?.*)?$/;

/**
 * Compiles the ICU messages of the catalogues into their AST at build time, so the browser never
 * parses a message: with {@link noRuntimeMessageParser} the parser (~8 KB gzip) leaves the bundle.
 * A catalogue imports nothing and exports its messages as objects; each export is compiled.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'coachboard:precompiled-messages',
    enforce: 'post',
    async transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      // After the TypeScript transform the catalogue is plain JavaScript without imports.
      const catalogue = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as Record<
        string,
        unknown
      >;
      const exported = Object.entries(catalogue).filter(
        (entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object' && entry[1] !== null,
      );
      if (exported.length === 0) throw new Error(`${id} must export its messages as an object.`);
      const lines = exported.map(([name, messages]) => {
        const compiled = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]));
        return `export const ${name} = ${JSON.stringify(compiled)};`;
      });
      return { code: `${lines.join('\n')}\n`, map: null };
    },
  };
}

/** Replaces the ICU parser with its parse-free build; valid only together with {@link precompiledMessages}. */
export const noRuntimeMessageParser: Alias = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
};

/** Modules of the shared domain package (`@coachboard/api/domain`, linked from `api/src/domain`). */
const DOMAIN_MODULE = /\/api\/src\/domain\/.+\.ts$/;

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
