/* The opportunities feature's public module: the lazily loaded views pages show. */
export { LazyOpportunityEntry, LazyPersonalOpportunities, OpportunitiesChannelSection } from './lazyViews';
