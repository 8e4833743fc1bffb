import {
  BARRIER_CATEGORIES,
  BARRIER_LIMITS,
  BARRIER_URGENCIES,
  type BarrierCategory,
  type BarrierUrgency,
  type SpaceResponse,
} from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ErrorLine } from './ErrorLine';
import { useBarrierBoards, useRaiseBarrier } from './queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem', minWidth: 0 },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: '8rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  done: { margin: 0, color: tokens.colorPaletteGreenForeground1 },
});

/** Props of {@link RaiseBarrierForm}. */
export interface RaiseBarrierFormProps {
  /** Teams I can raise it in; a choice is offered only when there are several. */
  spaces: readonly Pick<SpaceResponse, 'id' | 'name'>[];
  /** Called after a successful raise (else the form says it was raised and stays for the next). */
  onRaised?: () => void;
  /** Offers "Cancel" when given. */
  onCancel?: () => void;
}

/**
 * "Raise a barrier" in under 30 seconds: what blocks me (focused first), its kind, how urgent;
 * impact, an account board and sharing with the team are optional. Private and medium by default.
 */
export function RaiseBarrierForm({ spaces, onRaised, onCancel }: RaiseBarrierFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const raise = useRaiseBarrier();
  const [spaceId, setSpaceId] = useState(spaces[0]?.id ?? '');
  const [category, setCategory] = useState<BarrierCategory>('other');
  const [text, setText] = useState('');
  const [impact, setImpact] = useState('');
  const [urgency, setUrgency] = useState<BarrierUrgency>('medium');
  const [shared, setShared] = useState(false);
  const [boardId, setBoardId] = useState('');
  const [done, setDone] = useState(false);
  const boards = useBarrierBoards(spaceId, Boolean(spaceId));
  const valid = Boolean(spaceId) && text.trim().length > 0;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!valid) return;
    raise.mutate(
      {
        spaceId,
        body: {
          category,
          text: text.trim(),
          impact,
          urgency,
          visibility: shared ? 'team' : 'private',
          boardId: boardId || null,
        },
      },
      {
        onSuccess: () => {
          setDone(true);
          setText('');
          setImpact('');
          setBoardId('');
          onRaised?.();
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'barriers.raise.heading' })}
      </Text>
      {spaces.length > 1 ? (
        <Field label={intl.formatMessage({ id: 'barriers.raise.team' })}>
          <Select value={spaceId} onChange={(_, d) => setSpaceId(d.value)}>
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field
        label={intl.formatMessage({ id: 'barriers.raise.text' })}
        hint={intl.formatMessage({ id: 'barriers.raise.textHint' })}
        required
      >
        <Input
          autoFocus
          value={text}
          maxLength={BARRIER_LIMITS.textMax}
          onChange={(_, d) => {
            setText(d.value);
            setDone(false);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Field label={intl.formatMessage({ id: 'barriers.raise.category' })} className={styles.grow}>
          <Select value={category} onChange={(_, d) => setCategory(d.value as BarrierCategory)}>
            {BARRIER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {intl.formatMessage({ id: `barriers.category.${c}` })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={intl.formatMessage({ id: 'barriers.raise.urgency' })} className={styles.grow}>
          <Select value={urgency} onChange={(_, d) => setUrgency(d.value as BarrierUrgency)}>
            {BARRIER_URGENCIES.map((u) => (
              <option key={u} value={u}>
                {intl.formatMessage({ id: `barriers.urgency.${u}` })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={intl.formatMessage({ id: 'barriers.raise.impact' })}>
        <Textarea
          value={impact}
          maxLength={BARRIER_LIMITS.impactMax}
          resize="vertical"
          onChange={(_, d) => setImpact(d.value)}
        />
      </Field>
      {(boards.data ?? []).length > 0 ? (
        <Field label={intl.formatMessage({ id: 'barriers.raise.board' })}>
          <Select value={boardId} onChange={(_, d) => setBoardId(d.value)}>
            <option value="">{intl.formatMessage({ id: 'barriers.raise.noBoard' })}</option>
            {(boards.data ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Checkbox
        checked={shared}
        onChange={(_, d) => setShared(d.checked === true)}
        label={intl.formatMessage({ id: 'barriers.raise.shareTeam' })}
      />
      <ErrorLine error={raise.error} />
      {done && !onRaised ? (
        <Text as="p" role="status" className={styles.done}>
          {intl.formatMessage({ id: 'barriers.raise.done' })}
        </Text>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!valid || raise.isPending}>
          {intl.formatMessage({ id: 'barriers.raise.submit' })}
        </Button>
        {onCancel ? (
          <Button type="button" onClick={onCancel}>
            {intl.formatMessage({ id: 'barriers.raise.cancel' })}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
