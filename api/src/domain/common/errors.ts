/**
 * Typed errors raised by domain rules, use cases and the store. The HTTP layer maps each one to a
 * problem+json response exactly once (see http/problem.ts); nothing else decides status codes.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'last_manager'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'method_not_allowed'
  | 'archived';

/** One problem with one input field, as reported to the client. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `body.name` or `query.limit`. */
  field: string;
  message: string;
}

/** Base class of every error the API turns into a 4xx answer. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input did not match the contract. */
export class ValidationError extends DomainError {
  constructor(message: string, issues: FieldIssue[] = []) {
    super('validation_failed', message, issues);
  }
}

/** No or no valid credentials. The reason is logged, never sent. */
export class Unauthenticated extends DomainError {
  constructor(readonly reason: string) {
    super('unauthenticated', 'A valid bearer token is required.');
  }
}

/** The caller is known and may see the resource, but may not do this to it. */
export class Forbidden extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', message);
  }
}

/** The resource does not exist, or the caller may not know that it exists. */
export class NotFound extends DomainError {
  constructor(what = 'resource') {
    super('not_found', `The ${what} was not found.`);
  }
}

/** The resource already exists or the change contradicts its current state. */
export class Conflict extends DomainError {
  constructor(message = 'The resource already exists.') {
    super('conflict', message);
  }
}

/** The If-Match etag is stale: someone else changed the resource first. */
export class PreconditionFailed extends DomainError {
  constructor(message = 'The resource was changed by someone else. Reload it and try again.') {
    super('precondition_failed', message);
  }
}

/** An update was sent without the If-Match etag it needs. */
export class PreconditionRequired extends DomainError {
  constructor() {
    super('precondition_required', 'This change needs an If-Match header with the current ETag.');
  }
}

/** Removing or demoting this member would leave the space without a manager. */
export class LastManager extends DomainError {
  constructor() {
    super('last_manager', 'A space needs at least one manager. Make someone else a manager first.');
  }
}

/** The record (or the whole space) is archived: it reads as before, but takes no change until restored. */
export class Archived extends DomainError {
  constructor(message = 'This is archived and read-only. Restore it to change it.') {
    super('archived', message);
  }
}
