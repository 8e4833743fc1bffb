/** What other features may use of win/loss: withdrawing a reopened deal's review, and the demo. */
export { withdrawReview } from './reviews.js';
export { seedWinlossDemo } from './demo.js';
