/** English texts of observer scorecards, self-assessment, debrief and the personal history; spread into `en` (ids `roleplays.*`). */
export const roleplayDebriefMessages = {} as const;
