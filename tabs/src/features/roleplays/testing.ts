/* Test data of the role-play feature that other features' tests use (their public test module). */
export { buildScenarioSummary } from './testFactories';
