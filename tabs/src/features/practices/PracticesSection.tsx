import { can } from '@coachboard/api/domain';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { practiceMessages } from '../../i18n/en.practices';
import { withMessages } from '../../i18n/withMessages';
import type { SpaceData } from '../spaces';
import { Contributions } from './Contributions';
import { PracticeDetail } from './PracticeDetail';
import { PracticeForm } from './PracticeForm';
import { PracticeList } from './PracticeList';
import { SpotlightSuggestions } from './SpotlightSuggestions';
import { useSkills } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  post: { alignSelf: 'flex-start' },
});

type View = { kind: 'list' } | { kind: 'post' } | { kind: 'open'; id: string; posted: boolean };

/** The channel tab's "Practices" section: the exchange, posting, one practice opened, contributions. */
function PracticesSectionContent({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const skills = useSkills(space.id);
  const [view, setView] = useState<View>({ kind: 'list' });
  const open = (id: string): void => setView({ kind: 'open', id, posted: false });
  const back = (): void => setView({ kind: 'list' });

  if (skills.isPending) return <LoadingState label={intl.formatMessage({ id: 'practices.loading' })} />;
  if (skills.isError)
    return <ErrorState title="practices.loadFailed" error={skills.error} onRetry={() => void skills.refetch()} />;

  if (view.kind === 'post')
    return (
      <PracticeForm
        spaceId={space.id}
        skills={skills.data}
        onPosted={(id) => setView({ kind: 'open', id, posted: true })}
        onCancel={back}
      />
    );
  if (view.kind === 'open')
    return (
      <div className={styles.root}>
        {view.posted ? <Notice intent="success">{intl.formatMessage({ id: 'practices.form.posted' })}</Notice> : null}
        <PracticeDetail spaceId={space.id} practiceId={view.id} role={space.myRole} onBack={back} />
      </div>
    );
  return (
    <div className={styles.root}>
      {can(space.myRole, 'practices.post') ? (
        <Button
          className={styles.post}
          appearance="primary"
          icon={<Add20Regular />}
          onClick={() => setView({ kind: 'post' })}
        >
          {intl.formatMessage({ id: 'practices.post' })}
        </Button>
      ) : null}
      {can(space.myRole, 'practices.curate') ? <SpotlightSuggestions spaceId={space.id} onOpen={open} /> : null}
      <PracticeList spaceId={space.id} skills={skills.data} onOpen={open} />
      <Contributions spaceId={space.id} />
    </div>
  );
}

/** PracticesSection with the practices texts, which load with it. */
export const PracticesSection = withMessages(practiceMessages)(PracticesSectionContent);
