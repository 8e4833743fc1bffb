import { z } from 'zod';

// Primitives every aggregate shares: identifiers and the problem+json error body.

/** Opaque identifiers we mint (spaces) or receive from Entra ID / Teams (users, teams, chats). */
export const Id = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[A-Za-z0-9._:@-]+$/, 'may contain only letters, digits and . _ : @ -');

/** The problem+json body every error answer carries (RFC 9457). */
export const ProblemResponse = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ProblemResponse = z.infer<typeof ProblemResponse>;
