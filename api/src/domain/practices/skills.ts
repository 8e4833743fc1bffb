import { z } from 'zod';
import { text } from '../common/text.js';
import { PRACTICE_LIMITS } from './limits.js';

// Skills practices are tagged with, and the list a space starts with.

const L = PRACTICE_LIMITS;

/* ---------- skills ---------- */

/** A skill's stable key; it names a stored filter field, so it is a plain identifier. */
export const SkillKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,31}$/, 'must be a skill key such as discovery or objectionHandling');

/**
 * A skill of the space's list. A retired skill is offered for no new post or filter, and stays on
 * the list so that the practices tagged with it keep their label: retiring never rewrites a record.
 */
export const Skill = z.strictObject({
  key: SkillKey,
  label: text(L.skillLabelMax),
  retired: z.boolean().optional(),
});
export type Skill = z.infer<typeof Skill>;

/** The skill list a space starts with until its manager edits it. */
export const DEFAULT_SKILLS: readonly Skill[] = [
  { key: 'prospecting', label: 'Prospecting' },
  { key: 'discovery', label: 'Discovery' },
  { key: 'qualification', label: 'Qualification' },
  { key: 'multithreading', label: 'Multi-threading' },
  { key: 'valueSelling', label: 'Value selling' },
  { key: 'demo', label: 'Demo and presentation' },
  { key: 'objectionHandling', label: 'Objection handling' },
  { key: 'negotiation', label: 'Negotiation' },
  { key: 'closing', label: 'Closing' },
  { key: 'accountPlanning', label: 'Account planning' },
  { key: 'referrals', label: 'Referrals and expansion' },
];

export const UpdateSkillsBody = z.strictObject({
  skills: z
    .array(Skill)
    .min(1, 'must name at least one skill')
    .max(L.skillsMax, `must be at most ${L.skillsMax} skills`)
    .refine((skills) => new Set(skills.map((s) => s.key)).size === skills.length, 'must not repeat a key')
    .refine((skills) => skills.some((s) => !s.retired), 'must keep at least one skill in use'),
});
export type UpdateSkillsBody = z.infer<typeof UpdateSkillsBody>;

/** The keys a new post, scenario or filter may use: the skills not retired. */
export function activeSkillKeys(skills: readonly Skill[]): string[] {
  return skills.filter((s) => !s.retired).map((s) => s.key);
}

/**
 * What a new skill list must keep of the one it replaces: every key, retired or in use. Records
 * name skills by key, so a key that left the list would leave them with no label; a skill goes
 * out of use by retiring, and comes back by restoring it.
 */
export function skillListChangeIssues(
  before: readonly Skill[],
  after: readonly Skill[],
): { field: string; message: string }[] {
  const kept = new Set(after.map((s) => s.key));
  return before
    .filter((s) => !kept.has(s.key))
    .map((s) => ({
      field: 'body.skills',
      message: `must keep "${s.label}" (${s.key}): retire a skill instead of removing it, so past records keep it`,
    }));
}
