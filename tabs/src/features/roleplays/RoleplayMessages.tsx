import { roleplayDebriefMessages } from '../../i18n/en.roleplays.debrief';
import { roleplayLibraryMessages } from '../../i18n/en.roleplays.library';
import { roleplayRunMessages } from '../../i18n/en.roleplays.run';
import { withMessages } from '../../i18n/withMessages';

/** Every text of the role-play views (precompiled like `en`). */
export const roleplayMessages = { ...roleplayLibraryMessages, ...roleplayRunMessages, ...roleplayDebriefMessages };

/**
 * Wraps a role-play view that pages load lazily, so that the role-play texts (~5 KB gzip) travel
 * with the role-play code instead of with every surface's first render.
 */
export const withRoleplayMessages = withMessages(roleplayMessages);
