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
  heading: { margin: 0 },
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
  const recap = useRecap(spaceId, meetingId);
  const manage = viewer ? { spaceId, meetingId, ...viewer } : undefined;
  if (recap.isPending) return <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} />;
  if (recap.isError) return <Notice intent="error">{intl.formatMessage({ id: 'meetings.recap.failed' })}</Notice>;
  const data = recap.data;
  const minutes = (value: number) => intl.formatNumber(value, { maximumFractionDigits: 1 });
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
      />
      <CaptureList
        captures={data.actions}
        heading={intl.formatMessage({ id: 'meetings.recap.actions' })}
        empty={intl.formatMessage({ id: 'meetings.recap.noActions' })}
        manage={manage}
      />
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
