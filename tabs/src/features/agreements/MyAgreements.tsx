import type { MyAgreementsResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { agreementsMessages } from '../../i18n/en.agreements';
import { withMessages } from '../../i18n/withMessages';
import { PersonPicker } from '../people';
import { useMembers } from '../spaces';
import { AgreementCard } from './AgreementCard';
import { CommitmentItem } from './CommitmentItem';
import { useMyAgreements, useOpenAgreement } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  space: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
});

type SpaceEntry = MyAgreementsResponse['spaces'][number];

/** Opens my agreement with someone of the team (a rep for a manager, a manager for a rep). */
function OpenAgreement({ space }: { space: SpaceEntry }) {
  const intl = useIntl();
  const styles = useStyles();
  const members = useMembers(space.spaceId);
  const open = useOpenAgreement(space.spaceId);
  const [withId, setWithId] = useState('');
  const wanted = space.role === 'manager' ? 'rep' : 'manager';
  const taken = new Set(space.agreements.flatMap((a) => [a.managerId, a.repId]));
  const choices = (members.data ?? []).filter((m) => m.role === wanted && !taken.has(m.userId));
  if (choices.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (withId) open.mutate(withId, { onSuccess: () => setWithId('') });
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <PersonPicker
        label={intl.formatMessage({ id: 'agreements.open.label' })}
        members={choices}
        value={withId}
        onChange={setWithId}
      />
      <Button type="submit" disabled={!withId || open.isPending}>
        {intl.formatMessage({ id: 'agreements.open.submit' })}
      </Button>
      {open.isError ? <Notice intent="error">{intl.formatMessage({ id: 'agreements.saveFailed' })}</Notice> : null}
    </form>
  );
}

function SpaceAgreements({ space, showTeam }: { space: SpaceEntry; showTeam: boolean }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const manager = space.role === 'manager';
  return (
    <section className={styles.space} aria-labelledby={showTeam ? headingId : undefined}>
      {showTeam ? (
        <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'agreements.team' }, { team: space.spaceName })}
        </Text>
      ) : null}
      {manager && space.awaitingSignature.length > 0 ? (
        <>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'agreements.awaitingHeading' })}
          </Text>
          <ul className={styles.list}>
            {space.awaitingSignature.map((a) => (
              <li key={a.agreementId}>
                <Text>
                  {intl.formatMessage({ id: 'agreements.awaitingItem' }, { manager: a.managerName, rep: a.repName })}
                </Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {manager ? (
        <>
          <Text as="h4" weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'agreements.overdueHeading' })}
          </Text>
          {space.overdue.length === 0 ? (
            <Text className={styles.meta}>{intl.formatMessage({ id: 'agreements.noOverdue' })}</Text>
          ) : (
            <ul className={styles.list}>
              {space.overdue.map((c) => {
                const agreement = space.agreements.find((a) => a.id === c.agreementId);
                return (
                  <CommitmentItem
                    key={`${c.agreementId ?? ''}|${c.actionId}`}
                    spaceId={space.spaceId}
                    agreement={
                      agreement ?? { id: c.agreementId ?? '', managerName: '', repName: '', viewer: 'observer' }
                    }
                    commitment={c}
                  />
                );
              })}
            </ul>
          )}
        </>
      ) : null}
      {space.agreements.length === 0 ? (
        <Text className={styles.meta}>{intl.formatMessage({ id: 'agreements.none' })}</Text>
      ) : (
        space.agreements.map((a) => <AgreementCard key={a.id} spaceId={space.spaceId} agreement={a} />)
      )}
      <OpenAgreement space={space} />
    </section>
  );
}

/**
 * "Agreements" in the personal tab: per team, my agreement(s) with their versions, signatures,
 * commitments and kept rates; for managers also the team's agreements waiting for a signature and
 * its overdue commitments.
 */
function MyAgreements() {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const mine = useMyAgreements();
  const spaces = mine.data?.spaces.filter((s) => s.role !== 'contributor') ?? [];
  if (mine.isSuccess && spaces.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'agreements.heading' })}
      </Text>
      <Text as="p" className={styles.heading}>
        {intl.formatMessage({ id: 'agreements.intro' })}
      </Text>
      {mine.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'agreements.loading' })} /> : null}
      {mine.isError ? <Notice intent="error">{intl.formatMessage({ id: 'agreements.loadFailed' })}</Notice> : null}
      {spaces.map((space) => (
        <SpaceAgreements key={space.spaceId} space={space} showTeam={spaces.length > 1} />
      ))}
    </section>
  );
}

export default withMessages(agreementsMessages)(MyAgreements);
