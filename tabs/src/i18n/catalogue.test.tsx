import { describe, expect, it } from 'vitest';
import { roleplayMessages } from '../features/roleplays/RoleplayMessages';
import { en } from './en';
import { roleplayDebriefMessages } from './en.roleplays.debrief';
import { roleplayLibraryMessages } from './en.roleplays.library';
import { roleplayRunMessages } from './en.roleplays.run';

/* The catalogues as the build ships them: `en`, and the role-play texts that load with the role-play views. */
describe('the message catalogues', () => {
  const parts = [roleplayLibraryMessages, roleplayRunMessages, roleplayDebriefMessages];

  it('ship every message precompiled, so the browser never parses one', () => {
    const uncompiled = Object.entries({ ...en, ...roleplayMessages }).filter(([, message]) => !Array.isArray(message));
    expect(uncompiled).toEqual([]);
  });

  it('define every id once: no two parts, nor a part and `en`, share one', () => {
    const ids = [...Object.keys(en), ...parts.flatMap((part) => Object.keys(part))];
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
