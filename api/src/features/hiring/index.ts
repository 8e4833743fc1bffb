/** What other parts may use of hiring: the housekeeping that deletes candidates' data, and the demo seeding. */
export { seedHiringDemo } from './demo.js';
export { purgeExpiredCandidates } from './purge.js';
