import type { AgendaKind, ContentLink } from '@coachboard/api/domain';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/** Props every linked-content view gets: the space, the linked id and how large to draw. */
export interface LinkedContentProps {
  spaceId: string;
  id: string;
  /** `stage` is read from across a room; `panel` fits the 280–320 px side panel. */
  density: 'stage' | 'panel';
}

/**
 * Views of content that agenda items link to (boards, scenarios, practices), by link kind. The
 * meeting stage and side panel render the current item's link through this table; each capability
 * registers its own lazily loaded view, so the stage does not load features it does not show.
 */
export const LINKED_CONTENT: Partial<
  Record<ContentLink['kind'], LazyExoticComponent<ComponentType<LinkedContentProps>>>
> = {
  practice: lazy(() => import('./practices/PracticeSpotlight')),
  board: lazy(() => import('./boards/BoardLinkedView')),
  scenario: lazy(() => import('./roleplays/ScenarioLinkedView')),
  barrier: lazy(() => import('./barriers/BarrierLinkedView')),
};

/** Props of a stage view that a capability draws for a running agenda item of its kind. */
export interface ItemStageProps {
  spaceId: string;
  meetingId: string;
  /** The meeting's current agenda item. */
  itemId: string;
  /** What the stage shows while the capability has nothing for the item (the item and its link). */
  fallback: ReactNode;
}

/**
 * Stage views by agenda item kind, for kinds whose capability shows its own content while the item
 * runs (a role-play item shows the role-play set up for it). Loaded only when such an item runs.
 */
export const ITEM_STAGE: Partial<Record<AgendaKind, LazyExoticComponent<ComponentType<ItemStageProps>>>> = {
  rolePlay: lazy(() => import('./roleplays/ItemRoleplayStage')),
};
