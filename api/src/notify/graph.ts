import { callerTokenOf } from '../auth/callerToken.js';
import type { FeedConfig } from '../config.js';
import { personalTabDeepLink, type Principal } from '../domain/index.js';
import type { NoticeLog } from './inbox.js';
import type { RateLimiter } from './limiter.js';
import { isConsentMissing, TokenError, type GraphTokens } from './obo.js';
import type { Notice } from './port.js';

/*
 * The Teams activity feed adapter: `POST /v1.0/users/{id}/teamwork/sendActivityNotification` with the
 * caller's delegated `TeamsActivity.Send` (on-behalf-of). A failure is logged (kind, status and Graph's
 * error code only: never a name, a title or an id) and never reaches the caller's action.
 */

export interface ActivityFeed {
  /** Sends each notice to its recipient's feed; never throws. */
  send(actor: Principal, notices: Notice[]): Promise<void>;
}

export interface ActivityFeedOptions {
  config: FeedConfig;
  tokens: GraphTokens;
  limiter: RateLimiter;
  log: NoticeLog;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Attempts per notice, the first included (429 and 503 are retried). */
  maxAttempts?: number;
  /** A `Retry-After` longer than this is not waited for: the user's action would wait with it. */
  maxRetryAfterSec?: number;
}

/** The label Teams shows for the tab a notice opens. */
const TAB_LABEL = 'My coaching';

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date); 1 when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  if (!header) return 1;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The request body Graph expects for one notice. */
export function activityBody(teamsAppId: string, notice: Notice): Record<string, unknown> {
  return {
    topic: { source: 'text', value: TAB_LABEL, webUrl: personalTabDeepLink(teamsAppId, notice.target, TAB_LABEL) },
    activityType: notice.kind,
    previewText: { content: notice.title.slice(0, 150) },
    templateParameters: [],
  };
}

async function graphErrorCode(res: Response): Promise<string> {
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: unknown } };
  const code = body.error?.code;
  // Graph's codes are words such as Forbidden or TooManyRequests; anything else is not echoed.
  return typeof code === 'string' && /^[A-Za-z_.]{1,64}$/.test(code) ? code : 'unknown';
}

export function activityFeed(options: ActivityFeedOptions): ActivityFeed {
  const { config, tokens, limiter, log } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = options.maxAttempts ?? 3;
  const maxRetryAfterSec = options.maxRetryAfterSec ?? 5;

  async function sendOne(tenantId: string, graphToken: string, notice: Notice): Promise<void> {
    const url = `${config.graphEndpoint}/v1.0/users/${encodeURIComponent(notice.recipientId)}/teamwork/sendActivityNotification`;
    const body = JSON.stringify(activityBody(config.teamsAppId, notice));
    for (let attempt = 1; ; attempt++) {
      await limiter.take(tenantId);
      let res: Response;
      try {
        res = await fetchImpl(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${graphToken}`, 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        log(`activity feed: ${notice.kind} not sent (network ${(error as Error).name}) after ${attempt} attempt(s)`);
        return;
      }
      if (res.ok) {
        await res.body?.cancel();
        return;
      }
      const code = await graphErrorCode(res);
      const wait = retryAfterSeconds(res.headers.get('retry-after'));
      const retryable = res.status === 429 || res.status === 503;
      if (retryable && attempt < maxAttempts && wait <= maxRetryAfterSec) {
        await sleep(wait * 1000);
        continue;
      }
      log(`activity feed: ${notice.kind} not sent (${res.status} ${code}) after ${attempt} attempt(s)`);
      return;
    }
  }

  return {
    async send(actor, notices) {
      const toSend = notices.filter((n) => n.recipientId !== actor.userId);
      if (toSend.length === 0) return;
      const callerToken = callerTokenOf(actor);
      if (!callerToken) {
        log(`activity feed: ${toSend.length} notice(s) not sent (no caller token)`);
        return;
      }
      let graphToken: string;
      try {
        graphToken = await tokens.forCaller(actor.tenantId, callerToken);
      } catch (error) {
        const why = isConsentMissing(error)
          ? `consent missing: ${(error as TokenError).code}`
          : error instanceof TokenError
            ? `token ${error.status} ${error.code}`
            : `token ${(error as Error).name}`;
        log(`activity feed: ${toSend.length} notice(s) not sent (${why})`);
        return;
      }
      for (const notice of toSend) await sendOne(actor.tenantId, graphToken, notice);
    },
  };
}
