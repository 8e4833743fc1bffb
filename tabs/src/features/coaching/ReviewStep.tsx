import type { CommitmentOutcome, CommitmentResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { CommitmentBadge } from './CommitmentList';
import { useReviewCommitment } from './queries';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere', flex: '1 1 10rem', margin: 0 },
  why: { color: tokens.colorNeutralForeground2 },
});

const OUTCOMES: readonly CommitmentOutcome[] = ['done', 'notDone', 'changed'];

/** Props of {@link ReviewStep}. */
export interface ReviewStepProps {
  spaceId: string;
  sessionId: string;
  commitments: readonly CommitmentResponse[];
}

/** The start of a session: each commitment of last time, done, not done or changed, with a word why. */
export function ReviewStep({ spaceId, sessionId, commitments }: ReviewStepProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {commitments.map((c) => (
        <li key={`${c.planSessionId}|${c.actionId}`} className={styles.item}>
          <ReviewItem spaceId={spaceId} sessionId={sessionId} commitment={c} />
        </li>
      ))}
    </ul>
  );
}

function ReviewItem({
  spaceId,
  sessionId,
  commitment,
}: {
  spaceId: string;
  sessionId: string;
  commitment: CommitmentResponse;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const review = useReviewCommitment(spaceId, sessionId);
  const [outcome, setOutcome] = useState<CommitmentOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missingReason = tried && reason.trim() === '';

  const save = () => {
    setTried(true);
    if (!outcome || reason.trim() === '') return;
    review.mutate({ planSessionId: commitment.planSessionId, actionId: commitment.actionId, outcome, reason });
  };

  return (
    <>
      <div className={styles.line}>
        <Text as="p" className={styles.text}>
          {commitment.text}
        </Text>
        <CommitmentBadge commitment={commitment} />
      </div>
      {commitment.review ? (
        <Text size={200} className={styles.why}>
          {intl.formatMessage({ id: 'coaching.commitment.why' }, { reason: commitment.review.reason })}
        </Text>
      ) : (
        <>
          <Field label={intl.formatMessage({ id: 'coaching.review.outcome' })} size="small">
            <RadioGroup
              layout="horizontal"
              value={outcome}
              onChange={(_, d) => setOutcome(d.value as CommitmentOutcome)}
            >
              {OUTCOMES.map((o) => (
                <Radio key={o} value={o} label={intl.formatMessage({ id: `coaching.outcome.${o}` })} />
              ))}
            </RadioGroup>
          </Field>
          <Field
            label={intl.formatMessage({ id: 'coaching.review.reason' })}
            size="small"
            required
            validationState={missingReason ? 'error' : 'none'}
            validationMessage={missingReason ? intl.formatMessage({ id: 'coaching.review.needsReason' }) : undefined}
          >
            <Input size="small" value={reason} onChange={(_, d) => setReason(d.value)} maxLength={300} />
          </Field>
          {review.isError ? <Notice intent="error">{intl.formatMessage({ id: 'coaching.saveFailed' })}</Notice> : null}
          <div>
            <Button size="small" onClick={save} disabled={!outcome || review.isPending}>
              {intl.formatMessage({ id: 'coaching.review.save' })}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
