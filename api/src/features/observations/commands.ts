import { randomUUID } from 'node:crypto';
import type { SpaceAccess } from '../../auth/policy.js';
import {
  checkObservationFeedback,
  Conflict,
  type CreateObservationBody,
  feedbackVisibleToRep,
  NotFound,
  type ObservationAcknowledgeBody,
  type ObservationFeedbackBody,
  type ObservationNote,
  type ObservationSelfAssessmentBody,
  type ObservationSettingsBody,
  ValidationError,
} from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { updateWithRetry } from '../../store/retry.js';
import { getSummary } from '../boards/index.js';
import { getCompetencies } from '../roleplays/index.js';
import { assertIsTheRep, readVisibleObservation } from './access.js';
import { observationDocId, OBSERVATION_SUMMARY_ID, type ObservationDoc, type ObservationSummaryDoc } from './model.js';
import { applyToRollups, applyToWeek, emptySummary, upsertWithRetry } from './rollups.js';

/** What an observation write changed for the rep, so the endpoint can notify them. */
export interface ObservationChange {
  observation: ObservationDoc;
  /** The rep can read the manager's feedback since this write (and could not before). */
  feedbackNowVisible: boolean;
}

/** The observed person must be a rep of the space, and not the observer. */
export function assertObservableRep(access: SpaceAccess, repId: string): void {
  const rep = access.space.members.find((m) => m.userId === repId);
  if (!rep || rep.role !== 'rep' || repId === access.member.userId) {
    throw new ValidationError('body.repId: must be a rep of this team', [
      { field: 'body.repId', message: 'must be a rep of this team' },
    ]);
  }
}

/** The account board an observation concerns must be one of the space's boards. */
export async function assertBoardExists(
  store: DocumentStore,
  pk: string,
  boardId: string | null | undefined,
): Promise<void> {
  if (!boardId) return;
  try {
    await getSummary(store, pk, boardId);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    throw new ValidationError('body.boardId: must be an account board of this team', [
      { field: 'body.boardId', message: 'must be an account board of this team' },
    ]);
  }
}

/**
 * The competencies observed and their notes, checked against the space's competency list (the one
 * role-plays score against). A note's competency counts as observed; empty notes are dropped.
 */
export async function observedCompetencies(
  store: DocumentStore,
  pk: string,
  competencies: readonly string[],
  notes: readonly ObservationNote[],
): Promise<{ competencies: string[]; notes: ObservationNote[] }> {
  const { items } = await getCompetencies(store, pk);
  const known = new Set(items.map((c) => c.key));
  const kept = notes.filter((n) => n.text.trim().length > 0);
  const all = [...new Set([...competencies, ...kept.map((n) => n.competency)])];
  const unknown = all.find((key) => !known.has(key));
  if (unknown) {
    throw new ValidationError(`body.competencies: “${unknown}” is not one of this team’s competencies`, [
      { field: 'body.competencies', message: 'must name competencies of this team' },
    ]);
  }
  return { competencies: all, notes: kept };
}

/** Saves an observation and counts it in its week's roll-up and the rep's last-observed date. */
export async function saveObservation(store: DocumentStore, doc: ObservationDoc): Promise<ObservationDoc> {
  let saved: ObservationDoc;
  try {
    saved = await store.create(doc);
  } catch (error) {
    // A retried stop after a crash: the record is there; make sure the roll-ups count it.
    if (!(error instanceof Conflict)) throw error;
    const existing = await store.read<ObservationDoc>(doc.pk, doc.id);
    if (!existing) throw error;
    saved = existing;
  }
  await applyToRollups(store, saved);
  return saved;
}

/** A new observation record, before any self-assessment or feedback. */
export function newObservation(
  access: SpaceAccess,
  fields: Pick<ObservationDoc, 'repId' | 'channel' | 'date' | 'minutes' | 'boardId' | 'competencies' | 'notes'>,
  now: Date,
  observationId: string = randomUUID(),
): ObservationDoc {
  return {
    id: observationDocId(observationId),
    pk: access.space.pk,
    type: 'observation',
    observationId,
    observerId: access.member.userId,
    createdAt: now.toISOString(),
    selfAssessment: null,
    feedback: null,
    acknowledgement: null,
    ...fields,
  };
}

/** A call or visit logged by hand. */
export async function createObservation(
  store: DocumentStore,
  access: SpaceAccess,
  body: CreateObservationBody,
  now: Date,
): Promise<ObservationDoc> {
  assertObservableRep(access, body.repId);
  await assertBoardExists(store, access.space.pk, body.boardId);
  const observed = await observedCompetencies(store, access.space.pk, body.competencies, body.notes);
  return saveObservation(
    store,
    newObservation(
      access,
      {
        repId: body.repId,
        channel: body.channel,
        date: body.date,
        minutes: body.minutes,
        boardId: body.boardId ?? null,
        ...observed,
      },
      now,
    ),
  );
}

const visible = (o: ObservationDoc): boolean =>
  feedbackVisibleToRep({ selfAssessed: o.selfAssessment !== null, shared: Boolean(o.feedback?.sharedAt) });

/** The rep's self-assessment, or their explicit skip; once only. */
export async function selfAssess(
  store: DocumentStore,
  access: SpaceAccess,
  observationId: string,
  body: ObservationSelfAssessmentBody,
  now: Date,
): Promise<ObservationChange> {
  const current = await readVisibleObservation(store, access, observationId);
  assertIsTheRep(access, current);
  if ('ratings' in body) {
    const unknown = body.ratings.find((r) => !current.competencies.includes(r.competency));
    if (unknown) {
      throw new ValidationError('body.ratings: must rate the competencies observed', [
        { field: 'body.ratings', message: 'must rate the competencies observed' },
      ]);
    }
  }
  const at = now.toISOString();
  const saved = await updateWithRetry<ObservationDoc>(store, current.pk, current.id, (doc) => {
    if (doc.selfAssessment) throw new Conflict('You have already assessed yourself on this observation.');
    return {
      ...doc,
      selfAssessment:
        'ratings' in body
          ? { skipped: false, ratings: body.ratings, reflection: body.reflection, at }
          : { skipped: true, at },
    };
  });
  return { observation: saved, feedbackNowVisible: visible(saved) };
}

/**
 * The manager's feedback: saved as a draft, or shared when `share` is set and it passes the feedback
 * rules (a strength and a development point as observed behaviour, no judgmental wording); a refused
 * share answers 400 with the findings, each with a suggested rewrite.
 */
export async function putFeedback(
  store: DocumentStore,
  access: SpaceAccess,
  observationId: string,
  body: ObservationFeedbackBody,
  now: Date,
): Promise<ObservationChange> {
  const current = await readVisibleObservation(store, access, observationId);
  if (body.share) {
    const check = checkObservationFeedback(body);
    const blocking = check.findings.filter((f) => f.severity === 'required');
    if (blocking.length > 0) {
      throw new ValidationError(
        `body.${blocking[0]?.field}: ${blocking[0]?.message}`,
        blocking.map((f) => ({ field: `body.${f.field}`, message: f.message })),
      );
    }
  }
  const unrated = body.ratings.find((r) => !current.competencies.includes(r.competency));
  if (unrated) {
    throw new ValidationError('body.ratings: must rate the competencies observed', [
      { field: 'body.ratings', message: 'must rate the competencies observed' },
    ]);
  }
  const at = now.toISOString();
  const wasVisible = visible(current);
  const saved = await updateWithRetry<ObservationDoc>(store, current.pk, current.id, (doc) => {
    if (doc.acknowledgement) throw new Conflict('The rep has acknowledged this feedback; it can no longer change.');
    return {
      ...doc,
      feedback: {
        strengths: body.strengths.map((s) => s.trim()).filter(Boolean),
        developments: body.developments.map((s) => s.trim()).filter(Boolean),
        ratings: body.ratings,
        updatedAt: at,
        sharedAt: body.share ? (doc.feedback?.sharedAt ?? at) : (doc.feedback?.sharedAt ?? null),
      },
    };
  });
  // Shared ratings feed the team's competency heat map.
  if (saved.feedback?.sharedAt) await applyToWeek(store, saved);
  return { observation: saved, feedbackNowVisible: !wasVisible && visible(saved) };
}

/** The rep acknowledges the feedback they read, with their own next step. */
export async function acknowledge(
  store: DocumentStore,
  access: SpaceAccess,
  observationId: string,
  body: ObservationAcknowledgeBody,
  now: Date,
): Promise<ObservationDoc> {
  const current = await readVisibleObservation(store, access, observationId);
  assertIsTheRep(access, current);
  return updateWithRetry<ObservationDoc>(store, current.pk, current.id, (doc) => {
    if (!visible(doc)) throw new Conflict('There is no shared feedback to acknowledge yet.');
    return { ...doc, acknowledgement: { nextStep: body.nextStep, at: now.toISOString() } };
  });
}

/** The caller's working hours per week, and the space's goal. */
export async function saveSettings(
  store: DocumentStore,
  access: SpaceAccess,
  body: ObservationSettingsBody,
): Promise<ObservationSummaryDoc> {
  return upsertWithRetry<ObservationSummaryDoc>(
    store,
    access.space.pk,
    OBSERVATION_SUMMARY_ID,
    () => emptySummary(access.space.pk),
    (summary) => ({
      ...summary,
      goalPercent: body.goalPercent,
      hours: { ...summary.hours, [access.member.userId]: body.hoursPerWeek },
    }),
  );
}
