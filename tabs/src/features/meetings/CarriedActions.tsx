import type { CaptureResponse } from '@coachboard/api/domain';
import { useIntl } from 'react-intl';
import { CaptureList } from './CaptureList';

/** Props of {@link CarriedActions}. */
export interface CarriedActionsProps {
  /** Actions left open in earlier meetings of the series, carried into this one. */
  actions: readonly CaptureResponse[];
}

/** The actions still open from the series' last meeting; nothing when there are none. */
export function CarriedActions({ actions }: CarriedActionsProps) {
  const intl = useIntl();
  if (actions.length === 0) return null;
  return (
    <CaptureList
      captures={[...actions]}
      heading={intl.formatMessage({ id: 'meetings.carried.heading' })}
      empty={intl.formatMessage({ id: 'meetings.carried.none' })}
    />
  );
}
