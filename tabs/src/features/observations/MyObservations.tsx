import type { MyObservationsResponse } from '@coachboard/api/domain';
import {
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { ObservationCard } from './ObservationCard';
import { formatDay } from './format';
import { useMyObservations, useObservationCompetencies } from './queries';

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
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  cell: { whiteSpace: 'nowrap' },
});

type Item = MyObservationsResponse['items'][number];

function MyItem({ item }: { item: Item }) {
  const competencies = useObservationCompetencies(item.spaceId);
  return (
    <ObservationCard
      spaceId={item.spaceId}
      observation={item}
      competencies={competencies.data ?? []}
      reader="rep"
      context={item.spaceName}
    />
  );
}

/**
 * The rep's own observations across their teams, what waits for them first (self-assessments, then
 * feedback to acknowledge), and their competency trend from observations, self-assessments and
 * role-plays, as a table.
 */
export function MyObservations() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const trendId = useId();
  const mine = useMyObservations();
  if (mine.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'observations.loading' })} />;
  if (mine.isError) return <ErrorLine error={mine.error} />;
  const order = { selfAssessmentDue: 0, feedbackShared: 1, awaitingFeedback: 2, acknowledged: 3 } as const;
  const items = [...mine.data.items].sort((a, b) => order[a.status] - order[b.status]);
  if (items.length === 0 && mine.data.trend.length === 0) return null;
  return (
    <div className={styles.root}>
      {items.length > 0 ? (
        <section className={styles.root} aria-labelledby={headingId}>
          <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'observations.mine.heading' })}
          </Text>
          <ul className={styles.list}>
            {items.map((item) => (
              <li key={`${item.spaceId}-${item.id}`}>
                <MyItem item={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mine.data.trend.length > 0 ? (
        <section className={styles.root} aria-labelledby={trendId}>
          <Text as="h3" id={trendId} size={400} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'observations.trendMine.heading' })}
          </Text>
          <div className={styles.scroll}>
            <Table size="extra-small" aria-labelledby={trendId}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{intl.formatMessage({ id: 'observations.trendMine.competency' })}</TableHeaderCell>
                  <TableHeaderCell>{intl.formatMessage({ id: 'observations.trendMine.points' })}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {mine.data.trend.map((series) => (
                  <TableRow key={series.competency}>
                    <TableCell className={styles.cell}>{series.label}</TableCell>
                    <TableCell>
                      {series.points
                        .map((p) =>
                          intl.formatMessage(
                            { id: 'observations.trendMine.point' },
                            {
                              date: formatDay(intl, p.at),
                              source: intl.formatMessage({ id: `observations.source.${p.source}` }),
                              rating: p.rating,
                            },
                          ),
                        )
                        .join(' → ')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
