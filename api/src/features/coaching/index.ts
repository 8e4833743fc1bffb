/** What other features may use of coaching: a new hire's prefilled first plan. Other features import this module only. */
export { prefillFirstPlan } from './firstPlan.js';
