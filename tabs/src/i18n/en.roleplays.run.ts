/** English texts of setting up and running a role-play (side panel and stage); spread into `en` (ids `roleplays.*`). */
export const roleplayRunMessages = {} as const;
