import {
  can,
  checkAlignment,
  factsOfBoard,
  type AccountContent,
  type BoardSummaryResponse,
  type CreateBoardBody,
  type StageDefinition,
} from '@coachboard/api/domain';
import { Button, Link, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { boardMessages } from '../../i18n/en.boards';
import { withMessages } from '../../i18n/withMessages';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import type { SpaceData } from '../spaces';
import { WarningList } from './AlignmentPanel';
import { ArchivedBoards } from './ArchivedBoards';
import { BoardStagesEditor } from './BoardStagesEditor';
import { BoardView } from './BoardView';
import { CardForm } from './CardForm';
import { ClosedBoards } from './ClosedBoards';
import { validate, type Content } from './cardFields';
import { useCreateBoard } from './mutations';
import { useBoardList } from './queries';
import { today } from './useBoardScreen';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  misaligned: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
  create: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

function boardFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get('boardId');
}

/** The channel tab's "Boards" section: every account's alignment at a glance, new boards, one board open. */
function BoardsSectionContent({ space, members }: SpaceData) {
  const [open, setOpen] = useState<string | null>(boardFromUrl);
  if (open) return <BoardView spaceId={space.id} boardId={open} members={members} onBack={() => setOpen(null)} />;
  return <BoardList spaceId={space.id} members={members} myRole={space.myRole} onOpen={setOpen} />;
}

interface BoardListProps {
  spaceId: string;
  members: SpaceData['members'];
  myRole: SpaceData['space']['myRole'];
  onOpen: (boardId: string) => void;
}

function BoardList({ spaceId, members, myRole, onOpen }: BoardListProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const list = useBoardList(spaceId);
  const [creating, setCreating] = useState(false);
  const mayCreate = can(myRole, 'boards.edit');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {intl.formatMessage({ id: 'boards.listHeading' })}
        </Text>
        {mayCreate && !creating ? (
          <Button icon={<Add16Regular />} onClick={() => setCreating(true)}>
            {intl.formatMessage({ id: 'boards.create.open' })}
          </Button>
        ) : null}
      </div>
      <Text as="p" className={styles.muted}>
        {intl.formatMessage({ id: 'boards.listIntro' })}
      </Text>
      {creating && list.data ? (
        <CreateBoardForm
          spaceId={spaceId}
          members={members}
          stages={list.data.stages}
          myRole={myRole}
          onCancel={() => setCreating(false)}
          onCreated={onOpen}
        />
      ) : null}
      {list.isPending ? <LoadingState label={intl.formatMessage({ id: 'boards.loading' })} /> : null}
      {list.error ? (
        <ErrorState title="boards.loadFailed" error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {list.data && list.data.items.length === 0 ? <Text>{intl.formatMessage({ id: 'boards.empty' })}</Text> : null}
      {list.data && list.data.items.length > 0 ? <BoardTable items={list.data.items} onOpen={onOpen} /> : null}
      <BoardStagesEditor spaceId={spaceId} myRole={myRole} />
      <ClosedBoards spaceId={spaceId} onOpen={onOpen} />
      <ArchivedBoards spaceId={spaceId} onOpen={onOpen} />
    </section>
  );
}

function BoardTable({ items, onOpen }: { items: BoardSummaryResponse[]; onOpen: (boardId: string) => void }) {
  const intl = useIntl();
  const styles = useStyles();
  const unknown = intl.formatMessage({ id: 'boards.unknownStage' });
  const columns = ['account', 'stage', 'buyerStage', 'owner', 'warnings', 'topWarning'] as const;
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={intl.formatMessage({ id: 'boards.listHeading' })}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={styles.cell}>
                {intl.formatMessage({ id: `boards.col.${column}` })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const top = item.warnings[0];
            const warningCount = item.warnings.filter((w) => w.severity === 'warning').length;
            return (
              <tr key={item.id}>
                <th scope="row" className={styles.cell}>
                  <Link
                    as="button"
                    onClick={() => onOpen(item.id)}
                    aria-label={intl.formatMessage({ id: 'boards.open' }, { name: item.name })}
                  >
                    {item.name}
                  </Link>
                  <Text as="p" size={200} className={mergeClasses(styles.muted, !item.aligned && styles.misaligned)}>
                    {intl.formatMessage({ id: item.aligned ? 'boards.aligned' : 'boards.misaligned' })}
                  </Text>
                </th>
                <td className={styles.cell}>{item.salesStage?.name ?? unknown}</td>
                <td className={styles.cell}>{item.buyerStage?.buyerName ?? unknown}</td>
                <td className={styles.cell}>{item.ownerName ?? item.ownerId}</td>
                <td className={styles.cell}>
                  {intl.formatMessage({ id: 'boards.warningCount' }, { count: warningCount })}
                </td>
                <td className={styles.cell}>
                  {top ? (
                    <>
                      <Text as="p" className={styles.heading}>
                        {top.message}
                      </Text>
                      <Text as="p" size={200} className={styles.muted}>
                        {intl.formatMessage({ id: 'boards.alignment.next' }, { next: top.next })}
                      </Text>
                    </>
                  ) : (
                    intl.formatMessage({ id: 'boards.noWarning' })
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface CreateBoardFormProps {
  spaceId: string;
  members: SpaceData['members'];
  stages: StageDefinition[];
  myRole: SpaceData['space']['myRole'];
  onCancel: () => void;
  onCreated: (boardId: string) => void;
}

/** A new account board; the alignment its stages would have shows while the form is filled in. */
function CreateBoardForm({ spaceId, members, stages, myRole, onCancel, onCreated }: CreateBoardFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const create = useCreateBoard(spaceId);
  const first = stages[0]?.id ?? '';
  const [draft, setDraft] = useState<Content>({
    name: '',
    segment: '',
    ownerId: info.user?.id ?? '',
    value: 0,
    currency: 'USD',
    salesStage: first,
    buyerStage: first,
    nextMeetingDate: null,
    notes: '',
  });
  const [errors, setErrors] = useState<ReturnType<typeof validate>>({});
  // Reps own the boards they create; managers may create one for anyone in the team.
  const owners = can(myRole, 'boards.editAny')
    ? members.filter((m) => m.role !== 'contributor')
    : members.filter((m) => m.userId === info.user?.id);
  const preview = checkAlignment(factsOfBoard(draft as AccountContent, []), stages, today());

  const submit = (): void => {
    const found = validate('account', draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(draft as CreateBoardBody, { onSuccess: (board) => onCreated(board.id) });
  };

  return (
    <section className={styles.create} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'boards.create.heading' })}
      </Text>
      <CardForm
        kind="account"
        value={draft}
        onChange={setDraft}
        ctx={{ intl, members: owners, stages }}
        errors={errors}
        onSubmit={submit}
        onCancel={onCancel}
        pending={create.isPending}
        label={intl.formatMessage({ id: 'boards.create.heading' })}
        preview={
          <div aria-live="polite">
            <Text weight="semibold">{intl.formatMessage({ id: 'boards.create.preview' })}</Text>
            <WarningList warnings={preview.warnings} />
          </div>
        }
      />
      {create.error ? (
        <Notice intent="error">
          {intl.formatMessage(
            { id: 'boards.create.failed' },
            { reason: intl.formatMessage({ id: describeError(create.error, info.inTeams).body }) },
          )}
        </Notice>
      ) : null}
    </section>
  );
}

/** BoardsSection with the boards texts, which load with it. */
export const BoardsSection = withMessages(boardMessages)(BoardsSectionContent);
