import type { ScenarioResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, Edit20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { CompetencyList } from './CompetencyList';
import { ScenarioBadges } from './ScenarioCard';
import { useUpdateScenario } from './mutations';
import { useCompetencies, useScenario } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  article: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '48rem',
    overflowWrap: 'anywhere',
  },
  back: { alignSelf: 'flex-start' },
  heading: { margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hidden: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Props of {@link ScenarioDetail}. */
export interface ScenarioDetailProps {
  spaceId: string;
  scenarioId: string;
  /** A one-line outcome to show above the scenario, e.g. after saving it. */
  notice?: string | null;
  onBack: () => void;
  /** Opens the edit form (offered to those who may edit the scenario). */
  onEdit: (id: string) => void;
}

/** One scenario opened: the customer in full, the situation, the criteria with their meaning, and, for its editors, the objections. */
export function ScenarioDetail({ spaceId, scenarioId, notice = null, onBack, onEdit }: ScenarioDetailProps) {
  const intl = useIntl();
  const styles = useStyles();
  const scenario = useScenario(spaceId, scenarioId);

  let content;
  if (scenario.isPending) content = <LoadingState label={intl.formatMessage({ id: 'roleplays.scenario.loading' })} />;
  else if (scenario.isError)
    content = (
      <ErrorState
        title="roleplays.scenario.loadFailed"
        error={scenario.error}
        onRetry={() => void scenario.refetch()}
      />
    );
  else
    content = (
      <ScenarioBody
        scenario={scenario.data}
        notice={notice}
        onEdit={() => onEdit(scenarioId)}
        onReload={() => void scenario.refetch()}
      />
    );

  return (
    <div className={styles.root}>
      <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack} className={styles.back}>
        {intl.formatMessage({ id: 'roleplays.scenario.back' })}
      </Button>
      {content}
    </div>
  );
}

interface ScenarioBodyProps {
  scenario: ScenarioResponse;
  notice: string | null;
  onEdit: () => void;
  onReload: () => void;
}

function ScenarioBody({ scenario, notice, onEdit, onReload }: ScenarioBodyProps) {
  const intl = useIntl();
  const styles = useStyles();
  const titleId = useId();
  const hiddenId = useId();
  const competencies = useCompetencies(scenario.spaceId);
  const { persona } = scenario;
  return (
    <article className={styles.article} aria-labelledby={titleId}>
      {notice ? <Notice intent="success">{notice}</Notice> : null}
      <Text as="h2" id={titleId} size={600} weight="semibold" className={styles.heading}>
        {scenario.title}
      </Text>
      <div className={styles.badges}>
        <ScenarioBadges scenario={scenario} />
      </div>
      <Text as="p" size={200} className={styles.muted}>
        {scenario.author
          ? intl.formatMessage(
              { id: 'roleplays.scenario.by' },
              { name: scenario.author.name, date: intl.formatDate(scenario.updatedAt, { dateStyle: 'medium' }) },
            )
          : intl.formatMessage(
              { id: 'roleplays.scenario.byStarter' },
              { date: intl.formatDate(scenario.updatedAt, { dateStyle: 'medium' }) },
            )}
      </Text>
      {scenario.canEdit ? <EditActions scenario={scenario} onEdit={onEdit} onReload={onReload} /> : null}

      <div className={styles.block}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.scenario.customer' })}
        </Text>
        <Text as="p" weight="semibold" className={styles.text}>
          {intl.formatMessage(
            { id: 'roleplays.scenario.personaLine' },
            { name: persona.name, role: persona.role, company: persona.company },
          )}
        </Text>
        <Text as="p" className={styles.text}>
          {intl.formatMessage({ id: 'roleplays.scenario.mood' }, { mood: persona.mood })}
        </Text>
        <Text as="h4" size={300} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.scenario.caresAbout' })}
        </Text>
        <ul className={styles.list}>
          {persona.caresAbout.map((care, index) => (
            <li key={index}>
              <Text>{care}</Text>
            </li>
          ))}
        </ul>
      </div>

      <div className={styles.block}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.scenario.situation' })}
        </Text>
        <Text as="p" className={styles.text}>
          {scenario.situation}
        </Text>
        {scenario.source.kind === 'lossTheme' ? (
          <Text as="p" className={styles.text}>
            {intl.formatMessage(
              { id: 'roleplays.scenario.source.reviews' },
              { deals: scenario.source.reviews.map((r) => r.boardName).join(', ') },
            )}
          </Text>
        ) : null}
      </div>

      <div className={styles.block}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.scenario.details' })}
        </Text>
        <Text as="p" className={styles.text}>
          {[
            intl.formatMessage({ id: 'roleplays.scenario.skillLine' }, { skill: scenario.skill.label }),
            intl.formatMessage({ id: 'roleplays.scenario.roundMinutes' }, { minutes: scenario.suggestedRoundMinutes }),
          ].join(' · ')}
        </Text>
      </div>

      <div className={styles.block}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'roleplays.scenario.criteria' })}
        </Text>
        <CompetencyList
          criteria={scenario.criteria}
          competencies={competencies.data?.items}
          label={intl.formatMessage({ id: 'roleplays.scenario.criteria' })}
        />
      </div>

      {scenario.objections ? (
        <section className={styles.hidden} aria-labelledby={hiddenId}>
          <Text as="h3" id={hiddenId} size={400} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'roleplays.scenario.objections.heading' })}
          </Text>
          <Text as="p" className={styles.muted}>
            {intl.formatMessage({ id: 'roleplays.scenario.objections.intro' })}
          </Text>
          <ol
            className={styles.list}
            aria-label={intl.formatMessage({ id: 'roleplays.scenario.objections.listLabel' })}
          >
            {scenario.objections.map((objection, index) => (
              <li key={index}>
                <Text className={styles.text}>{objection}</Text>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

/** For the author and managers: edit, and archive or restore, with a reload when someone else changed it first. */
function EditActions({ scenario, onEdit, onReload }: Omit<ScenarioBodyProps, 'notice'>) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const update = useUpdateScenario(scenario.spaceId, scenario.id);
  const conflict = update.error instanceof ApiError && update.error.status === 412;
  const toggleArchived = (): void => update.mutate({ body: { archived: !scenario.archived }, etag: scenario.etag });
  return (
    <>
      <div className={styles.actions}>
        <Button icon={<Edit20Regular />} onClick={onEdit}>
          {intl.formatMessage({ id: 'roleplays.scenario.edit' })}
        </Button>
        <Button disabled={update.isPending} onClick={toggleArchived}>
          {intl.formatMessage({
            id: scenario.archived ? 'roleplays.scenario.unarchive' : 'roleplays.scenario.archive',
          })}
        </Button>
      </div>
      {update.isSuccess ? (
        <Notice intent="success">
          {intl.formatMessage({
            id: update.data.archived ? 'roleplays.scenario.archiveDone' : 'roleplays.scenario.unarchiveDone',
          })}
        </Notice>
      ) : null}
      {conflict ? (
        <Notice intent="warning">
          {intl.formatMessage({ id: 'roleplays.scenario.conflict' })}{' '}
          <Button
            size="small"
            onClick={() => {
              update.reset();
              onReload();
            }}
          >
            {intl.formatMessage({ id: 'roleplays.scenario.reload' })}
          </Button>
        </Notice>
      ) : null}
      {update.isError && !conflict ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(update.error, info.inTeams).body })}</Notice>
      ) : null}
    </>
  );
}
