import type { FieldIssue } from '@coachboard/api/domain';
import type { z } from 'zod';
import type { MessageId } from '../../i18n/en';

/** Message ids for the kinds of problems a form field can have. */
export interface FieldMessages {
  required: MessageId;
  tooLong: MessageId;
  format: MessageId;
  invalid: MessageId;
}

/** The wording most fields use. */
export const defaultFieldMessages: FieldMessages = {
  required: 'field.required',
  tooLong: 'field.tooLong',
  format: 'field.invalidId',
  invalid: 'field.invalid',
};

/** The message for one zod issue. */
export function messageForIssue(issue: z.core.$ZodIssue, messages: FieldMessages = defaultFieldMessages): MessageId {
  switch (issue.code) {
    case 'too_small':
      return messages.required;
    case 'too_big':
      return messages.tooLong;
    case 'invalid_format':
      return messages.format;
    default:
      return messages.invalid;
  }
}

/** The first problem of each top-level field of a failed parse, e.g. `{ userId: 'field.required' }`. */
export function fieldErrors(error: z.ZodError, messages?: FieldMessages): Partial<Record<string, MessageId>> {
  const out: Partial<Record<string, MessageId>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    out[field] ??= messageForIssue(issue, messages);
  }
  return out;
}

/** The server's field issues (`body.userId`) by top-level body field, e.g. `{ userId: 'must not be empty' }`. */
export function serverFieldErrors(issues: readonly FieldIssue[]): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const issue of issues) {
    const [scope, field] = issue.field.split('.');
    if (scope === 'body' && field) out[field] ??= issue.message;
  }
  return out;
}
