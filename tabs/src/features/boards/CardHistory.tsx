import type { BoardCardKind } from '@coachboard/api/domain';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { CARD_FIELDS, fieldLabel, type FieldContext, type FieldName } from './cardFields';
import { useCardWrite } from './mutations';
import { useCardHistory } from './queries';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Props of {@link CardHistoryDialog}. */
export interface CardHistoryDialogProps {
  spaceId: string;
  boardId: string;
  cardId: string;
  kind: BoardCardKind;
  name: string;
  canEdit: boolean;
  ctx: FieldContext;
  onClose: () => void;
}

/** The versions of a card, newest first, each earlier one restorable (as a new version; history kept). */
export function CardHistoryDialog({
  spaceId,
  boardId,
  cardId,
  kind,
  name,
  canEdit,
  ctx,
  onClose,
}: CardHistoryDialogProps) {
  const styles = useStyles();
  const { intl } = ctx;
  const history = useCardHistory(spaceId, boardId, cardId);
  const write = useCardWrite(spaceId, boardId);
  const [restored, setRestored] = useState<number | null>(null);
  const known = new Set<string>(CARD_FIELDS[kind].map((s) => s.name));
  const current = history.data?.current ?? null;

  const restore = (revision: number): void => {
    setRestored(null);
    write.mutate(
      { action: 'restore', cardId, revision, etag: current?.etag ?? null },
      { onSuccess: () => setRestored(revision) },
    );
  };

  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{intl.formatMessage({ id: 'boards.history.heading' }, { name })}</DialogTitle>
          <DialogContent>
            {history.isPending ? <LoadingState label={intl.formatMessage({ id: 'boards.history.loading' })} /> : null}
            {history.error ? <ErrorState title="boards.history.failed" error={history.error} /> : null}
            {restored !== null ? (
              <Notice intent="success">
                {intl.formatMessage({ id: 'boards.history.restored' }, { revision: restored })}
              </Notice>
            ) : null}
            {write.error ? (
              <Notice intent="error">
                {intl.formatMessage({ id: 'boards.card.failed' }, { reason: write.error.message })}
              </Notice>
            ) : null}
            {history.data ? (
              <ol className={styles.list}>
                {history.data.items.map((item) => {
                  const isCurrent = current?.revision === item.revision;
                  const fields = item.changedFields
                    .filter((field) => known.has(field))
                    .map((field) => fieldLabel(intl, field as FieldName));
                  return (
                    <li key={item.revision} className={styles.entry}>
                      <Text>
                        {intl.formatMessage(
                          { id: 'boards.history.entry' },
                          {
                            revision: item.revision,
                            action: intl.formatMessage({ id: `boards.history.action.${item.action}` }),
                            name: item.changedByName ?? item.changedBy,
                            when: intl.formatDate(item.changedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                          },
                        )}
                      </Text>
                      {fields.length > 0 ? (
                        <Text size={200} className={styles.muted}>
                          {intl.formatMessage({ id: 'boards.history.changed' }, { fields: fields.join(', ') })}
                        </Text>
                      ) : null}
                      {isCurrent ? (
                        <Text size={200} weight="semibold">
                          {intl.formatMessage({ id: 'boards.history.current' })}
                        </Text>
                      ) : item.action !== 'delete' ? (
                        <Button
                          size="small"
                          disabled={!canEdit || write.isPending}
                          onClick={() => restore(item.revision)}
                        >
                          {intl.formatMessage({ id: 'boards.history.restore' }, { revision: item.revision })}
                        </Button>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{intl.formatMessage({ id: 'boards.history.close' })}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
