import { can, type SpaceResponse, type TeamsBinding } from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Archive16Regular, ArrowUndo16Regular, LinkDismiss16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ArchivedBadge } from '../../components/ArchivedBadge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useSpaceLifecycle } from './mutations';
import { bindingFor } from './tabConfig';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const sameBinding = (a: TeamsBinding, b: TeamsBinding | null | undefined): boolean =>
  !!b && JSON.stringify(a) === JSON.stringify(b);

/**
 * A manager's settings for the space's place in Teams and its life: unbind a channel or chat whose
 * tab should no longer open it, archive the space (read-only, asks once) or restore it. Every
 * change carries the space's etag.
 */
export function SpaceLifecycle({ space }: { space: SpaceResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const bindingsId = useId();
  const { info } = useTeams();
  const change = useSpaceLifecycle(space.id);
  const here = bindingFor(info);
  const archived = Boolean(space.archivedAt);
  const error = change.isError ? (
    <Notice intent="error">
      {intl.formatMessage(
        { id: 'space.lifecycle.failed' },
        { reason: intl.formatMessage({ id: describeError(change.error, info.inTeams).body }) },
      )}
    </Notice>
  ) : null;
  const describe = (binding: TeamsBinding): string =>
    intl.formatMessage(
      { id: binding.kind === 'channel' ? 'space.bindings.channel' : 'space.bindings.chat' },
      { here: sameBinding(binding, here) ? 'yes' : 'no' },
    );

  return (
    <div className={styles.root}>
      {can(space.myRole, 'space.bind') ? (
        <section aria-labelledby={bindingsId}>
          <Text as="h3" id={bindingsId} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'space.bindings.heading' })}
          </Text>
          {space.bindings.length === 0 ? (
            <Text as="p" className={styles.muted}>
              {intl.formatMessage({ id: 'space.bindings.none' })}
            </Text>
          ) : (
            <ul className={styles.list} aria-labelledby={bindingsId}>
              {space.bindings.map((binding) => (
                <li key={JSON.stringify(binding)} className={styles.item}>
                  <Text>{describe(binding)}</Text>
                  {archived ? null : (
                    <ConfirmDialog
                      trigger={
                        <Button
                          size="small"
                          icon={<LinkDismiss16Regular />}
                          aria-label={intl.formatMessage(
                            { id: 'space.bindings.unbindLabel' },
                            { what: describe(binding) },
                          )}
                        >
                          {intl.formatMessage({ id: 'space.bindings.unbind' })}
                        </Button>
                      }
                      title={intl.formatMessage({ id: 'space.bindings.unbindTitle' })}
                      body={intl.formatMessage({ id: 'space.bindings.unbindBody' }, { what: describe(binding) })}
                      confirmLabel={intl.formatMessage({ id: 'space.bindings.unbind' })}
                      cancelLabel={intl.formatMessage({ id: 'space.lifecycle.cancel' })}
                      onConfirm={() =>
                        change.mutateAsync({ type: 'unbind', binding, etag: space.etag }).catch(() => undefined)
                      }
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {can(space.myRole, 'space.archive') ? (
        <div className={styles.row}>
          {archived ? (
            <>
              <ArchivedBadge label={intl.formatMessage({ id: 'space.archived.badge' })} />
              <Button
                icon={<ArrowUndo16Regular />}
                disabled={change.isPending}
                onClick={() => change.mutate({ type: 'restore', etag: space.etag })}
              >
                {intl.formatMessage({ id: 'space.archived.restore' })}
              </Button>
            </>
          ) : (
            <ConfirmDialog
              trigger={<Button icon={<Archive16Regular />}>{intl.formatMessage({ id: 'space.archive.open' })}</Button>}
              title={intl.formatMessage({ id: 'space.archive.title' }, { name: space.name })}
              body={intl.formatMessage({ id: 'space.archive.body' })}
              confirmLabel={intl.formatMessage({ id: 'space.archive.confirm' })}
              cancelLabel={intl.formatMessage({ id: 'space.lifecycle.cancel' })}
              onConfirm={() => change.mutateAsync({ type: 'archive', etag: space.etag }).catch(() => undefined)}
            />
          )}
        </div>
      ) : null}
      {error}
    </div>
  );
}
