import {
  makeStyles,
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
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useContributions } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  table: { maxWidth: '40rem' },
});

/** Posts, adoptions and reported outcomes per member, in name order: credit for sharing, no ranking. */
export function Contributions({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const contributions = useContributions(spaceId);
  let content;
  if (contributions.isPending)
    content = <LoadingState label={intl.formatMessage({ id: 'practices.contributions.loading' })} />;
  else if (contributions.isError)
    content = (
      <ErrorState
        title="practices.contributions.failed"
        error={contributions.error}
        onRetry={() => void contributions.refetch()}
      />
    );
  else
    content = (
      <Table className={styles.table} aria-labelledby={headingId} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{intl.formatMessage({ id: 'practices.contributions.member' })}</TableHeaderCell>
            <TableHeaderCell>{intl.formatMessage({ id: 'practices.contributions.posts' })}</TableHeaderCell>
            <TableHeaderCell>{intl.formatMessage({ id: 'practices.contributions.adoptions' })}</TableHeaderCell>
            <TableHeaderCell>{intl.formatMessage({ id: 'practices.contributions.outcomes' })}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {contributions.data.items.map((member) => (
            <TableRow key={member.userId}>
              <TableCell>{member.name}</TableCell>
              <TableCell>{member.posts}</TableCell>
              <TableCell>{member.adoptions}</TableCell>
              <TableCell>{member.outcomesReported}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.contributions.heading' })}
      </Text>
      {content}
    </section>
  );
}
