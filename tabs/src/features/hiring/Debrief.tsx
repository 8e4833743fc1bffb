import type { HiringDecision, HiringLoopResponse, MemberResponse } from '@coachboard/api/domain';
import {
  Badge,
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { PersonPicker } from '../people';
import { reasonOf } from './errors';
import { useDecide, useLinkHire } from './hiringApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  scroll: { overflowX: 'auto' },
  disagreement: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
});

/** The panel's scores side by side per competency, the weighted total, disagreements, and the decision. */
export function Debrief({
  spaceId,
  loop,
  members,
}: {
  spaceId: string;
  loop: HiringLoopResponse;
  members: readonly MemberResponse[];
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const decide = useDecide(spaceId, loop.id);
  const link = useLinkHire(spaceId, loop.id);
  const [decision, setDecision] = useState<HiringDecision | ''>('');
  const [reason, setReason] = useState('');
  const [hire, setHire] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const debrief = loop.debrief;
  const panel = [...(loop.myCard ? [loop.myCard] : []), ...loop.cards];
  const onError = (error: unknown) =>
    setProblem(intl.formatMessage({ id: 'hiring.saveFailed' }, { reason: reasonOf(error) }));

  const record = (event: FormEvent) => {
    event.preventDefault();
    if (!decision) return;
    decide.mutate({ decision, reason }, { onError });
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'hiring.debrief.heading' })}
      </Text>
      {debrief ? (
        <>
          <div className={styles.scroll}>
            <Table aria-labelledby={headingId} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{intl.formatMessage({ id: 'hiring.debrief.competency' })}</TableHeaderCell>
                  <TableHeaderCell>{intl.formatMessage({ id: 'hiring.debrief.weight' })}</TableHeaderCell>
                  {panel.map((card) => (
                    <TableHeaderCell key={card.interviewerId}>{card.interviewerName}</TableHeaderCell>
                  ))}
                  <TableHeaderCell>{intl.formatMessage({ id: 'hiring.debrief.spread' })}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {debrief.rows.map((row) => (
                  <TableRow key={row.key} className={row.disagreement ? styles.disagreement : undefined}>
                    <TableCell>{row.label}</TableCell>
                    <TableCell>{row.weight}</TableCell>
                    {panel.map((card) => (
                      <TableCell key={card.interviewerId}>
                        {row.ratings.find((r) => r.interviewerId === card.interviewerId)?.rating ?? '–'}
                      </TableCell>
                    ))}
                    <TableCell>
                      {row.spread}{' '}
                      {row.disagreement ? (
                        <Badge color="warning" appearance="tint">
                          {intl.formatMessage({ id: 'hiring.debrief.disagreement' })}
                        </Badge>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Text weight="semibold">
            {debrief.weightedScore === null
              ? intl.formatMessage({ id: 'hiring.debrief.noTotal' })
              : intl.formatMessage({ id: 'hiring.debrief.total' }, { score: debrief.weightedScore })}
          </Text>
        </>
      ) : null}
      {loop.decision ? (
        <Text>
          {intl.formatMessage(
            { id: 'hiring.debrief.recorded' },
            {
              decision: intl.formatMessage({ id: `hiring.decision.${loop.decision}` }),
              reason: loop.decisionReason ?? '',
            },
          )}
        </Text>
      ) : loop.viewer === 'manager' ? (
        <form className={styles.form} onSubmit={record}>
          <Field label={intl.formatMessage({ id: 'hiring.debrief.decision' })} required>
            <RadioGroup value={decision} onChange={(_, d) => setDecision(d.value as HiringDecision)}>
              <Radio value="hire" label={intl.formatMessage({ id: 'hiring.decision.hire' })} />
              <Radio value="noHire" label={intl.formatMessage({ id: 'hiring.decision.noHire' })} />
            </RadioGroup>
          </Field>
          <Field label={intl.formatMessage({ id: 'hiring.debrief.reason' })} required>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Button appearance="primary" type="submit" disabled={decide.isPending || !decision || !reason.trim()}>
            {intl.formatMessage({ id: 'hiring.debrief.record' })}
          </Button>
        </form>
      ) : null}
      {loop.decision === 'hire' && loop.viewer === 'manager' ? (
        loop.hiredUserId ? (
          <Text>
            {intl.formatMessage(
              { id: 'hiring.hire.linked' },
              { name: members.find((m) => m.userId === loop.hiredUserId)?.name ?? '' },
            )}
          </Text>
        ) : (
          <form
            className={styles.form}
            onSubmit={(event) => {
              event.preventDefault();
              if (hire) link.mutate(hire, { onError });
            }}
          >
            <Text weight="semibold">{intl.formatMessage({ id: 'hiring.hire.heading' })}</Text>
            <PersonPicker
              label={intl.formatMessage({ id: 'hiring.hire.member' })}
              members={members.filter((m) => m.role === 'rep')}
              value={hire}
              emptyLabel=""
              onChange={setHire}
            />
            <Button type="submit" disabled={!hire || link.isPending}>
              {intl.formatMessage({ id: 'hiring.hire.link' })}
            </Button>
          </form>
        )
      ) : null}
      {problem ? <Notice intent="error">{problem}</Notice> : null}
    </section>
  );
}
