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
