import type { HttpResponseInit } from '@azure/functions';
import { DomainError, type ErrorCode, type ProblemResponse } from '../domain/index.js';
import type { ApiContext } from './handle.js';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  last_manager: 409,
  precondition_required: 428,
  archived: 409,
};

const titleOf: Record<ErrorCode, string> = {
  validation_failed: 'Your request has invalid input.',
  unauthenticated: 'Sign-in required.',
  forbidden: 'Not allowed.',
  not_found: 'Not found.',
  method_not_allowed: 'Method not allowed.',
  conflict: 'Conflict.',
  precondition_failed: 'Changed by someone else.',
  payload_too_large: 'Request too large.',
  unsupported_media_type: 'Unsupported content type.',
  last_manager: 'The space needs a manager.',
  precondition_required: 'ETag required.',
  archived: 'Archived and read-only.',
};

/**
 * Builds a problem+json answer. Never stored by a cache: an error to one caller (a 403, a 404 that
 * hides a space) must not be replayed to another, nor kept on a shared machine.
 */
export function problem(
  status: number,
  code: string,
  title: string,
  extra: Partial<ProblemResponse> = {},
): HttpResponseInit {
  const body: ProblemResponse = { type: `https://coachboard.dev/problems/${code}`, title, status, code, ...extra };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
  if (status === 401) headers['www-authenticate'] = 'Bearer';
  return { status, headers, jsonBody: body };
}

/**
 * The one mapping from thrown errors to HTTP. Domain errors become their 4xx; anything else is
 * logged with the invocation id and answered with a generic 500 that leaks nothing.
 */
export function toProblem(error: unknown, context: ApiContext): HttpResponseInit {
  if (error instanceof DomainError) {
    if (error.code === 'unauthenticated') {
      context.warn(`401 ${(error as DomainError & { reason?: string }).reason ?? ''}`);
    }
    return problem(statusOf[error.code], error.code, titleOf[error.code], {
      detail: error.message,
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
    });
  }
  context.error(`Unhandled error in ${context.functionName} (${context.invocationId})`, error);
  return problem(500, 'internal', 'Something went wrong on our side.', {
    detail: `Reference ${context.invocationId} when you report this.`,
  });
}
