/* The hiring feature's public module: the lazily loaded views pages show. */
export { HiringChannelSection, LazyMyScorecardsDue } from './lazyViews';
