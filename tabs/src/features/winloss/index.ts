/* The win/loss feature's public module: the lazily loaded views pages and boards show. */
export { LazyReviewPanel, WinlossChannelSection } from './lazyViews';
