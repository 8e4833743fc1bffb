import type { AccountContent, AccountRiskContent, BoardResponse, NextActionContent } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { boardMessages } from '../../i18n/en.boards';
import { withMessages } from '../../i18n/withMessages';
import type { LinkedContentProps } from '../linkedContent';
import { useMembers } from '../spaces';
import { AlignmentPanel } from './AlignmentPanel';
import { CardSection } from './BoardCards';
import { RelationshipMap } from './RelationshipMap';
import { optionLabel } from './cardFields';
import { useBoard, useBoardLive } from './queries';
import { useBoardScreen } from './useBoardScreen';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  stageGrid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(28rem, 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  note: {
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/**
 * A board linked from a meeting: on the stage a large read-only summary that follows every edit
 * within a second; in the side panel a compact view where stakeholders and risks can be edited.
 */
function BoardLinkedView({ spaceId, id, density }: LinkedContentProps) {
  const intl = useIntl();
  const board = useBoard(spaceId, id);
  const members = useMembers(spaceId);
  useBoardLive(spaceId, id, density === 'stage' ? 1000 : 2000);
  const error = (board.data ? null : board.error) ?? (members.data ? null : members.error);
  if (error) {
    return <ErrorState title="boards.board.loadFailed" error={error} onRetry={() => void board.refetch()} />;
  }
  if (!board.data || !members.data) return <LoadingState label={intl.formatMessage({ id: 'boards.board.loading' })} />;
  return density === 'stage' ? (
    <StageBoard board={board.data} members={members.data} />
  ) : (
    <PanelBoard spaceId={spaceId} board={board.data} members={members.data} />
  );
}

interface LoadedProps {
  board: BoardResponse;
  members: NonNullable<ReturnType<typeof useMembers>['data']>;
}

function StageBoard({ board, members }: LoadedProps) {
  const intl = useIntl();
  const styles = useStyles();
  const account = board.account.content as AccountContent;
  const owner = members.find((m) => m.userId === account.ownerId)?.name ?? account.ownerId;
  const open = board.sections.actions.filter((a) => (a.content as NextActionContent).status === 'open');
  const stage = board.alignment.salesStage?.name ?? intl.formatMessage({ id: 'boards.unknownStage' });
  const buyer = board.alignment.buyerStage?.buyerName ?? intl.formatMessage({ id: 'boards.unknownStage' });
  return (
    <section className={styles.root} aria-label={account.name}>
      <Text as="h2" size={800} weight="semibold" className={styles.heading}>
        {account.name}
      </Text>
      <Text size={600} className={styles.muted}>
        {intl.formatMessage({ id: 'boards.account.stages' }, { sales: stage, buyer })} · {owner}
      </Text>
      <div className={styles.stageGrid}>
        <div className={styles.column}>
          <AlignmentPanel alignment={board.alignment} density="stage" />
          <section className={styles.column} aria-label={intl.formatMessage({ id: 'boards.stage.nextActions' })}>
            <Text as="h3" size={700} weight="semibold" className={styles.heading}>
              {intl.formatMessage({ id: 'boards.stage.nextActions' })}
            </Text>
            {open.length === 0 ? (
              <Text size={500}>{intl.formatMessage({ id: 'boards.stage.noActions' })}</Text>
            ) : (
              <ul className={styles.actions}>
                {open.map((card) => {
                  const action = card.content as NextActionContent;
                  return (
                    <li key={card.id}>
                      <Text size={500}>
                        {intl.formatMessage(
                          { id: 'boards.stage.actionLine' },
                          {
                            action: action.action,
                            owner: members.find((m) => m.userId === action.ownerId)?.name ?? '—',
                            due: action.dueDate
                              ? intl.formatDate(`${action.dueDate}T12:00:00`, { dateStyle: 'medium' })
                              : '—',
                          },
                        )}
                      </Text>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>
        <div className={styles.column}>
          <RelationshipMap map={board.relationshipMap} big />
          <StageRisks board={board} />
        </div>
      </div>
    </section>
  );
}

function PanelBoard({ spaceId, board, members }: LoadedProps & { spaceId: string }) {
  const intl = useIntl();
  const styles = useStyles();
  const noteId = useId();
  const { context, readOnlyText, meId } = useBoardScreen(spaceId, board, members, noteId, true);
  const account = board.account.content as AccountContent;
  return (
    <section className={styles.root} aria-label={account.name}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {account.name}
      </Text>
      {readOnlyText ? (
        <Text as="p" id={noteId} className={styles.note}>
          {readOnlyText}
        </Text>
      ) : null}
      <AlignmentPanel alignment={board.alignment} density="compact" />
      <CardSection kind="stakeholder" cards={board.sections.stakeholders} board={context} meId={meId} />
      <CardSection kind="risk" cards={board.sections.risks} board={context} meId={meId} />
      <RelationshipMap map={board.relationshipMap} layout="list" />
      <Text size={200} className={styles.muted}>
        {intl.formatMessage({ id: 'boards.panel.openFull' })}
      </Text>
    </section>
  );
}

function StageRisks({ board }: { board: BoardResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.column} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={700} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'boards.sections.risk' })}
      </Text>
      {board.sections.risks.length === 0 ? (
        <Text size={500}>{intl.formatMessage({ id: 'boards.sections.empty' })}</Text>
      ) : (
        <ul className={styles.actions}>
          {board.sections.risks.map((card) => {
            const risk = card.content as AccountRiskContent;
            return (
              <li key={card.id}>
                <Text size={500}>
                  {intl.formatMessage(
                    { id: 'boards.stage.riskLine' },
                    {
                      risk: risk.risk,
                      likelihood: optionLabel(intl, risk.likelihood),
                      impact: optionLabel(intl, risk.impact),
                    },
                  )}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** BoardLinkedView with the boards texts, which load with it. */
export default withMessages(boardMessages)(BoardLinkedView);
