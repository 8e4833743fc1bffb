import { quarterOf } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { useCreditSettings, useCredits, useRecognition } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  number: { width: '7rem' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The team's points on qualified and won, set by a manager. */
function PointsForm({ spaceId, qualified, won }: { spaceId: string; qualified: number; won: number }) {
  const intl = useIntl();
  const styles = useStyles();
  const settings = useCreditSettings(spaceId);
  const [q, setQ] = useState(String(qualified));
  const [w, setW] = useState(String(won));
  const valid = [q, w].every((v) => /^\d{1,5}$/.test(v) && Number(v) <= 10_000);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) settings.points.mutate({ qualified: Number(q), won: Number(w) });
  };
  return (
    <form className={styles.row} onSubmit={submit}>
      <Field label={intl.formatMessage({ id: 'opportunities.manage.qualified' })}>
        <Input
          className={styles.number}
          type="number"
          min={0}
          max={10000}
          value={q}
          onChange={(_, d) => setQ(d.value)}
        />
      </Field>
      <Field label={intl.formatMessage({ id: 'opportunities.manage.won' })}>
        <Input
          className={styles.number}
          type="number"
          min={0}
          max={10000}
          value={w}
          onChange={(_, d) => setW(d.value)}
        />
      </Field>
      <Button type="submit" disabled={!valid || settings.points.isPending}>
        {intl.formatMessage({ id: 'opportunities.manage.save' })}
      </Button>
      {settings.points.isSuccess ? (
        <Text role="status" className={styles.muted}>
          {intl.formatMessage({ id: 'opportunities.manage.saved' })}
        </Text>
      ) : null}
      <ErrorLine error={settings.points.error} />
    </form>
  );
}

/** For managers: the team's points, and the quarter's recognition board with rewards to mark as given. */
export function Recognition({ spaceId }: { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const boardId = useId();
  const quarter = quarterOf(new Date().toISOString());
  const credits = useCredits(spaceId);
  const board = useRecognition(spaceId, quarter);
  const settings = useCreditSettings(spaceId);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'opportunities.manage.heading' })}
      </Text>
      {credits.data ? <PointsForm spaceId={spaceId} {...credits.data.points} /> : null}
      <Text as="h4" id={boardId} size={300} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'opportunities.recognition.heading' }, { quarter })}
      </Text>
      {board.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'opportunities.loading' })} /> : null}
      <ErrorLine error={board.error} />
      {board.data ? (
        <>
          {board.data.rows.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {intl.formatMessage({ id: 'opportunities.recognition.none' })}
            </Text>
          ) : (
            <ul className={styles.list} aria-labelledby={boardId}>
              {board.data.rows.map((r) => (
                <li key={r.contributorId} className={styles.item}>
                  <Text>
                    {intl.formatMessage(
                      { id: 'opportunities.recognition.row' },
                      { name: r.contributorName, points: r.points, count: r.opportunities },
                    )}
                  </Text>
                  {r.rewardGivenAt ? (
                    <Text className={styles.muted}>
                      {intl.formatMessage(
                        { id: 'opportunities.recognition.given' },
                        { date: intl.formatDate(r.rewardGivenAt, { dateStyle: 'medium' }) },
                      )}
                    </Text>
                  ) : (
                    <Button
                      size="small"
                      disabled={settings.reward.isPending}
                      onClick={() => settings.reward.mutate({ quarter, contributorId: r.contributorId })}
                    >
                      {intl.formatMessage({ id: 'opportunities.recognition.give' }, { name: r.contributorName })}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {board.data.notShown > 0 ? (
            <Text as="p" size={200} className={styles.muted}>
              {intl.formatMessage({ id: 'opportunities.recognition.notShown' }, { count: board.data.notShown })}
            </Text>
          ) : null}
        </>
      ) : null}
      <ErrorLine error={settings.reward.error} />
    </section>
  );
}
