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

export const Skill = z.strictObject({
  key: SkillKey,
  label: text(L.skillLabelMax),
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
    .refine((skills) => new Set(skills.map((s) => s.key)).size === skills.length, 'must not repeat a key'),
});
export type UpdateSkillsBody = z.infer<typeof UpdateSkillsBody>;
