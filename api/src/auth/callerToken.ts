import type { Principal } from '../domain/index.js';

/*
 * The caller's raw bearer token, kept beside the verified principal for the one use that needs it: the
 * on-behalf-of exchange that lets the activity feed notify in the caller's name. A WeakMap keyed by the
 * principal object rather than a field on it: the principal is spread into documents and answers, and
 * the token must never reach a response, a document or a log line. It lives as long as the principal.
 */
const tokens = new WeakMap<Principal, string>();

/** Remembers the token a principal was verified from (the verifier calls this). */
export function rememberCallerToken(principal: Principal, token: string): void {
  tokens.set(principal, token);
}

/** The token the principal was verified from; undefined for principals made in code (demo seeding, tests). */
export function callerTokenOf(principal: Principal): string | undefined {
  return tokens.get(principal);
}
