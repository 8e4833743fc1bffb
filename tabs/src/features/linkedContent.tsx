import type { ContentLink } from '@coachboard/api/domain';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

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
};
