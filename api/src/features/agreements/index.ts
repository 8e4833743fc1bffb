/** What other features may use of agreements: the demo seeding. Other features import this module only. */
export { seedAgreementsDemo } from './demo.js';
