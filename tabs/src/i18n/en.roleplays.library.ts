/** English texts of the scenario library, competencies and the space’s role-play list (channel tab); spread into `en` (ids `roleplays.*`). */
export const roleplayLibraryMessages = {} as const;
