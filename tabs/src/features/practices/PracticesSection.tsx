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
import { ArchivedPractices } from './ArchivedPractices';
import { Contributions } from './Contributions';
import { PracticeDetail } from './PracticeDetail';
import { PracticeForm } from './PracticeForm';
import { PracticeList } from './PracticeList';
import { SkillsEditor } from './SkillsEditor';
import { SpotlightSuggestions } from './SpotlightSuggestions';
import { usePractice, useSkills } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  post: { alignSelf: 'flex-start' },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type View =
  | { kind: 'list' }
  | { kind: 'post' }
  | { kind: 'open'; id: string; posted: boolean; saved?: boolean }
  | { kind: 'edit'; id: string }
  | { kind: 'skills' };

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
  if (view.kind === 'skills') return <SkillsEditor spaceId={space.id} onDone={back} />;
  if (view.kind === 'edit')
    return (
      <EditPractice
        spaceId={space.id}
        practiceId={view.id}
        skills={skills.data}
        onSaved={() => setView({ kind: 'open', id: view.id, posted: false, saved: true })}
        onCancel={() => open(view.id)}
      />
    );
  if (view.kind === 'open')
    return (
      <div className={styles.root}>
        {view.posted ? <Notice intent="success">{intl.formatMessage({ id: 'practices.form.posted' })}</Notice> : null}
        {view.saved ? <Notice intent="success">{intl.formatMessage({ id: 'practices.edit.saved' })}</Notice> : null}
        <PracticeDetail
          spaceId={space.id}
          practiceId={view.id}
          role={space.myRole}
          onBack={back}
          onEdit={(practice) => setView({ kind: 'edit', id: practice.id })}
        />
      </div>
    );
  return (
    <div className={styles.root}>
      <div className={styles.top}>
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
        {can(space.myRole, 'skills.edit') ? (
          <Button onClick={() => setView({ kind: 'skills' })}>
            {intl.formatMessage({ id: 'practices.skills.open' })}
          </Button>
        ) : null}
      </div>
      {can(space.myRole, 'practices.curate') ? <SpotlightSuggestions spaceId={space.id} onOpen={open} /> : null}
      <PracticeList spaceId={space.id} skills={skills.data} onOpen={open} />
      <ArchivedPractices spaceId={space.id} onOpen={open} />
      <Contributions spaceId={space.id} />
    </div>
  );
}

/** Props of {@link EditPractice}. */
interface EditPracticeProps {
  spaceId: string;
  practiceId: string;
  skills: Parameters<typeof PracticeForm>[0]['skills'];
  onSaved: () => void;
  onCancel: () => void;
}

/** The edit form over the practice as last loaded; "load theirs" after a 412 starts it again from the new version. */
function EditPractice({ spaceId, practiceId, skills, onSaved, onCancel }: EditPracticeProps) {
  const intl = useIntl();
  const practice = usePractice(spaceId, practiceId);
  // The form starts from the version loaded first, and again only when the editor loads theirs.
  const [generation, setGeneration] = useState(0);
  if (practice.isPending) return <LoadingState label={intl.formatMessage({ id: 'practices.loadingOne' })} />;
  if (practice.isError)
    return (
      <ErrorState title="practices.loadOneFailed" error={practice.error} onRetry={() => void practice.refetch()} />
    );
  return (
    <PracticeForm
      key={generation}
      spaceId={spaceId}
      skills={skills}
      practice={practice.data}
      onPosted={onSaved}
      onCancel={onCancel}
      onReload={() => void practice.refetch().then(() => setGeneration((g) => g + 1))}
    />
  );
}

/** PracticesSection with the practices texts, which load with it. */
export const PracticesSection = withMessages(practiceMessages)(PracticesSectionContent);
