import type { MessageId } from './en';

/**
 * Messages as IntlProvider takes them. `en` alone lacks the role-play ids until a role-play view
 * adds them, and the precompiled messages are ASTs at run time; ids are checked where they are used.
 * (Not in `en.ts`: the build replaces a catalogue module with its compiled messages.)
 */
export function asCatalogue(messages: Record<string, unknown>): Record<MessageId, string> {
  return messages as Record<MessageId, string>;
}
