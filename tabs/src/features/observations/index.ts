/* The observations feature's public module: the lazily loaded views pages show. */
export { CoachingChannelSection, LazyObserveEntry, LazyPersonalObservations } from './lazyViews';
