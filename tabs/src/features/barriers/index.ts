/* The barriers feature's public module: the lazily loaded views pages show. */
export { BarriersChannelSection, LazyBarrierEntry, LazyPersonalBarriers } from './lazyViews';
