/*
 * The lessons feature's public module: pages and the member list use the lazy views only, so the
 * lessons' code and texts load when shown.
 */
export { LazyLessonsSection, LazyMemberPasses, LazyMyLessons } from './lazyViews';
