/** Partition of one sales team's data; the tenant always comes from the verified token. */
export const spacePk = (tenantId: string, spaceId: string): string => `${tenantId}|${spaceId}`;
/** Partition of one person's own index. */
export const userPk = (tenantId: string, userId: string): string => `${tenantId}|user|${userId}`;
