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
import { Notice } from '../../components/Notice';
import { CaptureList } from './CaptureList';
import { useRecap } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, marginBlockEnd: tokens.spacingVerticalXS },
  body: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  number: { fontVariantNumeric: 'tabular-nums' },
});

/** Props of {@link Recap}. */
export interface RecapProps {
  spaceId: string;
  meetingId: string;
  /** The viewer, when captures may be corrected here (their own; any for a manager). */
  viewer?: { meId: string | null; isManager: boolean };
}

/** After the meeting: decisions, actions with owners and due dates, planned vs actual minutes, selling time. */
export function Recap({ spaceId, meetingId, viewer }: RecapProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const tableId = useId();
  const roleplaysId = useId();
  const recap = useRecap(spaceId, meetingId);
  const manage = viewer ? { spaceId, meetingId, ...viewer } : undefined;
  if (recap.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  if (recap.isError) return <Notice intent="error">{intl.formatMessage({ id: 'meetings.recap.failed' })}</Notice>;
  const data = recap.data;
  // Whole minutes: "12", never "0.1".
  const minutes = (value: number) => intl.formatNumber(Math.round(value), { maximumFractionDigits: 0 });
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.recap.heading' }, { title: data.meeting.title })}
      </Text>
      <Text as="p">
        {intl.formatMessage(
          { id: 'meetings.recap.ratio' },
          {
            actual: Math.round(data.actualSellingRatio * 100),
            planned: Math.round(data.plannedSellingRatio * 100),
            actualMinutes: minutes(data.actualMinutes),
            plannedMinutes: minutes(data.plannedMinutes),
          },
        )}
      </Text>
      <CaptureList
        captures={data.decisions}
        heading={intl.formatMessage({ id: 'meetings.recap.decisions' })}
        empty={intl.formatMessage({ id: 'meetings.recap.noDecisions' })}
        manage={manage}
        showKind={false}
      />
      <CaptureList
        captures={data.actions}
        heading={intl.formatMessage({ id: 'meetings.recap.actions' })}
        empty={intl.formatMessage({ id: 'meetings.recap.noActions' })}
        manage={manage}
        showKind={false}
      />
      <section aria-labelledby={roleplaysId}>
        <Text as="h3" id={roleplaysId} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'meetings.recap.roleplays' })}
        </Text>
        {data.roleplays.length === 0 ? (
          <Text as="p" className={styles.body}>
            {intl.formatMessage({ id: 'meetings.recap.noRoleplays' })}
          </Text>
        ) : (
          <ul className={styles.list} aria-labelledby={roleplaysId}>
            {data.roleplays.map((r) => (
              <li key={r.id}>
                <Text>
                  {intl.formatMessage(
                    { id: 'meetings.recap.roleplay' },
                    {
                      title: r.title,
                      rep: r.repName ?? intl.formatMessage({ id: 'meetings.noOwner' }),
                      rounds: r.roundsPlayed,
                    },
                  )}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Text as="h3" id={tableId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.recap.minutes' })}
      </Text>
      <Table aria-labelledby={tableId} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{intl.formatMessage({ id: 'meetings.recap.item' })}</TableHeaderCell>
            <TableHeaderCell>{intl.formatMessage({ id: 'meetings.recap.planned' })}</TableHeaderCell>
            <TableHeaderCell>{intl.formatMessage({ id: 'meetings.recap.actual' })}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.items.map((item) => (
            <TableRow key={item.itemId}>
              <TableCell>{item.title}</TableCell>
              <TableCell className={styles.number}>{minutes(item.plannedMinutes)}</TableCell>
              <TableCell className={styles.number}>{minutes(item.actualMinutes)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
