import { Button, Text } from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useAdoptPractice } from './mutations';

/** Props of {@link AdoptButton}. */
export interface AdoptButtonProps {
  spaceId: string;
  practiceId: string;
  /** The practice's author, who cannot adopt it. */
  authorId: string;
  /** Whether the signed-in person already tries it (known on the detail, not on list cards). */
  adopted?: boolean;
  /** Names the practice for screen readers where several buttons are on one screen. */
  title?: string;
}

/** "I'll try this": adopts a practice once; the author sees that it is theirs instead. */
export function AdoptButton({ spaceId, practiceId, authorId, adopted = false, title }: AdoptButtonProps) {
  const intl = useIntl();
  const { info } = useTeams();
  const adopt = useAdoptPractice(spaceId, practiceId);

  if (info.user?.id === authorId) {
    return <Text>{intl.formatMessage({ id: 'practices.adopt.yours' })}</Text>;
  }
  if (adopted || adopt.isSuccess) {
    return (
      <Button icon={<CheckmarkCircle20Regular />} disabled>
        {intl.formatMessage({ id: 'practices.adopt.trying' })}
      </Button>
    );
  }
  const error = adopt.error;
  return (
    <>
      <Button
        appearance="primary"
        disabled={adopt.isPending}
        onClick={() => adopt.mutate()}
        aria-label={
          title && !adopt.isPending ? intl.formatMessage({ id: 'practices.adopt.labelFor' }, { title }) : undefined
        }
      >
        {intl.formatMessage({ id: adopt.isPending ? 'practices.adopt.pending' : 'practices.adopt.action' })}
      </Button>
      {error ? (
        <Notice intent="error">
          {error instanceof ApiError && error.status === 409
            ? intl.formatMessage({ id: 'practices.adopt.ownPractice' })
            : intl.formatMessage({ id: describeError(error, info.inTeams).body })}
        </Notice>
      ) : null}
    </>
  );
}
