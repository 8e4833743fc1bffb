import {
  DEAL_STAGE_LABELS,
  DealStage,
  PracticeSort,
  Segment,
  SEGMENT_LABELS,
  type Skill,
} from '@coachboard/api/domain';
import { Button, Field, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { StateMessage } from '../../components/StateMessage';
import type { MessageId } from '../../i18n/en';
import { PracticeCard } from './PracticeCard';
import { usePracticeList } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  filter: { minWidth: '10rem', flexGrow: 1, flexBasis: '10rem' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  compactList: { gridTemplateColumns: '1fr' },
  more: { alignSelf: 'flex-start' },
  heading: { margin: 0 },
});

const SORT_LABELS: Record<PracticeSort, MessageId> = {
  newest: 'practices.sort.newest',
  mostAdopted: 'practices.sort.mostAdopted',
  bestOutcome: 'practices.sort.bestOutcome',
};

/** Props of {@link PracticeList}. */
export interface PracticeListProps {
  spaceId: string;
  skills: readonly Skill[];
  onOpen?: (id: string) => void;
  /** `compact` (side panel): one column, "I'll try this" on each card. @default 'regular' */
  density?: 'regular' | 'compact';
}

/** The exchange: sort, filters by skill, segment and stage, and "Show more" page by page. */
export function PracticeList({ spaceId, skills, onOpen, density = 'regular' }: PracticeListProps) {
  const intl = useIntl();
  const styles = useStyles();
  const [sort, setSort] = useState<PracticeSort>('newest');
  const [skill, setSkill] = useState('');
  const [segment, setSegment] = useState('');
  const [stage, setStage] = useState('');
  const list = usePracticeList(spaceId, { sort, skill, segment, stage });
  const all = intl.formatMessage({ id: 'practices.filter.all' });

  let content;
  if (list.isPending) content = <LoadingState label={intl.formatMessage({ id: 'practices.loading' })} />;
  else if (list.isError)
    content = <ErrorState title="practices.loadFailed" error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.practices.length === 0)
    content = (
      <StateMessage title={intl.formatMessage({ id: 'practices.empty.title' })}>
        {intl.formatMessage({ id: skill || segment || stage ? 'practices.empty.filtered' : 'practices.empty.body' })}
      </StateMessage>
    );
  else
    content = (
      <>
        <ul
          className={mergeClasses(styles.list, density === 'compact' && styles.compactList)}
          aria-label={intl.formatMessage({ id: 'practices.listLabel' })}
        >
          {list.practices.map((practice) => (
            <PracticeCard
              key={practice.id}
              practice={practice}
              onOpen={onOpen}
              adoptable={density === 'compact'}
              density={density}
            />
          ))}
        </ul>
        {list.hasNextPage ? (
          <Button className={styles.more} disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {intl.formatMessage({ id: list.isFetchingNextPage ? 'practices.loadingMore' : 'practices.showMore' })}
          </Button>
        ) : null}
      </>
    );

  return (
    <div className={styles.root}>
      {density === 'regular' ? (
        <Text as="h2" size={500} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'practices.listLabel' })}
        </Text>
      ) : null}
      <div className={styles.filters}>
        <Field className={styles.filter} label={intl.formatMessage({ id: 'practices.sort.label' })}>
          <Select value={sort} onChange={(_, data) => setSort(PracticeSort.parse(data.value))}>
            {PracticeSort.options.map((option) => (
              <option key={option} value={option}>
                {intl.formatMessage({ id: SORT_LABELS[option] })}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={intl.formatMessage({ id: 'practices.filter.skill' })}>
          <Select value={skill} onChange={(_, data) => setSkill(data.value)}>
            <option value="">{all}</option>
            {skills.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={intl.formatMessage({ id: 'practices.filter.segment' })}>
          <Select value={segment} onChange={(_, data) => setSegment(data.value)}>
            <option value="">{all}</option>
            {Segment.options.map((s) => (
              <option key={s} value={s}>
                {SEGMENT_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.filter} label={intl.formatMessage({ id: 'practices.filter.stage' })}>
          <Select value={stage} onChange={(_, data) => setStage(data.value)}>
            <option value="">{all}</option>
            {DealStage.options.map((s) => (
              <option key={s} value={s}>
                {DEAL_STAGE_LABELS[s]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {content}
    </div>
  );
}
