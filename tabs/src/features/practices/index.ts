/* The practices feature's public module: what other features may use. */
export { usePracticeList, useSkills } from './queries';
