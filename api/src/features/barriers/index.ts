/** What other features may use of barriers: the demo seeding. Other features import this module only. */
export { seedBarriersDemo } from './demo.js';
