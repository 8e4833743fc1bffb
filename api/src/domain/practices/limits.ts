// Practice limits, stated once so that forms, errors, the README and tests agree.

/** Limits, stated once so that forms, errors, docs (README "Limits") and tests agree. */
export const PRACTICE_LIMITS = {
  titleMax: 120,
  resultTextMax: 500,
  actionsMax: 15,
  actionTextMax: 300,
  evidenceMax: 5,
  evidenceLabelMax: 120,
  evidenceUrlMax: 2048,
  evidenceTextMax: 4000,
  tagsMax: 5,
  noteMax: 500,
  measureLabelMax: 80,
  skillsMax: 40,
  skillLabelMax: 60,
  pageSizeDefault: 20,
  pageSizeMax: 50,
  continuationMax: 4096,
  /** An adoption without an outcome is due for follow-up this many days after "I'll try this". */
  followUpDays: 14,
  /** "Proven" needs at least this many peers reporting worked or didn't work… */
  provenMinOutcomes: 3,
  /** …and at least this share of them saying it worked. */
  provenMinSuccessRate: 0.6,
  /** Spotlight suggestions look at practices posted within this many days. */
  spotlightRecentDays: 90,
  spotlightSuggestionsMax: 5,
} as const;
