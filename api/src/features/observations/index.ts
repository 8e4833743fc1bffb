/** What other features may use of observations: the demo seeding. Other features import this module only. */
export { seedObservationsDemo } from './demo.js';
