import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ShareScreenStart20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/en';
import { useTeams } from '../teams/context';
import { useStageSharing } from '../teams/stageSharing';
import { Notice } from './Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
});

/** The texts of a {@link ShareToStage}, as message ids. */
export interface ShareToStageTexts {
  /** The link outside Teams, where there is no stage to share to. */
  open: MessageId;
  share: MessageId;
  sharing: MessageId;
  shared: MessageId;
  /** Takes `{reason}`. */
  failed: MessageId;
}

/** Props of {@link ShareToStage}. */
export interface ShareToStageProps {
  /** The stage view to share (this app's origin). */
  url: string;
  texts: ShareToStageTexts;
  /** @default 'secondary' */
  appearance?: 'primary' | 'secondary';
}

type ShareOutcome = { kind: 'shared' } | { kind: 'failed'; reason: string } | null;

/**
 * In a meeting, shares a stage view to everyone when the host allows it (nothing otherwise);
 * outside Teams, links to that view.
 */
export function ShareToStage({ url, texts, appearance = 'secondary' }: ShareToStageProps) {
  const intl = useIntl();
  const styles = useStyles();
  const { info } = useTeams();
  const sharing = useStageSharing();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome>(null);

  if (!info.inTeams) return <Link href={url}>{intl.formatMessage({ id: texts.open })}</Link>;
  if (sharing.state !== 'available') return null;

  const share = (): void => {
    setPending(true);
    setOutcome(null);
    sharing
      .share(url)
      .then(
        () => setOutcome({ kind: 'shared' }),
        (error: unknown) => setOutcome({ kind: 'failed', reason: error instanceof Error ? error.message : '' }),
      )
      .finally(() => setPending(false));
  };

  return (
    <div className={styles.root}>
      <Button appearance={appearance} icon={<ShareScreenStart20Regular />} disabled={pending} onClick={share}>
        {intl.formatMessage({ id: pending ? texts.sharing : texts.share })}
      </Button>
      {outcome?.kind === 'shared' ? <Notice intent="success">{intl.formatMessage({ id: texts.shared })}</Notice> : null}
      {outcome?.kind === 'failed' ? (
        <Notice intent="error">{intl.formatMessage({ id: texts.failed }, { reason: outcome.reason })}</Notice>
      ) : null}
    </div>
  );
}
