import { z } from 'zod';
import { CommitmentCadence, CommitmentOutcome, CommitmentResponse } from '../coaching/contract.js';
import { Id } from '../common/contract.js';
import { text } from '../common/text.js';
import { SpaceParams } from '../spaces/contract.js';

/** Sizes of agreements: items per side, versions kept, commitment history kept per commitment. */
export const AGREEMENT_LIMITS = {
  itemMax: 280,
  itemsPerSide: 12,
  /** Versions an agreement keeps readable; a renegotiation beyond this is refused (409). */
  versionsMax: 40,
  reasonMax: 300,
  /** Outcomes a commitment keeps at most; those older than 90 days (the rates' window) are let go anyway. */
  historyMax: 400,
  /** How far back kept-commitment rates look. */
  rateDays: 90,
} as const;
const L = AGREEMENT_LIMITS;

const IsoDate = z.iso
  .date('must be a date, e.g. 2026-12-01')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'must be between 2000 and 2100');

export const AgreementParams = SpaceParams.extend({ agreementId: Id });
export type AgreementParams = z.infer<typeof AgreementParams>;
export const AgreementCommitmentParams = AgreementParams.extend({ itemId: Id });
export type AgreementCommitmentParams = z.infer<typeof AgreementCommitmentParams>;

/** A manager opens the agreement with a rep, or a rep with a manager: `withId` is the other party. */
export const CreateAgreementBody = z.strictObject({ withId: Id });
export type CreateAgreementBody = z.infer<typeof CreateAgreementBody>;

/**
 * One expectation. With a `dueDate` it becomes a commitment once both have signed; with a cadence it
 * comes back every week or month from that date. `itemId` keeps an item's identity across versions.
 */
export const AgreementItemBody = z.strictObject({
  itemId: Id.optional(),
  text: text(L.itemMax),
  dueDate: IsoDate.nullable().optional(),
  cadence: CommitmentCadence.nullable().optional(),
});
export type AgreementItemBody = z.infer<typeof AgreementItemBody>;

/** A proposed text of the agreement: both lists, whole. Either party may propose it. */
export const PutAgreementDraftBody = z.strictObject({
  /** What the manager expects of the rep (the rep's commitments). */
  managerExpects: z.array(AgreementItemBody).max(L.itemsPerSide),
  /** What the rep expects of the manager (the manager's commitments). */
  repExpects: z.array(AgreementItemBody).max(L.itemsPerSide),
});
export type PutAgreementDraftBody = z.infer<typeof PutAgreementDraftBody>;

/** A signature names the text it signs: the version and its revision as the signer saw them. */
export const SignAgreementBody = z.strictObject({
  version: z.number().int().min(1),
  revision: z.number().int().min(0),
});
export type SignAgreementBody = z.infer<typeof SignAgreementBody>;

/**
 * Marks the commitment due on `dueDate` kept (`done`), missed (`notDone`) or renegotiated (`changed`,
 * with a new due date and, optionally, a new text). Naming the due date makes a second mark of the same
 * occurrence a 409 rather than a silent double count.
 */
export const CreateCommitmentOutcomeBody = z
  .strictObject({
    dueDate: IsoDate,
    outcome: CommitmentOutcome,
    reason: text(L.reasonMax).optional(),
    newDueDate: IsoDate.optional(),
    newText: text(L.itemMax).optional(),
  })
  .refine((b) => b.outcome !== 'changed' || b.newDueDate !== undefined, {
    message: 'a renegotiated commitment needs its new due date',
    path: ['newDueDate'],
  })
  .refine((b) => b.outcome === 'changed' || (b.newDueDate === undefined && b.newText === undefined), {
    message: 'only a renegotiated commitment takes a new due date or text',
    path: ['newDueDate'],
  });
export type CreateCommitmentOutcomeBody = z.infer<typeof CreateCommitmentOutcomeBody>;

export const AgreementSide = z.enum(['managerExpects', 'repExpects']);
export type AgreementSide = z.infer<typeof AgreementSide>;

export const AgreementItem = z.object({
  itemId: z.string(),
  text: z.string(),
  dueDate: z.string().nullable(),
  cadence: CommitmentCadence.nullable(),
  /** Who proposed the item as it reads now. */
  proposedBy: z.string(),
  proposedByName: z.string(),
});
export type AgreementItem = z.infer<typeof AgreementItem>;

export const AgreementVersionResponse = z.object({
  version: z.number().int(),
  /** Grows with every change to this version's text; a signature names it. */
  revision: z.number().int(),
  managerExpects: z.array(AgreementItem),
  repExpects: z.array(AgreementItem),
  signatures: z.array(z.object({ userId: z.string(), name: z.string(), at: z.string() })),
  /** When the second party signed: from then on the version is frozen. */
  signedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Who changed this version's text, oldest first. */
  changes: z.array(z.object({ by: z.string(), byName: z.string(), at: z.string() })),
});
export type AgreementVersionResponse = z.infer<typeof AgreementVersionResponse>;

/** Kept-commitment rate of one side over the last 90 days; null when nothing was kept or missed. */
export const CommitmentRate = z.object({
  kept: z.number().int(),
  missed: z.number().int(),
  renegotiated: z.number().int(),
  rate: z.number().nullable(),
});
export type CommitmentRate = z.infer<typeof CommitmentRate>;

export const AgreementResponse = z.object({
  id: z.string(),
  spaceId: z.string(),
  managerId: z.string(),
  managerName: z.string(),
  repId: z.string(),
  repName: z.string(),
  /** The caller: one of the two parties, or another manager of the space (who reads only). */
  viewer: z.enum(['manager', 'rep', 'observer']),
  /** Newest last; the last one is the one being drafted or the one in force. */
  versions: z.array(AgreementVersionResponse),
  /** The parties who still have to sign the newest version (empty once it is signed, or while it is empty). */
  awaiting: z.array(z.string()),
  /** The version in force: the newest one both signed, or null. */
  inForce: z.number().int().nullable(),
  commitments: z.array(CommitmentResponse),
  /** Kept-commitment rates over the last 90 days: the rep's to the manager and the manager's to the rep. */
  rates: z.object({ rep: CommitmentRate, manager: CommitmentRate }),
  etag: z.string(),
});
export type AgreementResponse = z.infer<typeof AgreementResponse>;

export const AgreementListResponse = z.object({ items: z.array(AgreementResponse) });
export type AgreementListResponse = z.infer<typeof AgreementListResponse>;

/** The personal tab: per space, my agreements; for managers, what waits on them and what is overdue. */
export const MyAgreementsResponse = z.object({
  spaces: z.array(
    z.object({
      spaceId: z.string(),
      spaceName: z.string(),
      role: z.enum(['manager', 'rep', 'contributor']),
      agreements: z.array(AgreementResponse),
      /** Managers: agreements of the space whose newest version waits for a signature. */
      awaitingSignature: z.array(z.object({ agreementId: z.string(), repName: z.string(), managerName: z.string() })),
      /** Managers: overdue commitments of the space's agreements, either side. */
      overdue: z.array(CommitmentResponse),
    }),
  ),
});
export type MyAgreementsResponse = z.infer<typeof MyAgreementsResponse>;
