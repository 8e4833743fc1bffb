import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { useAcknowledgeDigest } from './mutations';
import { useDigest } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  text: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  readers: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link DigestPanel}. */
export interface DigestPanelProps {
  spaceId: string;
  meetingId: string;
  isManager: boolean;
}

/** The pre-read digest: the text a manager copies into an email, "Mark as read", and who has read it. */
export function DigestPanel({ spaceId, meetingId, isManager }: DigestPanelProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const digest = useDigest(spaceId, meetingId);
  const ack = useAcknowledgeDigest(spaceId, meetingId);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  const copy = (subject: string, text: string): void => {
    setCopied(null);
    // The clipboard API is missing outside secure contexts; that counts as a failed copy.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(`${subject}\n\n${text}`))
      .then(
        () => setCopied('copied'),
        () => setCopied('failed'),
      );
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.digest.heading' })}
      </Text>
      {digest.isPending ? <Spinner size="tiny" label={intl.formatMessage({ id: 'meetings.loading' })} /> : null}
      {digest.isError ? <Notice intent="error">{intl.formatMessage({ id: 'meetings.digest.failed' })}</Notice> : null}
      {digest.data ? (
        digest.data.itemIds.length === 0 ? (
          <Text as="p">{intl.formatMessage({ id: 'meetings.digest.empty' })}</Text>
        ) : (
          <>
            <Text weight="semibold">{digest.data.subject}</Text>
            <pre className={styles.text}>{digest.data.text}</pre>
            <div className={styles.row}>
              {isManager ? (
                <Button icon={<Copy20Regular />} onClick={() => copy(digest.data.subject, digest.data.text)}>
                  {intl.formatMessage({ id: 'meetings.digest.copy' })}
                </Button>
              ) : null}
              {digest.data.readByMe ? (
                <Text>{intl.formatMessage({ id: 'meetings.digest.readByMe' })}</Text>
              ) : (
                <Button appearance="primary" disabled={ack.isPending} onClick={() => ack.mutate()}>
                  {intl.formatMessage({ id: 'meetings.digest.markRead' })}
                </Button>
              )}
            </div>
            {copied === 'copied' ? (
              <Notice intent="success">{intl.formatMessage({ id: 'meetings.digest.copied' })}</Notice>
            ) : null}
            {copied === 'failed' ? (
              <Notice intent="error">{intl.formatMessage({ id: 'meetings.digest.copyFailed' })}</Notice>
            ) : null}
            <Text size={200} className={styles.readers}>
              {digest.data.acks.length === 0
                ? intl.formatMessage({ id: 'meetings.digest.nobodyRead' })
                : intl.formatMessage(
                    { id: 'meetings.digest.readBy' },
                    { names: intl.formatList(digest.data.acks.map((a) => a.name)) },
                  )}
            </Text>
          </>
        )
      ) : null}
    </section>
  );
}
