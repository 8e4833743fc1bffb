import type { CommitmentCadence, CommitmentOutcome, CommitmentOwner } from '../coaching/contract.js';
import { Conflict, Forbidden, NotFound, ValidationError } from '../common/errors.js';
import type { Role } from '../spaces/contract.js';
import { AGREEMENT_LIMITS, type AgreementSide, type CommitmentRate, type PutAgreementDraftBody } from './contract.js';

/*
 * The rules of a two-way agreement: who sees it, how a draft changes, when a version is signed and
 * frozen, how its dated items become commitments, and how kept-commitment rates are counted.
 */

export interface AgreementParties {
  managerId: string;
  repId: string;
}

export interface ItemData {
  itemId: string;
  text: string;
  dueDate: string | null;
  cadence: CommitmentCadence | null;
  proposedBy: string;
}

export interface VersionData {
  version: number;
  revision: number;
  managerExpects: ItemData[];
  repExpects: ItemData[];
  signatures: { userId: string; at: string }[];
  signedAt: string | null;
  createdAt: string;
  changes: { by: string; at: string }[];
}

export type AgreementViewer = 'manager' | 'rep' | 'observer';

/**
 * The manager and the rep of an agreement see it, and so do the space's other managers; anyone else
 * is told it does not exist (404), so a peer cannot learn that a colleague has one.
 */
export function assertMayViewAgreement(role: Role, userId: string, agreement: AgreementParties): AgreementViewer {
  if (agreement.managerId === userId) return 'manager';
  if (agreement.repId === userId) return 'rep';
  if (role === 'manager') return 'observer';
  throw new NotFound('agreement');
}

/** Only the two parties propose changes, sign and mark commitments; other managers read. */
export function assertParty(viewer: AgreementViewer): 'manager' | 'rep' {
  if (viewer === 'observer') throw new Forbidden('Only the manager and the rep of this agreement change it.');
  return viewer;
}

/** Who the pair is when `me` (of `myRole`) opens an agreement with `other` (of `otherRole`). */
export function pairOf(
  me: { userId: string; role: Role },
  other: { userId: string; role: Role } | undefined,
): AgreementParties {
  const invalid = (message: string) =>
    new ValidationError(`body.withId: ${message}`, [{ field: 'body.withId', message }]);
  if (!other) throw invalid('must be a member of this team');
  if (other.userId === me.userId) throw invalid('must be someone else');
  if (me.role === 'manager' && other.role === 'rep') return { managerId: me.userId, repId: other.userId };
  if (me.role === 'rep' && other.role === 'manager') return { managerId: other.userId, repId: me.userId };
  throw invalid('an agreement is between a manager and a rep of this team');
}

/** The newest version: the one being drafted, or the one in force. */
export function latestVersion(versions: readonly VersionData[]): VersionData {
  const last = versions[versions.length - 1];
  if (!last) throw new Error('an agreement has at least one version');
  return last;
}

/** The version in force: the newest both parties signed. */
export function versionInForce(versions: readonly VersionData[]): VersionData | undefined {
  return [...versions].reverse().find((v) => v.signedAt !== null);
}

export const isEmptyVersion = (v: VersionData): boolean => v.managerExpects.length + v.repExpects.length === 0;

/** The parties still to sign the newest version; nobody while it is empty or once it is signed. */
export function awaitingSignatures(versions: readonly VersionData[], parties: AgreementParties): string[] {
  const v = latestVersion(versions);
  if (v.signedAt || isEmptyVersion(v)) return [];
  return [parties.managerId, parties.repId].filter((id) => !v.signatures.some((s) => s.userId === id));
}

const sameTerms = (a: ItemData, b: { text: string; dueDate: string | null; cadence: CommitmentCadence | null }) =>
  a.text === b.text && a.dueDate === b.dueDate && a.cadence === b.cadence;

/**
 * A proposed text, applied by `by`. While the newest version is a draft, the text replaces its text
 * (a new revision; signatures given to the old text no longer count). Once the newest version is
 * signed by both it is frozen: a change is a renegotiation that opens the next version. Items keep who
 * proposed them while their terms stay the same; a changed or new item is proposed by `by`. Returns
 * null when the text is the same as now (nothing to change).
 */
export function applyAgreementDraft(
  versions: readonly VersionData[],
  body: PutAgreementDraftBody,
  by: string,
  at: string,
  newItemId: () => string,
): VersionData[] | null {
  const current = latestVersion(versions);
  const known = new Map([...current.managerExpects, ...current.repExpects].map((i) => [i.itemId, i]));
  const seen = new Set<string>();
  const side = (name: AgreementSide): ItemData[] =>
    body[name].map((item, i) => {
      const itemId = item.itemId ?? newItemId();
      if (seen.has(itemId)) {
        const field = `body.${name}.${i}.itemId`;
        throw new ValidationError(`${field}: is given twice`, [{ field, message: 'is given twice' }]);
      }
      seen.add(itemId);
      const dueDate = item.dueDate ?? null;
      const cadence = item.cadence ?? null;
      if (cadence && !dueDate) {
        const field = `body.${name}.${i}.dueDate`;
        throw new ValidationError(`${field}: a recurring item needs its first due date`, [
          { field, message: 'a recurring item needs its first due date' },
        ]);
      }
      const before = known.get(itemId);
      const terms = { text: item.text, dueDate, cadence };
      return { itemId, ...terms, proposedBy: before && sameTerms(before, terms) ? before.proposedBy : by };
    });
  const managerExpects = side('managerExpects');
  const repExpects = side('repExpects');
  const unchanged = (a: ItemData[], b: ItemData[]) =>
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return y !== undefined && x.itemId === y.itemId && sameTerms(x, y);
    });
  if (unchanged(managerExpects, current.managerExpects) && unchanged(repExpects, current.repExpects)) return null;
  if (current.signedAt) {
    if (versions.length >= AGREEMENT_LIMITS.versionsMax) {
      throw new Conflict(`An agreement keeps at most ${AGREEMENT_LIMITS.versionsMax} versions.`);
    }
    const next: VersionData = {
      version: current.version + 1,
      revision: 0,
      managerExpects,
      repExpects,
      signatures: [],
      signedAt: null,
      createdAt: at,
      changes: [{ by, at }],
    };
    return [...versions, next];
  }
  const redrafted: VersionData = {
    ...current,
    revision: current.revision + 1,
    managerExpects,
    repExpects,
    signatures: [],
    changes: [...current.changes, { by, at }],
  };
  return [...versions.slice(0, -1), redrafted];
}

/** What a signature did: `stale` when the named text is no longer the newest one. */
export type SignResult =
  | { kind: 'stale' }
  | { kind: 'already'; versions: readonly VersionData[] }
  | { kind: 'signed'; versions: VersionData[]; completed: boolean };

/**
 * `by` signs the text `version`/`revision`. The newest version must be that very text (else `stale`:
 * the signer must read the new text first). An empty text cannot be signed; signing twice changes
 * nothing. When the second party signs, the version is frozen (`completed`).
 */
export function signVersion(
  versions: readonly VersionData[],
  parties: AgreementParties,
  by: string,
  named: { version: number; revision: number },
  at: string,
): SignResult {
  const current = latestVersion(versions);
  if (current.version !== named.version || current.revision !== named.revision) return { kind: 'stale' };
  if (isEmptyVersion(current)) throw new Conflict('Write at least one expectation before signing.');
  if (current.signatures.some((s) => s.userId === by)) return { kind: 'already', versions };
  const signatures = [...current.signatures, { userId: by, at }];
  const completed = [parties.managerId, parties.repId].every((id) => signatures.some((s) => s.userId === id));
  const signed: VersionData = { ...current, signatures, signedAt: completed ? at : null };
  return { kind: 'signed', versions: [...versions.slice(0, -1), signed], completed };
}

/** Who keeps the items of a side: the rep keeps what the manager expects, the manager what the rep expects. */
export const ownerOfSide = (side: AgreementSide): CommitmentOwner => (side === 'managerExpects' ? 'rep' : 'manager');

/** The next due date of a recurring commitment (a month on, the same day or the month's last day). */
export function nextDueDate(dueDate: string, cadence: CommitmentCadence): string {
  const d = new Date(`${dueDate}T00:00:00Z`);
  if (cadence === 'weekly') return new Date(d.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const day = d.getUTCDate();
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

export interface CommitmentData {
  itemId: string;
  owner: CommitmentOwner;
  text: string;
  cadence: CommitmentCadence | null;
  /** The due date of the occurrence to mark next. */
  dueDate: string;
  /** Set once a one-off commitment is kept or missed. */
  closedAt: string | null;
  /** The version whose signing made (or last changed) it. */
  fromVersion: number;
  /** The item's terms as that version agreed them (a renegotiation at a review changes the commitment only). */
  agreed: { text: string; dueDate: string; cadence: CommitmentCadence | null };
  history: OutcomeData[];
}

export interface OutcomeData {
  dueDate: string;
  outcome: CommitmentOutcome;
  reason: string;
  by: string;
  at: string;
  newDueDate?: string;
  newText?: string;
}

/**
 * The commitments once `signed` is in force: each dated item becomes a commitment (its owner is the
 * side that keeps it). An item whose terms changed in the renegotiation takes the new terms; items no
 * longer in the agreement stay until they are marked — a commitment is never silently dropped.
 */
export function commitmentsOnSigning(existing: readonly CommitmentData[], signed: VersionData): CommitmentData[] {
  const out = existing.map((c) => ({ ...c }));
  for (const side of ['managerExpects', 'repExpects'] as const) {
    for (const item of signed[side]) {
      if (!item.dueDate) continue;
      const terms = { text: item.text, dueDate: item.dueDate, cadence: item.cadence };
      const found = out.find((c) => c.itemId === item.itemId);
      if (!found) {
        out.push({
          itemId: item.itemId,
          owner: ownerOfSide(side),
          ...terms,
          closedAt: null,
          fromVersion: signed.version,
          agreed: terms,
          history: [],
        });
      } else if (!sameTerms({ ...found.agreed, proposedBy: '', itemId: '' }, terms)) {
        // Renegotiated in the agreement: the new terms replace what was agreed (and marked) before.
        Object.assign(found, {
          ...terms,
          owner: ownerOfSide(side),
          closedAt: null,
          fromVersion: signed.version,
          agreed: terms,
        });
      }
    }
  }
  return out;
}

/**
 * Marks the occurrence due on `outcome.dueDate`: kept or missed closes a one-off commitment and moves
 * a recurring one to its next date; renegotiated sets the new date (and text). The occurrence must be
 * the one due now: a second mark of the same one is a 409.
 */
export function markCommitment(commitment: CommitmentData, outcome: OutcomeData): CommitmentData {
  if (commitment.closedAt) throw new Conflict('This commitment is already kept or missed.');
  if (commitment.dueDate !== outcome.dueDate) {
    throw new Conflict('This occurrence was marked already; the commitment is now due on another date.');
  }
  if (outcome.outcome === 'changed' && outcome.newDueDate === commitment.dueDate && !outcome.newText) {
    throw new Conflict('A renegotiation changes the due date or the text.');
  }
  // Rates look back 90 days: older outcomes are let go (the newest is always kept), so a commitment kept
  // weekly for years reads as fast as a new one.
  const since = new Date(Date.parse(outcome.at) - AGREEMENT_LIMITS.rateDays * 86_400_000).toISOString();
  const history = [...commitment.history.filter((h) => h.at >= since), outcome].slice(-AGREEMENT_LIMITS.historyMax);
  if (outcome.outcome === 'changed') {
    return { ...commitment, dueDate: outcome.newDueDate!, text: outcome.newText ?? commitment.text, history };
  }
  if (commitment.cadence)
    return { ...commitment, dueDate: nextDueDate(commitment.dueDate, commitment.cadence), history };
  return { ...commitment, closedAt: outcome.at, history };
}

/**
 * Kept-commitment rate of one owner side over the last 90 days (by when the outcome was marked):
 * kept / (kept + missed). Renegotiations are counted apart: agreeing a new date is not breaking one.
 */
export function keptRate(commitments: readonly CommitmentData[], owner: CommitmentOwner, now: number): CommitmentRate {
  const since = new Date(now - AGREEMENT_LIMITS.rateDays * 86_400_000).toISOString();
  let kept = 0;
  let missed = 0;
  let renegotiated = 0;
  for (const c of commitments) {
    if (c.owner !== owner) continue;
    for (const h of c.history) {
      if (h.at < since) continue;
      if (h.outcome === 'done') kept++;
      else if (h.outcome === 'notDone') missed++;
      else renegotiated++;
    }
  }
  return { kept, missed, renegotiated, rate: kept + missed === 0 ? null : kept / (kept + missed) };
}
