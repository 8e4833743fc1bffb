/*
 * The notifications feature's public module: the inbox for the personal tab, and what other features
 * use to be opened by a notice (an element id and a highlight).
 */
export { LazyInbox } from './lazyInbox';
export { targetDomId, useTargetHighlight } from './target';
