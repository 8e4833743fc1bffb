import { describe, expect, test } from 'vitest';
import { Archived } from '../common/errors.js';
import { assertSpaceWritable, can } from './policy.js';

describe('archived spaces', () => {
  test('an active space takes changes', () => {
    expect(() => assertSpaceWritable({})).not.toThrow();
    expect(() => assertSpaceWritable({ archivedAt: null })).not.toThrow();
  });

  test('an archived space refuses every change with the archived error', () => {
    expect(() => assertSpaceWritable({ archivedAt: '2026-12-01T09:00:00.000Z' })).toThrow(Archived);
    try {
      assertSpaceWritable({ archivedAt: '2026-12-01T09:00:00.000Z' });
    } catch (error) {
      expect((error as Archived).code).toBe('archived');
      expect((error as Archived).message).toMatch(/restore/);
    }
  });
});

describe('retiring and correcting', () => {
  test('only managers archive and restore a space', () => {
    expect(can('manager', 'space.archive')).toBe(true);
    expect(can('rep', 'space.archive')).toBe(false);
    expect(can('contributor', 'space.archive')).toBe(false);
  });

  test('only managers correct or delete captures they did not make', () => {
    expect(can('manager', 'captures.editAny')).toBe(true);
    expect(can('rep', 'captures.editAny')).toBe(false);
    expect(can('contributor', 'captures.editAny')).toBe(false);
  });
});
