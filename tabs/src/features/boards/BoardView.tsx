import {
  BOARD_SECTION_KINDS,
  type AccountContent,
  type BoardResponse,
  type BoardSectionKind,
  type MemberResponse,
} from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { AlignmentPanel, WarningList } from './AlignmentPanel';
import { BoardArchive } from './BoardArchive';
import { CardItem, CardSection, type BoardContext } from './BoardCards';
import { BoardClosing } from './BoardClosing';
import { RelationshipMap } from './RelationshipMap';
import { CARD_FIELDS, displayValue, fieldLabel, type Content } from './cardFields';
import { useBoard, useBoardLive } from './queries';
import { previewAlignment, useBoardScreen } from './useBoardScreen';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(16rem, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    '@media (max-width: 48rem)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  note: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  fact: { display: 'flex', flexDirection: 'column', margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  back: { alignSelf: 'flex-start' },
});

const SECTION_CARDS: Record<BoardSectionKind, keyof BoardResponse['sections']> = {
  stakeholder: 'stakeholders',
  goal: 'goals',
  hypothesis: 'hypotheses',
  risk: 'risks',
  competitor: 'competitors',
  action: 'actions',
  evidence: 'evidence',
};

/** Props of {@link BoardView}. */
export interface BoardViewProps {
  spaceId: string;
  boardId: string;
  members: readonly MemberResponse[];
  /** Offers "Back to all boards" when given. */
  onBack?: () => void;
}

/**
 * An account board, edited together: header, sections of cards, the alignment panel and the
 * relationship map. Others' edits appear within seconds (version poll every 2 s).
 */
export function BoardView({ spaceId, boardId, members, onBack }: BoardViewProps) {
  const intl = useIntl();
  const styles = useStyles();
  const board = useBoard(spaceId, boardId);
  useBoardLive(spaceId, boardId, 2000);
  const back = onBack ? (
    <Button className={styles.back} icon={<ArrowLeft16Regular />} onClick={onBack}>
      {intl.formatMessage({ id: 'boards.back' })}
    </Button>
  ) : null;
  if (board.error && !board.data) {
    return (
      <div className={styles.root}>
        {back}
        <ErrorState title="boards.board.loadFailed" error={board.error} onRetry={() => void board.refetch()} />
      </div>
    );
  }
  if (!board.data) return <LoadingState label={intl.formatMessage({ id: 'boards.board.loading' })} />;
  return (
    <div className={styles.root}>
      {back}
      <LoadedBoard spaceId={spaceId} board={board.data} members={members} />
    </div>
  );
}

function LoadedBoard({
  spaceId,
  board,
  members,
}: {
  spaceId: string;
  board: BoardResponse;
  members: readonly MemberResponse[];
}) {
  const styles = useStyles();
  const noteId = useId();
  const { context, readOnlyText, meId } = useBoardScreen(spaceId, board, members, noteId);
  return (
    <>
      <BoardArchive spaceId={spaceId} board={board} />
      <BoardClosing spaceId={spaceId} board={board} />
      {readOnlyText ? (
        <Text as="p" id={noteId} className={styles.note}>
          {readOnlyText}
        </Text>
      ) : null}
      <AccountHeader board={board} context={context} />
      <div className={styles.layout}>
        <div className={styles.column}>
          {BOARD_SECTION_KINDS.map((kind) => (
            <CardSection
              key={kind}
              kind={kind}
              cards={board.sections[SECTION_CARDS[kind]]}
              board={context}
              meId={meId}
            />
          ))}
        </div>
        <div className={styles.column}>
          <AlignmentPanel alignment={board.alignment} />
          <RelationshipMap map={board.relationshipMap} />
        </div>
      </div>
    </>
  );
}

/** The account header as a card: name, owner, value, both stages, next meeting; edited like any card. */
export function AccountHeader({ board, context }: { board: BoardResponse; context: BoardContext }) {
  const styles = useStyles();
  const { intl } = context.ctx;
  const account = board.account.content as AccountContent;
  const facts = (
    <dl className={styles.facts}>
      {CARD_FIELDS.account
        .filter((spec) => spec.name !== 'name' && spec.name !== 'currency')
        .map((spec) => {
          const shown = displayValue(spec, (account as Content)[spec.name], context.ctx, account.currency);
          if (shown === '') return null;
          return (
            <div key={spec.name} className={styles.fact}>
              <dt className={styles.term}>{fieldLabel(intl, spec.name)}</dt>
              <dd className={styles.value}>{shown}</dd>
            </div>
          );
        })}
    </dl>
  );
  return (
    <CardItem
      card={board.account}
      board={context}
      headingLevel={2}
      facts={facts}
      preview={(draft) => (
        <div className={styles.preview} aria-live="polite">
          <Text weight="semibold">{intl.formatMessage({ id: 'boards.create.preview' })}</Text>
          <WarningList warnings={previewAlignment(board, draft).warnings} />
        </div>
      )}
    />
  );
}
