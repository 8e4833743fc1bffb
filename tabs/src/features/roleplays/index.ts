/* The role-play feature's public module: what other features may use. */
export { useScenarios } from './queries';
