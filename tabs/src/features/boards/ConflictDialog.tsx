import type { BoardCardKind, BoardCardResponse } from '@coachboard/api/domain';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  CARD_FIELDS,
  contentOf,
  displayValue,
  fieldLabel,
  sameValue,
  textOf,
  type Content,
  type FieldContext,
  type FieldName,
} from './cardFields';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Props of {@link ConflictDialog}. */
export interface ConflictDialogProps {
  kind: BoardCardKind;
  /** What the user started from (to tell which fields they changed). */
  base: Content;
  /** The user's unsaved version. */
  mine: Content;
  /** The server's version; null when someone deleted the card. */
  theirs: BoardCardResponse | null;
  ctx: FieldContext;
  pending: boolean;
  /** Drops the user's changes. */
  onKeepTheirs: () => void;
  /** Saves this content over the server's version (overwrite or merge). */
  onSave: (content: Content) => void;
  /** The card was deleted: adds the user's version as a new card. */
  onReAdd: (content: Content) => void;
}

/**
 * A stale card write, resolved without losing anything: both versions side by side, and the user
 * keeps theirs, overwrites with their own, or picks field by field.
 */
export function ConflictDialog({
  kind,
  base,
  mine,
  theirs,
  ctx,
  pending,
  onKeepTheirs,
  onSave,
  onReAdd,
}: ConflictDialogProps) {
  const styles = useStyles();
  const { intl } = ctx;
  const server = theirs ? contentOf(theirs) : null;
  const differing = CARD_FIELDS[kind].filter((spec) => !server || !sameValue(mine[spec.name], server[spec.name]));
  const [choice, setChoice] = useState<Partial<Record<FieldName, 'mine' | 'theirs'>>>(() =>
    Object.fromEntries(
      differing.map((spec) => [spec.name, sameValue(base[spec.name], mine[spec.name]) ? 'theirs' : 'mine']),
    ),
  );
  const merged = (): Content => {
    const out: Content = { ...(server ?? mine) };
    for (const spec of differing)
      out[spec.name] = choice[spec.name] === 'theirs' && server ? server[spec.name] : mine[spec.name];
    return out;
  };
  const currency = textOf(server?.currency ?? mine.currency) || 'USD';
  const who = theirs?.updatedByName ?? intl.formatMessage({ id: 'boards.conflict.someone' });

  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{intl.formatMessage({ id: 'boards.conflict.title' })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p">
              {server
                ? intl.formatMessage({ id: 'boards.conflict.body' }, { name: who })
                : intl.formatMessage({ id: 'boards.conflict.deleted' })}
            </Text>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col" className={styles.cell}>
                    {intl.formatMessage({ id: 'boards.conflict.field' })}
                  </th>
                  <th scope="col" className={styles.cell}>
                    {intl.formatMessage({ id: 'boards.conflict.mine' })}
                  </th>
                  {server ? (
                    <th scope="col" className={styles.cell}>
                      {intl.formatMessage({ id: 'boards.conflict.theirs' })}
                    </th>
                  ) : null}
                  {server ? (
                    <th scope="col" className={styles.cell}>
                      {intl.formatMessage({ id: 'boards.conflict.merge' })}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {differing.map((spec) => {
                  const label = fieldLabel(intl, spec.name);
                  return (
                    <tr key={spec.name}>
                      <th scope="row" className={styles.cell}>
                        {label}
                      </th>
                      <td className={styles.cell}>{displayValue(spec, mine[spec.name], ctx, currency) || '—'}</td>
                      {server ? (
                        <td className={styles.cell}>{displayValue(spec, server[spec.name], ctx, currency) || '—'}</td>
                      ) : null}
                      {server ? (
                        <td className={styles.cell}>
                          <RadioGroup
                            aria-label={intl.formatMessage({ id: 'boards.conflict.choice' }, { field: label })}
                            value={choice[spec.name] ?? 'mine'}
                            onChange={(_, data) =>
                              setChoice((current) => ({ ...current, [spec.name]: data.value as 'mine' | 'theirs' }))
                            }
                          >
                            <Radio value="mine" label={intl.formatMessage({ id: 'boards.conflict.mine' })} />
                            <Radio value="theirs" label={intl.formatMessage({ id: 'boards.conflict.theirs' })} />
                          </RadioGroup>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </DialogContent>
          <DialogActions fluid>
            <Button disabled={pending} onClick={onKeepTheirs}>
              {intl.formatMessage({ id: 'boards.conflict.keepTheirs' })}
            </Button>
            {server ? (
              <>
                <Button disabled={pending} onClick={() => onSave({ ...server, ...mine })}>
                  {intl.formatMessage({ id: 'boards.conflict.overwrite' })}
                </Button>
                <Button appearance="primary" disabled={pending} onClick={() => onSave(merged())}>
                  {intl.formatMessage({ id: 'boards.conflict.merge' })}
                </Button>
              </>
            ) : (
              <Button appearance="primary" disabled={pending} onClick={() => onReAdd(mine)}>
                {intl.formatMessage({ id: 'boards.conflict.readd' })}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
