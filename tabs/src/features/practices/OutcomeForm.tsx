import { AdoptionOutcome, PRACTICE_LIMITS } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useRecordOutcome } from './mutations';
import { OUTCOME_LABELS } from './outcomeLabels';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem' },
  submit: { alignSelf: 'flex-start' },
});

/** Props of {@link OutcomeForm}. */
export interface OutcomeFormProps {
  spaceId: string;
  practiceId: string;
  /** The practice's title, naming the form for screen readers. */
  title: string;
}

/** How a practice went for me: worked, didn't, or not applicable, with an optional note. */
export function OutcomeForm({ spaceId, practiceId, title }: OutcomeFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const record = useRecordOutcome(spaceId, practiceId);
  const [outcome, setOutcome] = useState<AdoptionOutcome | ''>('');
  const [note, setNote] = useState('');

  return (
    <form
      className={styles.form}
      aria-label={intl.formatMessage({ id: 'practices.outcome.formLabel' }, { title })}
      onSubmit={(event) => {
        event.preventDefault();
        if (outcome) record.mutate({ outcome, ...(note.trim() ? { note } : {}) });
      }}
    >
      <Field label={intl.formatMessage({ id: 'practices.outcome.question' })} required>
        <RadioGroup value={outcome} onChange={(_, data) => setOutcome(AdoptionOutcome.parse(data.value))}>
          {AdoptionOutcome.options.map((option) => (
            <Radio key={option} value={option} label={intl.formatMessage({ id: OUTCOME_LABELS[option] })} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={intl.formatMessage({ id: 'practices.outcome.note' })}>
        <Textarea value={note} maxLength={PRACTICE_LIMITS.noteMax} onChange={(_, data) => setNote(data.value)} />
      </Field>
      <Button type="submit" className={styles.submit} disabled={!outcome || record.isPending}>
        {intl.formatMessage({ id: record.isPending ? 'practices.outcome.saving' : 'practices.outcome.submit' })}
      </Button>
      {record.isError ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(record.error, info.inTeams).body })}</Notice>
      ) : null}
    </form>
  );
}
