// Role-play limits, stated once so that forms, errors, the README and tests agree.

/** Limits, stated once so that forms, errors, docs (README "Limits") and tests agree. */
export const ROLEPLAY_LIMITS = {
  titleMax: 120,
  personaFieldMax: 80,
  moodMax: 160,
  caresAboutMax: 5,
  caresAboutItemMax: 200,
  situationMax: 2000,
  objectionsMax: 8,
  objectionMax: 400,
  criteriaMax: 6,
  roundMinutesMax: 30,
  roundsMax: 5,
  observersMax: 8,
  scenariosMax: 300,
  searchMax: 100,
  competenciesMax: 30,
  competencyLabelMax: 60,
  competencyDescriptionMax: 300,
  anchorMax: 200,
  feedbackItemsMax: 5,
  feedbackItemMax: 500,
  coachingQuestionsMax: 10,
  coachingQuestionMax: 300,
  nextStepMax: 500,
  listMax: 100,
  /** The round timer warns this long before the end. */
  warningMs: 30_000,
  /** "Add time" offers these steps, in seconds. */
  addTimeSeconds: [30, 60, 120] as const,
} as const;
