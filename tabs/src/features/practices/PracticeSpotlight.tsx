import type { SpotlightResponse } from '@coachboard/api/domain';
import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { practiceMessages } from '../../i18n/en.practices';
import { withMessages } from '../../i18n/withMessages';
import type { LinkedContentProps } from '../linkedContent';
import { AdoptButton } from './AdoptButton';
import { AdoptionStats } from './AdoptionStats';
import { ProvenBadge } from './ProvenBadge';
import { describeContext } from './labels';
import { OUTCOME_LABELS } from './outcomeLabels';
import { useSpotlight } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflowWrap: 'anywhere' },
  stage: { gap: tokens.spacingVerticalXL },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  stageList: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  adopt: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

/**
 * A practice's spotlight, linked from an agenda item: on the stage the result, the steps and how it
 * went for peers, readable from across a room; in the side panel the gist and "I'll try this".
 */
function PracticeSpotlight({ spaceId, id, density }: LinkedContentProps) {
  const intl = useIntl();
  const spotlight = useSpotlight(spaceId, id);
  if (spotlight.isPending) return <LoadingState label={intl.formatMessage({ id: 'practices.loadingOne' })} />;
  if (spotlight.isError)
    return (
      <ErrorState title="practices.loadOneFailed" error={spotlight.error} onRetry={() => void spotlight.refetch()} />
    );
  return density === 'stage' ? <StageSpotlight data={spotlight.data} /> : <PanelSpotlight data={spotlight.data} />;
}

function StageSpotlight({ data }: { data: SpotlightResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { practice } = data;
  return (
    <article className={mergeClasses(styles.root, styles.stage)} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h2" id={headingId} size={900} weight="semibold" className={styles.heading}>
          {practice.title}
        </Text>
        {practice.proven ? <ProvenBadge size="extra-large" /> : null}
      </div>
      <Text as="p" size={500} className={styles.muted}>
        {`${practice.author.name} · ${describeContext(practice.context)}`}
      </Text>
      <section aria-labelledby={`${headingId}-result`} className={styles.root}>
        <Text as="h3" id={`${headingId}-result`} size={700} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'practices.result' })}
        </Text>
        <Text as="p" size={600} className={styles.text}>
          {practice.result.text}
        </Text>
        {practice.result.measureText ? (
          <Text as="p" size={700} weight="semibold" className={styles.text}>
            {practice.result.measureText}
          </Text>
        ) : null}
      </section>
      <section aria-labelledby={`${headingId}-actions`} className={styles.root}>
        <Text as="h3" id={`${headingId}-actions`} size={700} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'practices.actions' })}
        </Text>
        <ol className={mergeClasses(styles.list, styles.stageList)}>
          {practice.actions.map((action, index) => (
            <li key={index}>{action}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby={`${headingId}-outcomes`} className={styles.root}>
        <Text as="h3" id={`${headingId}-outcomes`} size={700} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'practices.spotlight.outcomes' })}
        </Text>
        <Text size={600}>
          <AdoptionStats adoption={practice.adoption} />
        </Text>
        {data.outcomes.length > 0 ? (
          <ul className={mergeClasses(styles.list, styles.stageList)}>
            {data.outcomes.map((outcome, index) => (
              <li key={index}>
                {intl.formatMessage(
                  { id: 'practices.adopterOutcome' },
                  { name: outcome.name, outcome: intl.formatMessage({ id: OUTCOME_LABELS[outcome.outcome] }) },
                )}
                {outcome.note ? ` — ${outcome.note}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {data.trying.length > 0 ? (
          <Text as="p" size={500} className={styles.muted}>
            {intl.formatMessage(
              { id: 'practices.spotlight.trying' },
              { names: intl.formatList(data.trying.map((t) => t.name)) },
            )}
          </Text>
        ) : null}
      </section>
    </article>
  );
}

function PanelSpotlight({ data }: { data: SpotlightResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { practice } = data;
  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {practice.title}
        </Text>
        {practice.proven ? <ProvenBadge /> : null}
      </div>
      <Text as="p" className={styles.text}>
        {practice.result.measureText ?? practice.result.text}
      </Text>
      <ol className={styles.list} aria-label={intl.formatMessage({ id: 'practices.actions' })}>
        {practice.actions.map((action, index) => (
          <li key={index}>{action}</li>
        ))}
      </ol>
      <AdoptionStats adoption={practice.adoption} />
      <div className={styles.adopt}>
        <AdoptButton spaceId={practice.spaceId} practiceId={practice.id} authorId={practice.author.userId} />
      </div>
    </article>
  );
}

/** PracticeSpotlight with the practices texts, which load with it. */
export default withMessages(practiceMessages)(PracticeSpotlight);
