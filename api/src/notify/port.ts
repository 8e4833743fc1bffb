import type { NoticeKind, NoticeTarget, Principal } from '../domain/index.js';

/**
 * The Notifier port: what waits for someone reaches them. Every notice goes to the in-app inbox (so nothing
 * depends on the activity feed alone); the Teams activity feed adapter sits behind the same port.
 */
export interface Notice {
  spaceId: string;
  /** The recipient's user id (Entra object id). */
  recipientId: string;
  kind: NoticeKind;
  /** Unique per event: one notice per (eventKey, recipient); repeats are ignored. */
  eventKey: string;
  /** Short, shown in the inbox and the activity feed. */
  title: string;
  target: NoticeTarget;
}

export interface Notifier {
  /** Never throws and never fails the caller's action; skips notices to the actor themself. */
  notify(actor: Principal, notices: Notice[]): Promise<void>;
}
