import { z } from 'zod';
import { rawText, text } from '../common/text.js';

// Board limits and the field types every card and stage definition is built from.

/** Limits, stated once so that forms, errors, the README and the tests agree. */
export const BOARD_LIMITS = {
  /** Boards (accounts) one space may hold. */
  boardsPerSpace: 500,
  /** Account, stakeholder and competitor names. */
  nameMax: 120,
  /** One-line texts: a goal, a measure, a risk, an action, a title, a segment. */
  textMax: 300,
  /** Free notes on any card. */
  notesMax: 2000,
  /** Account value, in whole currency units. */
  valueMax: 1_000_000_000_000,
  /** Every date on a board lies in this range. */
  dateMin: '2000-01-01',
  dateMax: '2100-12-31',
  /** Cards one board may hold, per section; adding one more is refused with a 400 that says so. */
  cardsPerSection: {
    stakeholder: 40,
    goal: 20,
    hypothesis: 20,
    risk: 30,
    competitor: 15,
    action: 60,
    evidence: 60,
  },
  /** Sales stages a space may define, and exit criteria per stage. */
  stagesMin: 2,
  stagesMax: 10,
  criteriaPerStageMax: 8,
  stageNameMax: 60,
  criterionTextMax: 200,
  /** Versions the history of one card shows (newest first). */
  historyShown: 50,
  /** Request bodies larger than this are refused with 413 before they are read (see http/handle.ts). */
  bodyBytesMax: 64 * 1024,
} as const;

/** One-line names: accounts, stakeholders, competitors. */
export const NameText = text(BOARD_LIMITS.nameMax);
/** A one-line text a card cannot do without. */
export const RequiredText = text(BOARD_LIMITS.textMax);
/** A one-line text that may stay empty. */
export const OptionalText = text(BOARD_LIMITS.textMax, { min: 0 });
/** Free notes, kept as typed. */
export const Notes = rawText(BOARD_LIMITS.notesMax, { multiline: true });
/** A calendar date, e.g. `2026-12-01`, within the board's date range. */
export const BoardDate = z.iso
  .date(`must be a date such as 2026-12-01`)
  .refine(
    (d) => d >= BOARD_LIMITS.dateMin && d <= BOARD_LIMITS.dateMax,
    `must be between ${BOARD_LIMITS.dateMin} and ${BOARD_LIMITS.dateMax}`,
  );

/** Ids of stages and exit criteria: short lower-case slugs, stable across renames. */
export const BoardStageId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lower-case slug such as "discover" (letters, digits, -)');
