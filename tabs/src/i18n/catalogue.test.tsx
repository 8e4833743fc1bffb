import { describe, expect, it } from 'vitest';
import { en } from './en';
import { roleplayDebriefMessages } from './en.roleplays.debrief';
import { roleplayLibraryMessages } from './en.roleplays.library';
import { roleplayRunMessages } from './en.roleplays.run';

/* The catalogue as the build ships it: every message precompiled, the per-area parts spread into `en`. */
describe('the message catalogue', () => {
  const parts = [roleplayLibraryMessages, roleplayRunMessages, roleplayDebriefMessages];

  it('ships every message precompiled, so the browser never parses one', () => {
    const uncompiled = Object.entries(en).filter(([, message]) => !Array.isArray(message));
    expect(uncompiled).toEqual([]);
  });

  it('holds every message of its parts, and no id is defined by two parts', () => {
    const ids = parts.flatMap((part) => Object.keys(part));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !(id in en))).toEqual([]);
  });
});
