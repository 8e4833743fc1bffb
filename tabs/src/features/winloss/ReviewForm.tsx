import type { ReviewBody, ReviewDraftResponse, WinlossReason } from '@coachboard/api/domain';
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSaveReview } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '36rem', minWidth: 0 },
  reasons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: '10rem' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
});

/** Props of {@link ReviewForm}. */
export interface ReviewFormProps {
  spaceId: string;
  boardId: string;
  draft: ReviewDraftResponse;
  reasons: readonly WinlossReason[];
  stages: readonly { id: string; name: string }[];
  onDone: () => void;
}

/** mm:ss of a number of seconds. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The two-minute review of a closed deal: every reason that applied (one primary), "what else?"
 * answered or skipped on purpose, competitor, both stages and deal size prefilled from the board.
 * Every control is reached with Tab and set with Space, arrows or typing; Enter saves. The form
 * shows how long it has been open, and the review records it.
 */
export function ReviewForm({ spaceId, boardId, draft, reasons, stages, onDone }: ReviewFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const save = useSaveReview(spaceId, boardId);
  const current = draft.review;
  const [chosen, setChosen] = useState<string[]>(current?.reasons.map((r) => r.key) ?? []);
  const [primary, setPrimary] = useState(current?.primary ?? '');
  const [skipped, setSkipped] = useState(current ? current.whatElse.skipped : false);
  const [answer, setAnswer] = useState(current && !current.whatElse.skipped ? current.whatElse.answer : '');
  const [competitor, setCompetitor] = useState(current?.competitor ?? '');
  const [buyerStage, setBuyerStage] = useState(current?.buyerStage ?? draft.prefill.buyerStage);
  const [salesStage, setSalesStage] = useState(current?.salesStage ?? draft.prefill.salesStage);
  const [dealSize, setDealSize] = useState(String(current?.dealSize ?? draft.prefill.dealSize));
  const [segment, setSegment] = useState(current?.segment ?? draft.prefill.segment);
  const [started] = useState(() => Date.now());
  const [seconds, setSeconds] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const primaryId = useId();
  useEffect(() => {
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [started]);

  const toggle = (key: string, on: boolean): void => {
    const next = on ? [...chosen, key] : chosen.filter((k) => k !== key);
    setChosen(next);
    if (on && next.length === 1) setPrimary(key);
    if (!on && primary === key) setPrimary(next[0] ?? '');
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (chosen.length === 0) return setProblem(intl.formatMessage({ id: 'winloss.review.needReason' }));
    if (!chosen.includes(primary)) return setProblem(intl.formatMessage({ id: 'winloss.review.needPrimary' }));
    if (!skipped && answer.trim() === '') return setProblem(intl.formatMessage({ id: 'winloss.review.needWhatElse' }));
    setProblem(null);
    const body: ReviewBody = {
      reasons: chosen,
      primary,
      whatElse: skipped ? { skipped: true } : { skipped: false, answer },
      competitor,
      buyerStage,
      salesStage,
      dealSize: Number(dealSize) || 0,
      segment,
      durationSeconds: Math.floor((Date.now() - started) / 1000),
    };
    save.mutate({ body, etag: current?.etag ?? null }, { onSuccess: onDone });
  };

  const label = (key: string): string => reasons.find((r) => r.key === key)?.label ?? key;
  return (
    <form className={styles.form} onSubmit={submit} aria-label={intl.formatMessage({ id: 'winloss.review.heading' })}>
      <Text role="timer" aria-live="off">
        {intl.formatMessage({ id: 'winloss.review.timer' }, { time: clock(seconds) })}
      </Text>
      <fieldset className={styles.reasons}>
        <legend className={styles.legend}>{intl.formatMessage({ id: 'winloss.review.reasons' })}</legend>
        {reasons.map((r) => (
          <Checkbox
            key={r.key}
            label={r.label}
            checked={chosen.includes(r.key)}
            onChange={(_, d) => toggle(r.key, d.checked === true)}
          />
        ))}
      </fieldset>
      {chosen.length > 0 ? (
        <Field label={intl.formatMessage({ id: 'winloss.review.primary' })} id={primaryId}>
          <RadioGroup value={primary} onChange={(_, d) => setPrimary(d.value)} layout="horizontal">
            {chosen.map((key) => (
              <Radio key={key} value={key} label={label(key)} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      <Field
        label={intl.formatMessage({ id: 'winloss.review.whatElse' })}
        hint={intl.formatMessage({ id: 'winloss.review.whatElseHint' })}
      >
        <Textarea value={answer} disabled={skipped} onChange={(_, d) => setAnswer(d.value)} resize="vertical" />
      </Field>
      <Checkbox
        label={intl.formatMessage({ id: 'winloss.review.nothingElse' })}
        checked={skipped}
        onChange={(_, d) => setSkipped(d.checked === true)}
      />
      <div className={styles.row}>
        <Field className={styles.grow} label={intl.formatMessage({ id: 'winloss.review.competitor' })}>
          <Input value={competitor} onChange={(_, d) => setCompetitor(d.value)} />
        </Field>
        <Field className={styles.grow} label={intl.formatMessage({ id: 'winloss.review.segment' })}>
          <Input value={segment} onChange={(_, d) => setSegment(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field className={styles.grow} label={intl.formatMessage({ id: 'winloss.review.buyerStage' })}>
          <Select value={buyerStage} onChange={(_, d) => setBuyerStage(d.value)}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.grow} label={intl.formatMessage({ id: 'winloss.review.salesStage' })}>
          <Select value={salesStage} onChange={(_, d) => setSalesStage(d.value)}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.grow} label={intl.formatMessage({ id: 'winloss.review.dealSize' })}>
          <Input type="number" min={0} value={dealSize} onChange={(_, d) => setDealSize(d.value)} />
        </Field>
      </div>
      {problem ? <Notice intent="error">{problem}</Notice> : null}
      {save.error ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(save.error, info.inTeams).body })}</Notice>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={save.isPending}>
          {intl.formatMessage({ id: 'winloss.review.save' })}
        </Button>
      </div>
    </form>
  );
}
