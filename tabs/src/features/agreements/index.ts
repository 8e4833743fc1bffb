/*
 * The agreements feature's public module: "Agreements" for the personal tab and the commitments review
 * of a 1:1 for the side panel, each loaded on demand with its texts so no first render grows.
 */
export { LazyAgreementReview, LazyMyAgreements } from './lazyViews';
export type { AgreementReviewProps } from './AgreementReview';
