import { describe, expect, it } from 'vitest';
import { activeSkillKeys, DEFAULT_SKILLS, skillListChangeIssues, UpdateSkillsBody } from './skills.js';

describe('the skill list: add, rename, retire', () => {
  const before = [
    { key: 'discovery', label: 'Discovery' },
    { key: 'negotiation', label: 'Negotiation' },
  ];

  it('lets a list add, rename, retire and restore skills', () => {
    expect(
      skillListChangeIssues(before, [
        { key: 'discovery', label: 'Discovery calls' },
        { key: 'negotiation', label: 'Negotiation', retired: true },
        { key: 'partnerSelling', label: 'Partner selling' },
      ]),
    ).toEqual([]);
    expect(skillListChangeIssues([{ ...before[1]!, retired: true }], before)).toEqual([]);
  });

  it('refuses a list that drops a key, naming it and saying to retire it instead', () => {
    const issues = skillListChangeIssues(before, [{ key: 'discovery', label: 'Discovery' }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/"Negotiation" \(negotiation\).*retire a skill instead of removing it/);
  });

  it('offers only the skills in use for new posts and filters', () => {
    expect(activeSkillKeys([...before, { key: 'closing', label: 'Closing', retired: true }])).toEqual([
      'discovery',
      'negotiation',
    ]);
    expect(activeSkillKeys(DEFAULT_SKILLS)).toHaveLength(DEFAULT_SKILLS.length);
  });

  it('keeps at least one skill in use', () => {
    expect(UpdateSkillsBody.safeParse({ skills: [{ key: 'demo', label: 'Demo', retired: true }] }).success).toBe(false);
    expect(
      UpdateSkillsBody.safeParse({
        skills: [
          { key: 'demo', label: 'Demo', retired: true },
          { key: 'closing', label: 'Closing' },
        ],
      }).success,
    ).toBe(true);
  });
});
