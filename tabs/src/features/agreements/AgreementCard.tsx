import type {
  AgreementItem,
  AgreementResponse,
  AgreementVersionResponse,
  CommitmentRate,
} from '@coachboard/api/domain';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { CommitmentItem, formatDay } from './CommitmentItem';
import { DraftEditor } from './DraftEditor';
import { staleAgreement, useSignAgreement } from './queries';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  text: { margin: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  sub: { margin: 0 },
});

function ItemList({ items }: { items: readonly AgreementItem[] }) {
  const intl = useIntl();
  const styles = useStyles();
  if (items.length === 0)
    return <Text className={styles.meta}>{intl.formatMessage({ id: 'agreements.noItems' })}</Text>;
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.itemId} className={styles.item}>
          <Text className={styles.text}>{item.text}</Text>
          <Text size={200} className={styles.meta}>
            {item.dueDate
              ? `${intl.formatMessage(
                  {
                    id:
                      item.cadence === 'weekly'
                        ? 'agreements.dueWeekly'
                        : item.cadence === 'monthly'
                          ? 'agreements.dueMonthly'
                          : 'agreements.dueOnce',
                  },
                  { date: formatDay(intl, item.dueDate) },
                )} · `
              : ''}
            {intl.formatMessage({ id: 'agreements.proposedBy' }, { name: item.proposedByName })}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** One version's text: both lists, and who signed it. */
export function VersionText({
  agreement,
  version,
}: {
  agreement: AgreementResponse;
  version: AgreementVersionResponse;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const names = { manager: agreement.managerName, rep: agreement.repName };
  return (
    <>
      <Text as="h4" weight="semibold" className={styles.sub}>
        {intl.formatMessage({ id: 'agreements.managerExpects' }, names)}
      </Text>
      <ItemList items={version.managerExpects} />
      <Text as="h4" weight="semibold" className={styles.sub}>
        {intl.formatMessage({ id: 'agreements.repExpects' }, names)}
      </Text>
      <ItemList items={version.repExpects} />
      {version.signatures.length > 0 ? (
        <Text size={200} className={styles.meta}>
          {intl.formatMessage(
            { id: 'agreements.signedBy' },
            { names: intl.formatList(version.signatures.map((s) => s.name)) },
          )}
        </Text>
      ) : null}
    </>
  );
}

function rateText(intl: ReturnType<typeof useIntl>, rate: CommitmentRate): string {
  if (rate.kept + rate.missed === 0 && rate.renegotiated === 0)
    return intl.formatMessage({ id: 'agreements.rateNone' });
  return intl.formatMessage(
    { id: 'agreements.rateValue' },
    { kept: rate.kept, total: rate.kept + rate.missed, renegotiated: rate.renegotiated },
  );
}

/**
 * An agreement in the personal tab: the newest version (a draft to sign, or the one in force), its
 * earlier versions to read, its commitments to mark, and the kept rates both ways.
 */
export function AgreementCard({ spaceId, agreement: shown }: { spaceId: string; agreement: AgreementResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const sign = useSignAgreement(spaceId, shown.id);
  const [editing, setEditing] = useState(false);
  const stale = staleAgreement(sign.error);
  const agreement = stale && stale.etag !== shown.etag && !sign.isPending ? stale : shown;
  const newest = agreement.versions[agreement.versions.length - 1]!;
  const earlier = agreement.versions.slice(0, -1).reverse();
  const myId =
    agreement.viewer === 'manager' ? agreement.managerId : agreement.viewer === 'rep' ? agreement.repId : null;
  const mySignatureAwaited = myId !== null && agreement.awaiting.includes(myId);
  const waitingFor = agreement.awaiting.map((id) =>
    id === agreement.managerId ? agreement.managerName : agreement.repName,
  );
  const names = { manager: agreement.managerName, rep: agreement.repName };

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'agreements.with' }, names)}
      </Text>
      <div className={styles.row}>
        <Badge appearance="tint" color={newest.signedAt ? 'success' : 'warning'}>
          {intl.formatMessage(
            { id: newest.signedAt ? 'agreements.versionSigned' : 'agreements.versionDraft' },
            { version: newest.version },
          )}
        </Badge>
        {agreement.inForce !== null && agreement.inForce !== newest.version ? (
          <Text size={200}>{intl.formatMessage({ id: 'agreements.inForce' }, { version: agreement.inForce })}</Text>
        ) : null}
      </div>
      {stale ? <Notice intent="warning">{intl.formatMessage({ id: 'agreements.stale' })}</Notice> : null}
      {editing ? (
        <DraftEditor spaceId={spaceId} agreement={agreement} onDone={() => setEditing(false)} />
      ) : (
        <VersionText agreement={agreement} version={newest} />
      )}
      {waitingFor.length > 0 ? (
        <Text size={200}>
          {intl.formatMessage({ id: 'agreements.awaiting' }, { names: intl.formatList(waitingFor) })}
        </Text>
      ) : null}
      {agreement.viewer === 'observer' ? (
        <Text size={200} className={styles.meta}>
          {intl.formatMessage({ id: 'agreements.observer' })}
        </Text>
      ) : !editing ? (
        <div className={styles.row}>
          {mySignatureAwaited ? (
            <Button
              appearance="primary"
              disabled={sign.isPending}
              onClick={() => {
                sign.reset();
                sign.mutate({ version: newest.version, revision: newest.revision });
              }}
            >
              {intl.formatMessage({ id: 'agreements.sign' }, { version: newest.version })}
            </Button>
          ) : null}
          <Button onClick={() => setEditing(true)}>
            {intl.formatMessage({ id: newest.signedAt ? 'agreements.renegotiate' : 'agreements.propose' })}
          </Button>
        </div>
      ) : null}
      {sign.isError && !stale ? (
        <Notice intent="error">{intl.formatMessage({ id: 'agreements.saveFailed' })}</Notice>
      ) : null}
      {earlier.length > 0 ? (
        <Accordion collapsible>
          <AccordionItem value="earlier">
            <AccordionHeader>
              {intl.formatMessage({ id: 'agreements.earlier' }, { count: earlier.length })}
            </AccordionHeader>
            <AccordionPanel>
              {earlier.map((v) => (
                <section
                  key={v.version}
                  aria-label={intl.formatMessage({ id: 'agreements.versionSigned' }, { version: v.version })}
                >
                  <Text as="h4" weight="semibold" className={styles.sub}>
                    {intl.formatMessage(
                      { id: v.signedAt ? 'agreements.versionSigned' : 'agreements.versionDraft' },
                      { version: v.version },
                    )}
                  </Text>
                  <VersionText agreement={agreement} version={v} />
                </section>
              ))}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
      <Text as="h4" weight="semibold" className={styles.sub}>
        {intl.formatMessage({ id: 'agreements.commitments' })}
      </Text>
      {agreement.commitments.length === 0 ? (
        <Text className={styles.meta}>{intl.formatMessage({ id: 'agreements.noCommitments' })}</Text>
      ) : (
        <ul className={styles.list}>
          {agreement.commitments.map((c) => (
            <CommitmentItem key={c.actionId} spaceId={spaceId} agreement={agreement} commitment={c} />
          ))}
        </ul>
      )}
      <Text as="h4" weight="semibold" className={styles.sub}>
        {intl.formatMessage({ id: 'agreements.rates' })}
      </Text>
      <ul className={styles.list}>
        <li>
          <Text>
            {intl.formatMessage(
              { id: 'agreements.rate' },
              { name: agreement.repName, other: agreement.managerName, rate: rateText(intl, agreement.rates.rep) },
            )}
          </Text>
        </li>
        <li>
          <Text>
            {intl.formatMessage(
              { id: 'agreements.rate' },
              { name: agreement.managerName, other: agreement.repName, rate: rateText(intl, agreement.rates.manager) },
            )}
          </Text>
        </li>
      </ul>
    </article>
  );
}
