// Hiring limits, stated once so that forms, errors and tests agree.

export const HIRING_LIMITS = {
  profileNameMax: 80,
  profileCompetenciesMax: 12,
  weightMax: 5,
  questionsMax: 6,
  questionMax: 300,
  candidateNameMax: 80,
  candidateContactMax: 200,
  candidateNotesMax: 2000,
  interviewersMax: 8,
  interviewDatesMax: 6,
  evidenceMax: 1000,
  developmentPointsMax: 5,
  developmentPointMax: 300,
  reasonMax: 1000,
  listMax: 100,
  /** Days a candidate's data is kept after the decision, unless the loop says otherwise. */
  retentionDaysDefault: 90,
  retentionDaysMax: 365,
  /** A spread of ratings this wide on one competency is a disagreement the debrief calls out. */
  disagreementSpread: 2,
} as const;
