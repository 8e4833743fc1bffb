import type { ComponentType } from 'react';
import { BarriersChannelSection } from '../features/barriers';
import { BoardsSection } from '../features/boards/BoardsSection';
import { HiringChannelSection } from '../features/hiring';
import { LazyLessonsSection } from '../features/lessons';
import { MeetingsChannelSection } from '../features/meetings/lazyViews';
import { CoachingChannelSection } from '../features/observations';
import { OpportunitiesChannelSection } from '../features/opportunities';
import { PracticesSection } from '../features/practices/PracticesSection';
import { RoleplaysSection } from '../features/roleplays/RoleplaysSection';
import type { SpaceData } from '../features/spaces/SpaceScope';
import { TeamSection } from '../features/spaces/TeamSection';
import { WinlossChannelSection } from '../features/winloss';
import type { MessageId } from '../i18n/en';

/** One section of the channel tab "Sales room", shown as a tab of its own. */
export interface ChannelSection {
  /** Stable id, also used in the `section` query parameter so links can open a section. */
  id: string;
  /** Message id of the tab's label. */
  label: MessageId;
  /** The section's content; it receives the loaded space and its members. */
  Component: ComponentType<SpaceData>;
}

/**
 * The channel tab's sections, in order. Each capability adds its section here (one line) and keeps
 * its component in its own feature folder.
 */
export const CHANNEL_SECTIONS: ChannelSection[] = [
  { id: 'team', label: 'channel.section.team', Component: TeamSection },
  { id: 'meetings', label: 'meetings.section.label', Component: MeetingsChannelSection },
  { id: 'practices', label: 'practices.section', Component: PracticesSection },
  { id: 'roleplays', label: 'roleplays.library.section', Component: RoleplaysSection },
  { id: 'boards', label: 'boards.section', Component: BoardsSection },
  { id: 'coaching', label: 'observations.section', Component: CoachingChannelSection },
  { id: 'winloss', label: 'winloss.section', Component: WinlossChannelSection },
  { id: 'lessons', label: 'lessons.section', Component: LazyLessonsSection },
  { id: 'opportunities', label: 'opportunities.section', Component: OpportunitiesChannelSection },
  { id: 'barriers', label: 'barriers.section', Component: BarriersChannelSection },
  { id: 'hiring', label: 'hiring.section', Component: HiringChannelSection },
];
