import type { ReviewResponse } from '@coachboard/api/domain';
import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { MessageId } from '../../i18n/en';
import { winlossMessages } from '../../i18n/en.winloss';
import { withMessages } from '../../i18n/withMessages';
import { CustomerForm } from './CustomerForm';
import { clock, ReviewForm } from './ReviewForm';
import { useReview, useSetFinal, useTaxonomy } from './queries';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0 },
  facts: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  quotes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  quote: { margin: 0, whiteSpace: 'pre-wrap', fontStyle: 'italic' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Props of {@link ReviewPanel}. */
export interface ReviewPanelProps {
  spaceId: string;
  boardId: string;
  stages: readonly { id: string; name: string }[];
}

type Mode = 'view' | 'edit' | 'customer';

/** A closed deal's review on its board: the form until it is written, then the review and its actions. */
function ReviewPanel({ spaceId, boardId, stages }: ReviewPanelProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const draft = useReview(spaceId, boardId);
  const taxonomy = useTaxonomy(spaceId);
  const [mode, setMode] = useState<Mode>('view');
  const final = useSetFinal(spaceId, boardId);
  const error = draft.error ?? taxonomy.error;
  let content;
  if (error) {
    content = <ErrorState title="winloss.loadFailed" error={error} onRetry={() => void draft.refetch()} />;
  } else if (!draft.data || !taxonomy.data) {
    content = <LoadingState label={intl.formatMessage({ id: 'winloss.loading' })} />;
  } else if (!draft.data.review || mode === 'edit') {
    const mayWrite = draft.data.review ? draft.data.review.canEdit : true;
    content = mayWrite ? (
      <>
        {!draft.data.review ? <Text>{intl.formatMessage({ id: 'winloss.review.ask' })}</Text> : null}
        <ReviewForm
          spaceId={spaceId}
          boardId={boardId}
          draft={draft.data}
          reasons={taxonomy.data.reasons}
          stages={stages}
          onDone={() => setMode('view')}
        />
      </>
    ) : null;
  } else if (mode === 'customer') {
    content = (
      <CustomerForm
        spaceId={spaceId}
        review={draft.data.review}
        reasons={taxonomy.data.reasons}
        onDone={() => setMode('view')}
      />
    );
  } else {
    const review = draft.data.review;
    content = (
      <>
        <ReviewFacts review={review} stages={stages} />
        <div className={styles.actions}>
          {review.canEdit ? (
            <Button onClick={() => setMode('edit')}>{intl.formatMessage({ id: 'winloss.review.edit' })}</Button>
          ) : null}
          {review.canRecordCustomer ? (
            <Button onClick={() => setMode('customer')}>
              {intl.formatMessage({ id: review.customer ? 'winloss.customer.edit' : 'winloss.customer.open' })}
            </Button>
          ) : null}
          {review.canFinalize ? (
            <Button
              disabled={final.isPending}
              onClick={() => final.mutate({ final: !review.final, etag: review.etag })}
            >
              {intl.formatMessage({ id: review.final ? 'winloss.review.unfinal' : 'winloss.review.markFinal' })}
            </Button>
          ) : null}
        </div>
      </>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {intl.formatMessage({ id: 'winloss.review.heading' })}
      </Text>
      {content}
    </section>
  );
}

function ReviewFacts({ review, stages }: { review: ReviewResponse; stages: ReviewPanelProps['stages'] }) {
  const intl = useIntl();
  const styles = useStyles();
  const stage = (id: string): string => stages.find((s) => s.id === id)?.name ?? id;
  const row = (term: string, detail: string) => (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.detail}>{detail}</dd>
    </>
  );
  const t = (id: MessageId): string => intl.formatMessage({ id });
  return (
    <>
      <div className={styles.actions}>
        <Badge appearance="tint">{t(`winloss.outcome.${review.outcome}`)}</Badge>
        {review.final ? <Badge appearance="outline">{t('winloss.review.final')}</Badge> : null}
        <Text size={200}>
          {intl.formatMessage({ id: 'winloss.review.took' }, { time: clock(review.durationSeconds) })}
        </Text>
      </div>
      <dl className={styles.facts}>
        {row(
          t('winloss.review.reasons'),
          review.reasons
            .map((r) =>
              r.key === review.primary
                ? intl.formatMessage({ id: 'winloss.review.primaryMark' }, { reason: r.label })
                : r.label,
            )
            .join(', '),
        )}
        {row(
          t('winloss.review.whatElse'),
          review.whatElse.skipped ? t('winloss.review.skipped') : review.whatElse.answer,
        )}
        {row(t('winloss.review.competitor'), review.competitor || '–')}
        {row(t('winloss.review.buyerStage'), stage(review.buyerStage))}
        {row(t('winloss.review.salesStage'), stage(review.salesStage))}
        {row(t('winloss.review.dealSize'), intl.formatNumber(review.dealSize))}
        {row(t('winloss.review.segment'), review.segment || '–')}
      </dl>
      {review.customer ? (
        <>
          <Text weight="semibold">
            {intl.formatMessage({ id: 'winloss.customer.said' }, { date: review.customer.heardOn })}
          </Text>
          <ul className={styles.quotes}>
            {review.customer.reasons.map((r) => (
              <li key={r.key}>
                {r.label}: <q className={styles.quote}>{r.quote}</q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export default withMessages(winlossMessages)(ReviewPanel);
