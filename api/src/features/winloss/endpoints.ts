import {
  BoardParams,
  computeWinlossAnalytics,
  CustomerReasonsBody,
  ReviewBody,
  ReviewFinalBody,
  SpaceParams,
  ThemeValuePropBody,
  ValuePropBody,
  WinlossParams,
  WinlossTaxonomyBody,
} from '../../domain/index.js';
import { defineEndpoint } from '../../http/handle.js';
import { getSummary } from '../boards/index.js';
import { presentDraft, presentReview, presentValueProp } from './present.js';
import { findReview, saveCustomerReasons, saveReview, setReviewFinal } from './reviews.js';
import { readEntries } from './rollups.js';
import { getTaxonomy, saveTaxonomy } from './taxonomy.js';
import { createThemeScenario, themePoint } from './themes.js';
import { appendValuePropPoint, getValueProp, saveValueProp } from './valueProp.js';

/** A board's review, or what the form opens with before there is one. */
export const reviewGet = defineEndpoint({
  name: 'winloss-review-get',
  method: 'GET',
  route: 'spaces/{spaceId}/boards/{boardId}/review',
  access: { space: 'winloss.read' },
  params: BoardParams,
  async run({ access, params, services }) {
    const [summary, review] = await Promise.all([
      getSummary(services.store, access.space.pk, params.boardId),
      findReview(services.store, access.space.pk, params.boardId),
    ]);
    const draft = presentDraft(review, summary, access);
    return { body: draft, ...(draft.review ? { etag: draft.review.etag } : {}) };
  },
});

/** Saves the rep's review of a closed deal (If-Match once it exists). */
export const reviewPut = defineEndpoint({
  name: 'winloss-review-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/boards/{boardId}/review',
  access: { space: 'winloss.review' },
  params: BoardParams,
  body: ReviewBody,
  ifMatch: 'optional',
  async run({ access, params, body, ifMatch, services }) {
    const review = await saveReview(services.store, access, params.boardId, body, ifMatch);
    const summary = await getSummary(services.store, access.space.pk, params.boardId);
    return { body: presentReview(review, summary, access), etag: review._etag };
  },
});

export const reviewFinalPut = defineEndpoint({
  name: 'winloss-review-final-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/boards/{boardId}/review/final',
  access: { space: 'winloss.finalize' },
  params: BoardParams,
  body: ReviewFinalBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const review = await setReviewFinal(services.store, access, params.boardId, body.final, ifMatch);
    const summary = await getSummary(services.store, access.space.pk, params.boardId);
    return { body: presentReview(review, summary, access), etag: review._etag };
  },
});

/** The customer's side: their reasons, in their words. */
export const reviewCustomerPut = defineEndpoint({
  name: 'winloss-review-customer-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/boards/{boardId}/review/customer',
  access: { space: 'winloss.review' },
  params: BoardParams,
  body: CustomerReasonsBody,
  ifMatch: 'required',
  async run({ access, params, body, ifMatch, services }) {
    const review = await saveCustomerReasons(services.store, access, params.boardId, body, ifMatch);
    const summary = await getSummary(services.store, access.space.pk, params.boardId);
    return { body: presentReview(review, summary, access), etag: review._etag };
  },
});

export const taxonomyGet = defineEndpoint({
  name: 'winloss-taxonomy-get',
  method: 'GET',
  route: 'spaces/{spaceId}/winloss/taxonomy',
  access: { space: 'winloss.read' },
  params: SpaceParams,
  async run({ access, services }) {
    const taxonomy = await getTaxonomy(services.store, access.space.pk);
    return { body: taxonomy, etag: taxonomy.etag };
  },
});

/** Managers extend the reasons; reviews keep the labels they were written with. */
export const taxonomyPut = defineEndpoint({
  name: 'winloss-taxonomy-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/winloss/taxonomy',
  access: { space: 'winloss.configure' },
  params: SpaceParams,
  body: WinlossTaxonomyBody,
  ifMatch: 'required',
  async run({ access, body, ifMatch, services }) {
    const doc = await saveTaxonomy(services.store, access, body, ifMatch);
    return { body: { reasons: doc.reasons, isDefault: false, etag: doc._etag }, etag: doc._etag };
  },
});

/**
 * The "Win/loss" section: every figure from one point read of the roll-up (plus the membership
 * read every space route makes), however many reviews the space holds.
 */
export const analyticsGet = defineEndpoint({
  name: 'winloss-analytics-get',
  method: 'GET',
  route: 'spaces/{spaceId}/winloss/analytics',
  access: { space: 'winloss.read' },
  params: SpaceParams,
  async run({ access, services }) {
    return { body: computeWinlossAnalytics(await readEntries(services.store, access.space.pk)) };
  },
});

/** A loss theme becomes a role-play scenario with the customers' words as objections. */
export const themeScenarioCreate = defineEndpoint({
  name: 'winloss-theme-scenario-create',
  method: 'POST',
  route: 'spaces/{spaceId}/winloss/themes/{reason}/scenario',
  access: { space: 'winloss.practice' },
  params: WinlossParams,
  async run({ access, params, services }) {
    const { scenario, objections } = await createThemeScenario(services.store, access, params.reason);
    const reviewIds = scenario.source.kind === 'lossTheme' ? scenario.source.reviews.map((r) => r.reviewId) : [];
    return {
      status: 201,
      body: { scenarioId: scenario.scenarioId, title: scenario.title, objections, reviewIds },
      headers: { location: `/api/spaces/${access.space.spaceId}/scenarios/${scenario.scenarioId}` },
    };
  },
});

/** A loss theme adds a point to the value-proposition notes. */
export const themeValuePropCreate = defineEndpoint({
  name: 'winloss-theme-value-prop-create',
  method: 'POST',
  route: 'spaces/{spaceId}/winloss/themes/{reason}/value-prop',
  access: { space: 'valueProp.edit' },
  params: WinlossParams,
  body: ThemeValuePropBody,
  async run({ access, params, body, services }) {
    const point = await themePoint(services.store, access.space.pk, params.reason, body.text);
    const doc = await appendValuePropPoint(services.store, access, point);
    return { status: 201, body: presentValueProp(doc, access.space), etag: doc._etag };
  },
});

export const valuePropGet = defineEndpoint({
  name: 'value-prop-get',
  method: 'GET',
  route: 'spaces/{spaceId}/value-prop',
  access: { space: 'winloss.read' },
  params: SpaceParams,
  async run({ access, services }) {
    const view = presentValueProp(await getValueProp(services.store, access.space.pk), access.space);
    return { body: view, etag: view.etag };
  },
});

/** The team edits the notes together; a stale etag gets 412 and nothing is overwritten. */
export const valuePropPut = defineEndpoint({
  name: 'value-prop-put',
  method: 'PUT',
  route: 'spaces/{spaceId}/value-prop',
  access: { space: 'valueProp.edit' },
  params: SpaceParams,
  body: ValuePropBody,
  ifMatch: 'required',
  async run({ access, body, ifMatch, services }) {
    const doc = await saveValueProp(services.store, access, body, ifMatch);
    const view = presentValueProp(doc, access.space);
    return { body: view, etag: view.etag };
  },
});
