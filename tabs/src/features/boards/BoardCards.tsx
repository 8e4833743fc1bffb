import type {
  BoardCardResponse,
  BoardSectionKind,
  UpdateBoardCardBody,
  CreateBoardCardBody,
} from '@coachboard/api/domain';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular, Edit16Regular, History16Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { CardForm } from './CardForm';
import { CardHistoryDialog } from './CardHistory';
import { ConflictDialog } from './ConflictDialog';
import { conflictOf, type CardConflict } from './boardsApi';
import {
  CARD_FIELDS,
  changedFields,
  contentOf,
  displayValue,
  fieldLabel,
  newContent,
  textOf,
  TITLE_FIELD,
  validate,
  type Content,
  type FieldContext,
} from './cardFields';
import { useCardWrite } from './mutations';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  title: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  sectionHead: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  compactList: { gridTemplateColumns: '1fr' },
});

/** What every card on a board needs to know besides the card. */
export interface BoardContext {
  spaceId: string;
  boardId: string;
  canEdit: boolean;
  /** Id of the text that explains why editing is off (for disabled buttons). */
  readOnlyNoteId: string | undefined;
  ctx: FieldContext;
  /** The account's currency, for values. */
  currency: string;
  /** Narrow layout (side panel). */
  compact?: boolean;
}

type Mode =
  { kind: 'view' } | { kind: 'edit'; base: Content; etag: string; draft: Content; errors: ReturnType<typeof validate> };

/** Props of {@link CardItem}. */
export interface CardItemProps {
  card: BoardCardResponse;
  board: BoardContext;
  /** 2 for the account header, 4 for cards in a section. @default 4 */
  headingLevel?: 2 | 3 | 4;
  /** Shown inside the edit form, e.g. the alignment the draft would give. */
  preview?: (draft: Content) => ReactNode;
  /** Fields not shown in the card's view (the header shows them its own way). */
  facts?: ReactNode;
}

/**
 * One card: its fields, and (when allowed) edit, delete and history. A save carries the etag of the
 * version the edit started from; when someone saved first, the conflict dialog shows both versions.
 */
export function CardItem({ card, board, headingLevel = 4, preview, facts }: CardItemProps) {
  const styles = useStyles();
  const { info } = useTeams();
  const { ctx, canEdit, readOnlyNoteId } = board;
  const { intl } = ctx;
  const write = useCardWrite(board.spaceId, board.boardId);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [conflict, setConflict] = useState<CardConflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const content = contentOf(card);
  const name = textOf(content[TITLE_FIELD[card.kind]]);
  const kind = card.kind;

  const failed = (error: unknown): void => {
    const found = conflictOf(error);
    if (found) setConflict(found);
    else setFailure(intl.formatMessage({ id: describeError(error, info.inTeams).body }));
  };

  const send = (draft: Content, against: { content: Content; etag: string }, after: () => void): void => {
    const changed = changedFields(kind, against.content, draft);
    if (changed.length === 0) {
      after();
      return;
    }
    const body = { kind, ...Object.fromEntries(changed.map((field) => [field, draft[field]])) } as UpdateBoardCardBody;
    setFailure(null);
    write.mutate(
      { action: 'update', cardId: card.id, body, etag: against.etag },
      { onSuccess: after, onError: failed },
    );
  };

  const startEdit = (): void =>
    setMode({ kind: 'edit', base: content, etag: card.etag, draft: { ...content }, errors: {} });

  const save = (): void => {
    if (mode.kind !== 'edit') return;
    const errors = validate(kind, mode.draft);
    if (Object.keys(errors).length > 0) {
      setMode({ ...mode, errors });
      return;
    }
    send(mode.draft, { content: mode.base, etag: mode.etag }, () => setMode({ kind: 'view' }));
  };

  const remove = (): void => {
    setFailure(null);
    write.mutate(
      { action: 'delete', cardId: card.id, etag: card.etag },
      {
        onError: (error) =>
          setFailure(
            conflictOf(error)
              ? intl.formatMessage({ id: 'boards.card.deleteConflict' })
              : intl.formatMessage({ id: describeError(error, info.inTeams).body }),
          ),
      },
    );
  };

  const Heading = `h${headingLevel}` as const;
  const disabledProps = canEdit ? {} : { disabledFocusable: true, 'aria-describedby': readOnlyNoteId };
  const shownFields = CARD_FIELDS[kind].filter((spec) => spec.name !== TITLE_FIELD[kind]);

  return (
    <article className={styles.card} aria-label={name}>
      <Text as={Heading} size={headingLevel === 2 ? 600 : 400} weight="semibold" className={styles.title}>
        {name}
      </Text>
      {mode.kind === 'edit' ? (
        <CardForm
          kind={kind}
          value={mode.draft}
          onChange={(draft) => setMode({ ...mode, draft })}
          ctx={ctx}
          errors={mode.errors}
          onSubmit={save}
          onCancel={() => setMode({ kind: 'view' })}
          pending={write.isPending}
          label={intl.formatMessage({ id: 'boards.card.formLabel' }, { name })}
          preview={preview?.(mode.draft)}
        />
      ) : (
        <>
          {facts ?? (
            <dl className={styles.facts}>
              {shownFields.map((spec) => {
                const shown = displayValue(spec, content[spec.name], ctx, board.currency);
                if (shown === '') return null;
                return (
                  <div key={spec.name} className={styles.pair}>
                    <dt className={styles.term}>{fieldLabel(intl, spec.name)}</dt>
                    <dd className={styles.value}>{shown}</dd>
                  </div>
                );
              })}
            </dl>
          )}
          <Text size={200} className={styles.muted}>
            {intl.formatMessage(
              { id: 'boards.card.updatedBy' },
              {
                name: card.updatedByName ?? card.updatedBy,
                when: intl.formatDate(card.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
              },
            )}
          </Text>
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<Edit16Regular />}
              aria-label={intl.formatMessage({ id: 'boards.card.edit' }, { name })}
              onClick={startEdit}
              {...disabledProps}
            >
              {intl.formatMessage({ id: 'boards.card.editShort' })}
            </Button>
            {kind !== 'account' ? (
              <Button
                size="small"
                icon={<Delete16Regular />}
                aria-label={intl.formatMessage({ id: 'boards.card.delete' }, { name })}
                onClick={remove}
                {...(write.isPending ? { disabled: true } : disabledProps)}
              >
                {intl.formatMessage({ id: 'boards.card.deleteShort' })}
              </Button>
            ) : null}
            <Button
              size="small"
              icon={<History16Regular />}
              aria-label={intl.formatMessage({ id: 'boards.card.history' }, { name })}
              onClick={() => setShowHistory(true)}
            >
              {intl.formatMessage({ id: 'boards.card.historyShort' })}
            </Button>
          </div>
        </>
      )}
      {failure ? <Notice intent="error">{failure}</Notice> : null}
      {conflict && mode.kind === 'edit' ? (
        <ConflictDialog
          kind={kind}
          base={mode.base}
          mine={mode.draft}
          theirs={conflict.current}
          ctx={ctx}
          pending={write.isPending}
          onKeepTheirs={() => {
            setConflict(null);
            setMode({ kind: 'view' });
          }}
          onSave={(resolved) => {
            const current = conflict.current;
            if (!current) return;
            setConflict(null);
            send(resolved, { content: contentOf(current), etag: current.etag }, () => setMode({ kind: 'view' }));
          }}
          onReAdd={(mine) => {
            setConflict(null);
            write.mutate(
              { action: 'add', body: { ...mine, kind } as CreateBoardCardBody },
              { onSuccess: () => setMode({ kind: 'view' }), onError: failed },
            );
          }}
        />
      ) : null}
      {showHistory ? (
        <CardHistoryDialog
          spaceId={board.spaceId}
          boardId={board.boardId}
          cardId={card.id}
          kind={kind}
          name={name}
          canEdit={canEdit}
          ctx={ctx}
          onClose={() => setShowHistory(false)}
        />
      ) : null}
    </article>
  );
}

/** Props of {@link CardSection}. */
export interface CardSectionProps {
  kind: BoardSectionKind;
  cards: readonly BoardCardResponse[];
  board: BoardContext;
  meId: string | undefined;
}

/** A section of a board: its cards and "Add". */
export function CardSection({ kind, cards, board, meId }: CardSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const { ctx, canEdit, readOnlyNoteId } = board;
  const { intl } = ctx;
  const write = useCardWrite(board.spaceId, board.boardId);
  const [draft, setDraft] = useState<{ content: Content; errors: ReturnType<typeof validate> } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const section = intl.formatMessage({ id: `boards.sections.${kind}` });

  const add = (): void => {
    if (!draft) return;
    const errors = validate(kind, draft.content);
    if (Object.keys(errors).length > 0) {
      setDraft({ ...draft, errors });
      return;
    }
    setFailure(null);
    write.mutate(
      { action: 'add', body: { ...draft.content, kind } as CreateBoardCardBody },
      {
        onSuccess: () => setDraft(null),
        onError: (error) => setFailure(intl.formatMessage({ id: describeError(error, info.inTeams).body })),
      },
    );
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.sectionHead}>
        <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.title}>
          {section}
        </Text>
        {draft ? null : (
          <Button
            size="small"
            icon={<Add16Regular />}
            aria-label={intl.formatMessage({ id: 'boards.card.addTo' }, { section })}
            onClick={() => setDraft({ content: newContent(kind, ctx, meId), errors: {} })}
            {...(canEdit ? {} : { disabledFocusable: true, 'aria-describedby': readOnlyNoteId })}
          >
            {intl.formatMessage({ id: 'boards.card.add' })}
          </Button>
        )}
      </div>
      {draft ? (
        <div className={styles.card}>
          <CardForm
            kind={kind}
            value={draft.content}
            onChange={(content) => setDraft({ ...draft, content })}
            ctx={ctx}
            errors={draft.errors}
            onSubmit={add}
            onCancel={() => setDraft(null)}
            pending={write.isPending}
            label={intl.formatMessage({ id: 'boards.card.newFormLabel' }, { section })}
          />
        </div>
      ) : null}
      {failure ? <Notice intent="error">{failure}</Notice> : null}
      {cards.length === 0 ? (
        <Text className={styles.muted}>{intl.formatMessage({ id: 'boards.sections.empty' })}</Text>
      ) : (
        <ul className={mergeClasses(styles.list, board.compact && styles.compactList)}>
          {cards.map((card) => (
            <li key={card.id}>
              <CardItem card={card} board={board} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
