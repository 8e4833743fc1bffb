import { describe, expect, test } from 'vitest';
import { Conflict, Forbidden, NotFound, ValidationError } from '../common/errors.js';
import {
  applyAgreementDraft,
  assertMayViewAgreement,
  assertParty,
  awaitingSignatures,
  commitmentsOnSigning,
  keptRate,
  markCommitment,
  nextDueDate,
  pairOf,
  signVersion,
  versionInForce,
  type CommitmentData,
  type VersionData,
} from './rules.js';

const parties = { managerId: 'u-megan', repId: 'u-alex' };
const empty: VersionData[] = [
  {
    version: 1,
    revision: 0,
    managerExpects: [],
    repExpects: [],
    signatures: [],
    signedAt: null,
    createdAt: '2026-12-01T09:00:00.000Z',
    changes: [],
  },
];
let n = 0;
const nextId = () => `i${++n}`;
const body = {
  managerExpects: [
    { itemId: 'call', text: 'Log every call the same day', dueDate: '2026-12-07', cadence: 'weekly' as const },
  ],
  repExpects: [{ itemId: 'pricing', text: 'Answer pricing approvals within a day' }],
};

function signedByBoth(versions: VersionData[]): VersionData[] {
  const v = versions[versions.length - 1]!;
  const first = signVersion(versions, parties, 'u-megan', v, '2026-12-02T10:00:00.000Z');
  if (first.kind !== 'signed') throw new Error('not signed');
  const second = signVersion(first.versions, parties, 'u-alex', v, '2026-12-02T11:00:00.000Z');
  if (second.kind !== 'signed' || !second.completed) throw new Error('not completed');
  return second.versions;
}

describe('who sees and changes an agreement', () => {
  test('its manager and rep are parties, other managers observe, anyone else gets 404', () => {
    expect(assertMayViewAgreement('manager', 'u-megan', parties)).toBe('manager');
    expect(assertMayViewAgreement('rep', 'u-alex', parties)).toBe('rep');
    expect(assertMayViewAgreement('manager', 'u-other', parties)).toBe('observer');
    expect(() => assertMayViewAgreement('rep', 'u-lynne', parties)).toThrow(NotFound);
    expect(() => assertMayViewAgreement('contributor', 'u-c', parties)).toThrow(NotFound);
    expect(() => assertParty('observer')).toThrow(Forbidden);
  });

  test('an agreement is between a manager and a rep, whoever opens it', () => {
    expect(pairOf({ userId: 'u-megan', role: 'manager' }, { userId: 'u-alex', role: 'rep' })).toEqual(parties);
    expect(pairOf({ userId: 'u-alex', role: 'rep' }, { userId: 'u-megan', role: 'manager' })).toEqual(parties);
    expect(() => pairOf({ userId: 'u-alex', role: 'rep' }, { userId: 'u-lynne', role: 'rep' })).toThrow(
      ValidationError,
    );
    expect(() => pairOf({ userId: 'u-megan', role: 'manager' }, undefined)).toThrow(ValidationError);
  });
});

describe('drafting and versions', () => {
  test('a change to a draft is a new revision of the same version, proposed by its author', () => {
    const v = applyAgreementDraft(empty, body, 'u-megan', '2026-12-01T10:00:00.000Z', nextId)!;
    expect(v).toHaveLength(1);
    expect(v[0]!.revision).toBe(1);
    expect(v[0]!.managerExpects[0]).toMatchObject({ itemId: 'call', proposedBy: 'u-megan', cadence: 'weekly' });
    const edited = applyAgreementDraft(
      v,
      { ...body, repExpects: [{ itemId: 'pricing', text: 'Answer pricing approvals within four hours' }] },
      'u-alex',
      '2026-12-01T11:00:00.000Z',
      nextId,
    )!;
    expect(edited[0]!.revision).toBe(2);
    expect(edited[0]!.managerExpects[0]!.proposedBy).toBe('u-megan');
    expect(edited[0]!.repExpects[0]!.proposedBy).toBe('u-alex');
    expect(edited[0]!.changes.map((c) => c.by)).toEqual(['u-megan', 'u-alex']);
  });

  test('the same text again changes nothing; a recurring item needs a date; ids are not given twice', () => {
    const v = applyAgreementDraft(empty, body, 'u-megan', '2026-12-01T10:00:00.000Z', nextId)!;
    expect(applyAgreementDraft(v, body, 'u-alex', '2026-12-01T10:05:00.000Z', nextId)).toBeNull();
    expect(() =>
      applyAgreementDraft(
        empty,
        { managerExpects: [{ text: 'x', cadence: 'weekly' }], repExpects: [] },
        'u-megan',
        't',
        nextId,
      ),
    ).toThrow(ValidationError);
    expect(() =>
      applyAgreementDraft(
        empty,
        { managerExpects: [{ itemId: 'a', text: 'x' }], repExpects: [{ itemId: 'a', text: 'y' }] },
        'u-megan',
        't',
        nextId,
      ),
    ).toThrow(ValidationError);
  });

  test('a change after both signed is a renegotiation: a new version, the signed one frozen and kept', () => {
    const signed = signedByBoth(applyAgreementDraft(empty, body, 'u-megan', '2026-12-01T10:00:00.000Z', nextId)!);
    const renegotiated = applyAgreementDraft(
      signed,
      { ...body, repExpects: [...body.repExpects, { itemId: 'ride', text: 'Ride along on one call a month' }] },
      'u-alex',
      '2026-12-03T10:00:00.000Z',
      nextId,
    )!;
    expect(renegotiated.map((v) => v.version)).toEqual([1, 2]);
    expect(renegotiated[0]).toEqual(signed[0]);
    expect(renegotiated[1]!.signatures).toEqual([]);
    expect(versionInForce(renegotiated)?.version).toBe(1);
    expect(awaitingSignatures(renegotiated, parties)).toEqual(['u-megan', 'u-alex']);
  });
});

describe('signing', () => {
  const drafted = applyAgreementDraft(empty, body, 'u-megan', '2026-12-01T10:00:00.000Z', nextId)!;

  test('a signature names the text: a changed text meanwhile is stale', () => {
    expect(signVersion(drafted, parties, 'u-alex', { version: 1, revision: 0 }, 't').kind).toBe('stale');
    expect(signVersion(drafted, parties, 'u-alex', { version: 2, revision: 1 }, 't').kind).toBe('stale');
  });

  test('both signatures freeze the version; signing twice changes nothing', () => {
    const first = signVersion(drafted, parties, 'u-alex', { version: 1, revision: 1 }, 'a');
    expect(first).toMatchObject({ kind: 'signed', completed: false });
    if (first.kind !== 'signed') return;
    expect(awaitingSignatures(first.versions, parties)).toEqual(['u-megan']);
    expect(signVersion(first.versions, parties, 'u-alex', { version: 1, revision: 1 }, 'b').kind).toBe('already');
    const second = signVersion(first.versions, parties, 'u-megan', { version: 1, revision: 1 }, 'c');
    expect(second).toMatchObject({ kind: 'signed', completed: true });
    if (second.kind !== 'signed') return;
    expect(second.versions[0]!.signedAt).toBe('c');
    expect(awaitingSignatures(second.versions, parties)).toEqual([]);
  });

  test('a change to a draft voids the signatures given to the old text', () => {
    const first = signVersion(drafted, parties, 'u-alex', { version: 1, revision: 1 }, 'a');
    if (first.kind !== 'signed') throw new Error('not signed');
    const edited = applyAgreementDraft(first.versions, { ...body, repExpects: [] }, 'u-megan', 'b', nextId)!;
    expect(edited[0]!.signatures).toEqual([]);
    expect(awaitingSignatures(edited, parties)).toEqual(['u-megan', 'u-alex']);
  });

  test('an empty text cannot be signed', () => {
    expect(() => signVersion(empty, parties, 'u-alex', { version: 1, revision: 0 }, 'a')).toThrow(Conflict);
  });
});

describe('commitments and rates', () => {
  const signed = signedByBoth(applyAgreementDraft(empty, body, 'u-megan', '2026-12-01T10:00:00.000Z', nextId)!);

  test('dated items become commitments kept by the side they are expected of', () => {
    const made = commitmentsOnSigning([], signed[0]!);
    expect(made).toEqual([
      expect.objectContaining({
        itemId: 'call',
        owner: 'rep',
        dueDate: '2026-12-07',
        cadence: 'weekly',
        closedAt: null,
      }),
    ]);
  });

  test('recurring commitments move on; one-offs close; renegotiation sets the new date; a mark is counted once', () => {
    const weekly = commitmentsOnSigning([], signed[0]!)[0]!;
    const kept = markCommitment(weekly, {
      dueDate: '2026-12-07',
      outcome: 'done',
      reason: '',
      by: 'u-alex',
      at: '2026-12-07T10:00:00.000Z',
    });
    expect(kept.dueDate).toBe('2026-12-14');
    expect(() =>
      markCommitment(kept, {
        dueDate: '2026-12-07',
        outcome: 'done',
        reason: '',
        by: 'u-megan',
        at: '2026-12-07T11:00:00.000Z',
      }),
    ).toThrow(Conflict);
    const oneOff: CommitmentData = { ...weekly, cadence: null };
    const missed = markCommitment(oneOff, {
      dueDate: '2026-12-07',
      outcome: 'notDone',
      reason: 'ill',
      by: 'u-alex',
      at: '2026-12-07T12:00:00.000Z',
    });
    expect(missed.closedAt).toBe('2026-12-07T12:00:00.000Z');
    expect(() =>
      markCommitment(missed, {
        dueDate: '2026-12-07',
        outcome: 'done',
        reason: '',
        by: 'u-alex',
        at: '2026-12-07T12:00:00.000Z',
      }),
    ).toThrow(Conflict);
    const moved = markCommitment(oneOff, {
      dueDate: '2026-12-07',
      outcome: 'changed',
      reason: 'holiday',
      by: 'u-megan',
      at: '2026-12-07T13:00:00.000Z',
      newDueDate: '2026-12-21',
      newText: 'Log calls by Monday',
    });
    expect(moved).toMatchObject({ dueDate: '2026-12-21', text: 'Log calls by Monday', closedAt: null });
    // A later renegotiation of another item leaves the commitment as it was renegotiated at the review.
    expect(commitmentsOnSigning([moved], signed[0]!)[0]).toMatchObject({ dueDate: '2026-12-21' });
  });

  test('monthly dates keep the day or take the month end', () => {
    expect(nextDueDate('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextDueDate('2026-12-15', 'monthly')).toBe('2027-01-15');
    expect(nextDueDate('2026-12-29', 'weekly')).toBe('2027-01-05');
  });

  test('outcomes older than the 90 days rates look at are let go; the newest stays', () => {
    const weekly = commitmentsOnSigning([], signed[0]!)[0]!;
    const old = {
      dueDate: '2026-01-01',
      outcome: 'done' as const,
      reason: '',
      by: 'u-alex',
      at: '2026-01-01T10:00:00.000Z',
    };
    const recent = { ...old, at: '2026-11-01T10:00:00.000Z' };
    const marked = markCommitment(
      { ...weekly, history: [old, recent] },
      { dueDate: weekly.dueDate, outcome: 'done', reason: '', by: 'u-alex', at: '2026-12-07T10:00:00.000Z' },
    );
    expect(marked.history.map((h) => h.at)).toEqual(['2026-11-01T10:00:00.000Z', '2026-12-07T10:00:00.000Z']);
  });

  test('kept rates both ways over the last 90 days; renegotiations apart', () => {
    const now = Date.parse('2026-12-05T00:00:00Z');
    const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    const mark = (outcome: 'done' | 'notDone' | 'changed', daysAgo: number) => ({
      dueDate: '2026-01-01',
      outcome,
      reason: '',
      by: 'u',
      at: at(daysAgo),
    });
    const base = commitmentsOnSigning([], signed[0]!)[0]!;
    const rep: CommitmentData = {
      ...base,
      history: [mark('done', 1), mark('done', 10), mark('notDone', 20), mark('done', 120)],
    };
    const manager: CommitmentData = {
      ...base,
      itemId: 'm',
      owner: 'manager',
      history: [mark('notDone', 5), mark('changed', 6)],
    };
    expect(keptRate([rep, manager], 'rep', now)).toEqual({ kept: 2, missed: 1, renegotiated: 0, rate: 2 / 3 });
    expect(keptRate([rep, manager], 'manager', now)).toEqual({ kept: 0, missed: 1, renegotiated: 1, rate: 0 });
    expect(keptRate([], 'manager', now).rate).toBeNull();
  });
});
