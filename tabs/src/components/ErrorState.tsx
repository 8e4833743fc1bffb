import { Button } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/en';
import { describeError } from '../lib/errors';
import { useTeams } from '../teams/context';
import { StateMessage } from './StateMessage';

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  /** What could not be done, e.g. `space.loadFailed`. */
  title: MessageId;
  error: unknown;
  /** Offered as "Try again" when trying again can help. */
  onRetry?: () => void;
}

/** A failed load explained in words the user can act on, with "Try again" when it can help. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const intl = useIntl();
  const { info } = useTeams();
  const text = describeError(error, info.inTeams);
  return (
    <StateMessage
      intent="error"
      title={intl.formatMessage({ id: title })}
      action={
        text.canRetry && onRetry ? (
          <Button appearance="primary" onClick={onRetry}>
            {intl.formatMessage({ id: 'error.retry' })}
          </Button>
        ) : undefined
      }
    >
      {intl.formatMessage({ id: text.body })}
    </StateMessage>
  );
}
