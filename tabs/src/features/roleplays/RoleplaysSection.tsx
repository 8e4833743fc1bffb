import type { Skill } from '@coachboard/api/domain';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { MessageId } from '../../i18n/en';
import { useSkills } from '../practices';
import type { SpaceData } from '../spaces';
import { RoleplayHistoryList } from './RoleplayHistoryList';
import { withRoleplayMessages } from './RoleplayMessages';
import { ScenarioDetail } from './ScenarioDetail';
import { ScenarioForm } from './ScenarioForm';
import { NO_FILTERS, ScenarioLibrary, type LibraryFilters } from './ScenarioLibrary';
import { useScenario } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
});

type View =
  | { kind: 'library' }
  | { kind: 'new' }
  | { kind: 'open'; id: string; notice: MessageId | null }
  | { kind: 'edit'; id: string };

/** The channel tab's "Role-plays" section: the scenario library, one scenario opened or edited, the team's role-plays. */
function RoleplaysSectionContent({ space }: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const skills = useSkills(space.id);
  const [view, setView] = useState<View>({ kind: 'library' });
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const open = (id: string, notice: MessageId | null = null): void => setView({ kind: 'open', id, notice });
  const back = (): void => setView({ kind: 'library' });

  if (skills.isPending) return <LoadingState label={intl.formatMessage({ id: 'roleplays.library.loading' })} />;
  if (skills.isError)
    return (
      <ErrorState title="roleplays.library.loadFailed" error={skills.error} onRetry={() => void skills.refetch()} />
    );

  switch (view.kind) {
    case 'new':
      return (
        <ScenarioForm
          spaceId={space.id}
          skills={skills.data}
          onSaved={(id) => open(id, 'roleplays.library.created')}
          onCancel={back}
        />
      );
    case 'edit':
      return (
        <EditScenario
          spaceId={space.id}
          scenarioId={view.id}
          skills={skills.data}
          onSaved={() => open(view.id, 'roleplays.library.updated')}
          onCancel={() => open(view.id)}
        />
      );
    case 'open':
      return (
        <ScenarioDetail
          spaceId={space.id}
          scenarioId={view.id}
          notice={view.notice ? intl.formatMessage({ id: view.notice }) : null}
          onBack={back}
          onEdit={(id) => setView({ kind: 'edit', id })}
        />
      );
    case 'library':
      return (
        <div className={styles.root}>
          <ScenarioLibrary
            spaceId={space.id}
            skills={skills.data}
            role={space.myRole}
            filters={filters}
            onFiltersChange={setFilters}
            onOpen={(id) => open(id)}
            onCreate={() => setView({ kind: 'new' })}
          />
          <RoleplayHistoryList spaceId={space.id} />
        </div>
      );
  }
}

interface EditScenarioProps {
  spaceId: string;
  scenarioId: string;
  skills: readonly Skill[];
  onSaved: () => void;
  onCancel: () => void;
}

/** The edit form over the scenario as last loaded; a reload after a 412 starts the form again from the new version. */
function EditScenario({ spaceId, scenarioId, skills, onSaved, onCancel }: EditScenarioProps) {
  const intl = useIntl();
  const scenario = useScenario(spaceId, scenarioId);
  if (scenario.isPending) return <LoadingState label={intl.formatMessage({ id: 'roleplays.scenario.loading' })} />;
  if (scenario.isError)
    return (
      <ErrorState
        title="roleplays.scenario.loadFailed"
        error={scenario.error}
        onRetry={() => void scenario.refetch()}
      />
    );
  return (
    <ScenarioForm
      key={scenario.data.etag}
      spaceId={spaceId}
      skills={skills}
      scenario={scenario.data}
      onSaved={onSaved}
      onCancel={onCancel}
      onReload={() => void scenario.refetch()}
    />
  );
}

/** The channel tab's "Role-plays" section, with the role-play texts (they load with the channel page). */
export const RoleplaysSection = withRoleplayMessages(RoleplaysSectionContent);
