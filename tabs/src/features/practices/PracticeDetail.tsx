import { can, type PracticeResponse, type Role } from '@coachboard/api/domain';
import { Badge, Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { AdoptButton } from './AdoptButton';
import { AdoptionStats } from './AdoptionStats';
import { EvidenceList } from './Evidence';
import { PracticeOwnerActions, WithdrawAdoption } from './PracticeRetire';
import { ProvenBadge } from './ProvenBadge';
import { describeContext } from './labels';
import { useAddToAgenda, useMarkProven } from './mutations';
import { OUTCOME_LABELS } from './outcomeLabels';
import { useDraftMeetings, usePractice } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, overflowWrap: 'anywhere' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  text: { margin: 0, whiteSpace: 'pre-wrap' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  manage: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

/** Props of {@link PracticeDetail}. */
export interface PracticeDetailProps {
  spaceId: string;
  practiceId: string;
  /** The viewer's role in the space (managers curate). */
  role: Role;
  onBack: () => void;
  /** Opens the edit form (offered to the practice's author and managers). */
  onEdit?: (practice: PracticeResponse) => void;
}

/** One practice opened: result, steps in order, context, evidence, adopters, and what the viewer can do. */
export function PracticeDetail({ spaceId, practiceId, role, onBack, onEdit }: PracticeDetailProps) {
  const intl = useIntl();
  const styles = useStyles();
  const practice = usePractice(spaceId, practiceId);

  let content;
  if (practice.isPending) content = <LoadingState label={intl.formatMessage({ id: 'practices.loadingOne' })} />;
  else if (practice.isError)
    content = (
      <ErrorState title="practices.loadOneFailed" error={practice.error} onRetry={() => void practice.refetch()} />
    );
  else content = <PracticeBody practice={practice.data} role={role} onEdit={onEdit} />;

  return (
    <div className={styles.root}>
      <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack} className={styles.heading}>
        {intl.formatMessage({ id: 'practices.back' })}
      </Button>
      {content}
    </div>
  );
}

function PracticeBody({
  practice,
  role,
  onEdit,
}: {
  practice: PracticeResponse;
  role: Role;
  onEdit?: (practice: PracticeResponse) => void;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const isAuthor = info.user?.id === practice.author.userId;
  const manages = can(role, 'practices.curate');
  return (
    <article className={styles.root} aria-labelledby={`practice-${practice.id}`}>
      <div className={styles.head}>
        <Text as="h2" id={`practice-${practice.id}`} size={600} weight="semibold" className={styles.heading}>
          {practice.title}
        </Text>
        {practice.proven ? <ProvenBadge /> : null}
        {practice.archived ? (
          <Badge appearance="tint" color="subtle">
            {intl.formatMessage({ id: 'practices.archived' })}
          </Badge>
        ) : null}
      </div>
      {practice.archived ? (
        <Text as="p" className={styles.muted}>
          {intl.formatMessage({ id: 'practices.archived.note' })}
        </Text>
      ) : null}
      {practice.canEdit && onEdit ? <PracticeOwnerActions practice={practice} onEdit={() => onEdit(practice)} /> : null}
      <Text as="p" className={styles.muted}>
        {intl.formatMessage(
          { id: 'practices.postedBy' },
          { name: practice.author.name, date: new Date(practice.createdAt) },
        )}
      </Text>

      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.result' })}
      </Text>
      <Text as="p" className={styles.text}>
        {practice.result.text}
      </Text>
      {practice.result.measureText ? (
        <Text as="p" weight="semibold" className={styles.text}>
          {practice.result.measureText}
        </Text>
      ) : null}

      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.actions' })}
      </Text>
      <ol className={styles.list}>
        {practice.actions.map((action, index) => (
          <li key={index}>
            <Text className={styles.text}>{action}</Text>
          </li>
        ))}
      </ol>

      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.context' })}
      </Text>
      <Text as="p" className={styles.text}>
        {describeContext(practice.context)}
      </Text>

      {practice.evidence.length > 0 ? (
        <>
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'practices.evidence' })}
          </Text>
          <EvidenceList evidence={practice.evidence} label={intl.formatMessage({ id: 'practices.evidence' })} />
        </>
      ) : null}

      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.adoption' })}
      </Text>
      <AdoptionStats adoption={practice.adoption} />
      {(isAuthor || manages) && practice.adopters.length > 0 ? (
        <ul className={styles.list} aria-label={intl.formatMessage({ id: 'practices.adoptersHeading' })}>
          {practice.adopters.map((adopter) => (
            <li key={adopter.userId}>
              <Text className={styles.text}>
                {adopter.outcome
                  ? intl.formatMessage(
                      { id: 'practices.adopterOutcome' },
                      { name: adopter.name, outcome: intl.formatMessage({ id: OUTCOME_LABELS[adopter.outcome] }) },
                    )
                  : intl.formatMessage({ id: 'practices.adopterTrying' }, { name: adopter.name })}
                {adopter.note ? ` — ${adopter.note}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
      {practice.archived ? null : (
        <div className={styles.actions}>
          <AdoptButton
            key={String(practice.myAdoption !== null)}
            spaceId={practice.spaceId}
            practiceId={practice.id}
            authorId={practice.author.userId}
            adopted={practice.myAdoption !== null}
          />
          {practice.myAdoption ? <WithdrawAdoption practice={practice} /> : null}
        </div>
      )}
      {manages && !practice.archived ? <ManagePractice practice={practice} /> : null}
    </article>
  );
}

/** Managers: mark proven (the API says why not) and put the practice on a draft meeting's agenda. */
function ManagePractice({ practice }: { practice: PracticeResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const headingId = useId();
  const prove = useMarkProven(practice.spaceId, practice.id);
  const addToAgenda = useAddToAgenda(practice.spaceId, practice.id);
  const meetings = useDraftMeetings(practice.spaceId, { enabled: true });
  const [meetingId, setMeetingId] = useState('');
  const chosen = meetingId || meetings.data?.[0]?.id || '';

  const explain = (error: unknown): string =>
    error instanceof ApiError && error.status === 409 && error.detail
      ? error.detail
      : intl.formatMessage({ id: describeError(error, info.inTeams).body });

  return (
    <section className={styles.manage} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'practices.manage' })}
      </Text>
      {practice.proven ? null : (
        <>
          <Text as="p" className={styles.muted}>
            {practice.provenSupport.reason}
          </Text>
          <Button disabled={prove.isPending} onClick={() => prove.mutate(true)}>
            {intl.formatMessage({ id: 'practices.markProven' })}
          </Button>
        </>
      )}
      {prove.isError ? <Notice intent="warning">{explain(prove.error)}</Notice> : null}
      {prove.isSuccess ? (
        <Notice intent="success">{intl.formatMessage({ id: 'practices.markedProven' })}</Notice>
      ) : null}
      {meetings.data && meetings.data.length > 0 ? (
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) addToAgenda.mutate(chosen);
          }}
        >
          <Field label={intl.formatMessage({ id: 'practices.agenda.meeting' })}>
            <Select value={chosen} onChange={(_, data) => setMeetingId(data.value)}>
              {meetings.data.map((meeting) => (
                <option key={meeting.id} value={meeting.id}>
                  {`${meeting.title} (${intl.formatDate(meeting.scheduledStart, { dateStyle: 'medium' })})`}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" disabled={addToAgenda.isPending}>
            {intl.formatMessage({ id: 'practices.agenda.add' })}
          </Button>
        </form>
      ) : (
        <Text as="p" className={styles.muted}>
          {intl.formatMessage({ id: meetings.isPending ? 'practices.agenda.loading' : 'practices.agenda.none' })}
        </Text>
      )}
      {addToAgenda.isSuccess ? (
        <Notice intent="success">{intl.formatMessage({ id: 'practices.agenda.added' })}</Notice>
      ) : null}
      {addToAgenda.isError ? <Notice intent="error">{explain(addToAgenda.error)}</Notice> : null}
    </section>
  );
}
