import type { MemberResponse } from '@coachboard/api/domain';
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { LogObservationForm } from './LogObservationForm';
import { ObservationCard } from './ObservationCard';
import { useObservationCompetencies, useObservations } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of {@link TeamObservations}. */
export interface TeamObservationsProps {
  spaceId: string;
  members: readonly MemberResponse[];
  /** How many to show, those that wait for feedback first. @default 20 */
  limit?: number;
}

/** A manager's observations of the team: log one by hand; feedback to give first, then the latest. */
export function TeamObservations({ spaceId, members, limit = 20 }: TeamObservationsProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const list = useObservations(spaceId);
  const competencies = useObservationCompetencies(spaceId);
  const items = [...(list.data?.items ?? [])]
    .sort((a, b) => Number(Boolean(a.feedback?.sharedAt)) - Number(Boolean(b.feedback?.sharedAt)))
    .slice(0, limit);
  return (
    <div className={styles.root}>
      <LogObservationForm spaceId={spaceId} members={members} />
      <section aria-labelledby={headingId} className={styles.root}>
        <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'observations.team.heading' })}
        </Text>
        {list.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'observations.loading' })} /> : null}
        <ErrorLine error={list.error} />
        {list.isSuccess && items.length === 0 ? (
          <Text as="p" className={styles.muted}>
            {intl.formatMessage({ id: 'observations.team.empty' })}
          </Text>
        ) : null}
        <ul className={styles.list}>
          {items.map((o) => (
            <li key={o.id}>
              <ObservationCard
                spaceId={spaceId}
                observation={o}
                competencies={competencies.data ?? []}
                reader="manager"
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
