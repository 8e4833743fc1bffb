import { parse } from '@formatjs/icu-messageformat-parser';
import type { Alias, Plugin } from 'vite';

/** The message catalogues to compile: `en.ts` and the per-feature parts it spreads (`en.<feature>.ts`). */
const CATALOGUE = /\/src\/i18n\/en(\.[\w-]+)*\.ts(\?.*)?$/;
/** `import { a, b } from './en.part';` as esbuild prints it; catalogues import only other catalogues. */
const CATALOGUE_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*(["'][^"']+["']);?[ \t]*$/gm;

/**
 * Compiles the ICU messages of the catalogues into their AST at build time, so the browser never
 * parses a message: with {@link noRuntimeMessageParser} the parser (~8 KB gzip) leaves the bundle.
 * A catalogue may import other catalogues and spread them into its own export; each part is
 * compiled on its own and the spread is kept (the imported parts come first, as in `en.ts`).
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'coachboard:precompiled-messages',
    enforce: 'post',
    async transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      const imports = [...code.matchAll(CATALOGUE_IMPORT)].map((match) => ({
        names: (match[1] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
        from: match[2] ?? '',
      }));
      const names = imports.flatMap((i) => i.names);
      // Evaluate the catalogue's own messages with every imported part stood in by an empty object.
      const own = `${names.map((name) => `const ${name} = {};`).join('\n')}\n${code.replace(CATALOGUE_IMPORT, '')}`;
      const catalogue = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(own)}`)) as Record<
        string,
        unknown
      >;
      const exported = Object.entries(catalogue).filter(
        (entry): entry is [string, Record<string, string>] => typeof entry[1] === 'object' && entry[1] !== null,
      );
      if (exported.length === 0) throw new Error(`${id} must export its messages as an object.`);
      const lines = imports.map((i) => `import { ${i.names.join(', ')} } from ${i.from};`);
      for (const [name, messages] of exported) {
        const compiled = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, parse(text)]));
        const spread = names.map((part) => `...${part}, `).join('');
        lines.push(`export const ${name} = { ${spread}...${JSON.stringify(compiled)} };`);
      }
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
