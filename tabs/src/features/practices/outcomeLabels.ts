import type { AdoptionOutcome, FollowUpStatus } from '@coachboard/api/domain';
import type { MessageId } from '../../i18n/en';

/** How each outcome reads. */
export const OUTCOME_LABELS: Record<AdoptionOutcome, MessageId> = {
  worked: 'practices.outcome.worked',
  didNotWork: 'practices.outcome.didNotWork',
  notApplicable: 'practices.outcome.notApplicable',
};

/** How each follow-up status reads. */
export const STATUS_LABELS: Record<FollowUpStatus, MessageId> = {
  trying: 'practices.status.trying',
  due: 'practices.status.due',
  recorded: 'practices.status.recorded',
};
