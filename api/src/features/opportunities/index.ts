/** What other features may use of opportunities: the demo seeding. Other features import this module only. */
export { seedOpportunitiesDemo } from './demo.js';
