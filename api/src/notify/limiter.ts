/**
 * A per-tenant rate limiter: at most `perSecond` starts in any window of a little over a second for a tenant (Graph allows
 * 5 activity notifications per second per app per tenant). Callers wait their turn in order; one process
 * keeps its own count, so several instances together may still meet a 429, which the sender honours.
 */
export interface RateLimiter {
  /** Resolves when the tenant may send one more request. */
  take(tenantId: string): Promise<void>;
}

export function perTenantLimiter(
  perSecond: number,
  /** The window counted, a little over a second: Graph counts arrivals, which come a little after starts. */
  windowMs = 1100,
  clock: { now(): number; sleep(ms: number): Promise<void> } = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  },
): RateLimiter {
  /** Each tenant's reserved start times within the last second, oldest first. */
  const starts = new Map<string, number[]>();
  return {
    async take(tenantId) {
      const now = clock.now();
      const recent = (starts.get(tenantId) ?? []).filter((at) => at > now - windowMs);
      // The slot: now, or one window after the start `perSecond` places back (already reserved ones count).
      const at = recent.length < perSecond ? now : Math.max(now, (recent[recent.length - perSecond] ?? now) + windowMs);
      recent.push(at);
      starts.set(tenantId, recent);
      if (at > now) await clock.sleep(at - now);
    },
  };
}
