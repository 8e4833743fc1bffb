import type { AgendaResponse, MemberResponse } from '@coachboard/api/domain';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowDown20Regular, ArrowUp20Regular, ReOrderDotsVertical20Regular } from '@fluentui/react-icons';
import { useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { ApiError } from '../../lib/api';
import { AgendaItemForm } from './AgendaItemForm';
import { LintFindings } from './LintFindings';
import { SellingMeter } from './SellingMeter';
import { afterIdForDrop, afterIdForMove } from './agendaOrder';
import { useChangeAgenda, type AgendaChange } from './mutations';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  kept: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropTarget: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  handle: { cursor: 'grab' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Props of {@link AgendaBuilder}. */
export interface AgendaBuilderProps {
  spaceId: string;
  agenda: AgendaResponse;
  members: MemberResponse[];
  /** Managers and reps plan; contributors read. */
  canEdit: boolean;
}

/**
 * The agenda builder: items with kind, owner, timebox, notes and link; add, edit, delete; reorder
 * by drag and drop or by keyboard (Move up/down, or arrow keys on the handle), announced politely.
 * The linter's findings sit next to each item and in a summary with their one-click fixes.
 */
export function AgendaBuilder({ spaceId, agenda, members, canEdit }: AgendaBuilderProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const change = useChangeAgenda(spaceId, agenda.meeting.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The item just kept in the meeting ("needs the room"), so that the manager can change their mind. */
  const [kept, setKept] = useState<{ itemId: string; title: string } | null>(null);

  const items = agenda.items.filter((i) => !i.inDigest);
  const ids = items.map((i) => i.id);
  const apply = (next: AgendaChange, onDone?: () => void): void => change.mutate(next, { onSuccess: onDone });

  const move = (itemId: string, afterItemId: string | null | undefined, title: string, to: number): void => {
    if (afterItemId === undefined) return;
    apply({ type: 'move', itemId, afterItemId }, () =>
      setAnnouncement(intl.formatMessage({ id: 'meetings.agenda.moved' }, { title, position: to, count: ids.length })),
    );
  };
  const moveBy = (itemId: string, delta: -1 | 1): void => {
    const index = ids.indexOf(itemId);
    const title = items[index]?.title ?? '';
    move(itemId, afterIdForMove(ids, itemId, delta), title, index + delta + 1);
  };
  const onHandleKey = (event: KeyboardEvent, itemId: string): void => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      moveBy(itemId, event.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const onDrop = (event: DragEvent, targetId: string): void => {
    event.preventDefault();
    setOver(null);
    const source = dragged ?? event.dataTransfer.getData('text/plain');
    setDragged(null);
    if (!source) return;
    const title = items.find((i) => i.id === source)?.title ?? '';
    move(source, afterIdForDrop(ids, source, targetId), title, ids.indexOf(targetId) + 1);
  };

  const markNeedsTheRoom = (itemId: string, needsTheRoom: boolean): void => {
    const title = agenda.items.find((i) => i.id === itemId)?.title ?? '';
    apply({ type: 'needsTheRoom', itemId, needsTheRoom }, () => setKept(needsTheRoom ? { itemId, title } : null));
  };

  const conflict = change.error instanceof ApiError && change.error.status === 412;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'meetings.agenda.heading' })}
      </Text>
      <SellingMeter
        ratio={agenda.lint.sellingTimeRatio}
        totalMinutes={agenda.lint.totalMinutes}
        meetingMinutes={agenda.lint.meetingMinutes}
      />
      <LintFindings
        findings={agenda.lint.findings}
        items={agenda.items}
        canFix={canEdit}
        pending={change.isPending}
        onMoveToDigest={(itemId) => {
          const item = agenda.items.find((i) => i.id === itemId);
          if (item) apply({ type: 'update', itemId, etag: item.etag, body: { inDigest: true } });
        }}
        onNeedsTheRoom={(itemId) => markNeedsTheRoom(itemId, true)}
      />
      {kept && agenda.lint.keptItemIds.includes(kept.itemId) ? (
        <div role="status" className={styles.kept}>
          <Text size={200}>{intl.formatMessage({ id: 'meetings.lint.kept' }, { title: kept.title })}</Text>
          <Button
            size="small"
            appearance="subtle"
            disabled={change.isPending}
            onClick={() => markNeedsTheRoom(kept.itemId, false)}
            aria-label={intl.formatMessage({ id: 'meetings.lint.flagAgainOf' }, { title: kept.title })}
          >
            {intl.formatMessage({ id: 'meetings.lint.flagAgain' })}
          </Button>
        </div>
      ) : null}
      {conflict ? <Notice intent="warning">{intl.formatMessage({ id: 'meetings.agenda.conflict' })}</Notice> : null}
      {change.isError && !conflict ? (
        <Notice intent="error">{intl.formatMessage({ id: 'meetings.agenda.failed' })}</Notice>
      ) : null}
      <div aria-live="polite" className={styles.hidden}>
        {announcement}
      </div>
      {items.length === 0 ? <Text as="p">{intl.formatMessage({ id: 'meetings.agenda.empty' })}</Text> : null}
      <ol className={styles.list} aria-labelledby={headingId}>
        {items.map((item, index) => (
          <li
            key={item.id}
            className={mergeClasses(styles.item, over === item.id && styles.dropTarget)}
            onDragOver={(event) => {
              if (!dragged) return;
              event.preventDefault();
              setOver(item.id);
            }}
            onDragLeave={() => setOver((current) => (current === item.id ? null : current))}
            onDrop={(event) => onDrop(event, item.id)}
          >
            {canEdit ? (
              <Button
                appearance="subtle"
                icon={<ReOrderDotsVertical20Regular />}
                className={styles.handle}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData('text/plain', item.id);
                  event.dataTransfer.effectAllowed = 'move';
                  setDragged(item.id);
                }}
                onDragEnd={() => {
                  setDragged(null);
                  setOver(null);
                }}
                onKeyDown={(event) => onHandleKey(event, item.id)}
                aria-label={intl.formatMessage({ id: 'meetings.agenda.handle' }, { title: item.title })}
                aria-describedby={`${headingId}-handle-help`}
              />
            ) : null}
            <div className={styles.body}>
              {editing === item.id ? (
                <AgendaItemForm
                  spaceId={spaceId}
                  item={item}
                  members={members}
                  pending={change.isPending}
                  onSubmit={(body) =>
                    apply({ type: 'update', itemId: item.id, etag: item.etag, body }, () => setEditing(null))
                  }
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <Text weight="semibold">{item.title}</Text>
                  <Text size={200} className={styles.meta}>
                    {intl.formatMessage(
                      { id: 'meetings.agenda.itemMeta' },
                      {
                        kind: intl.formatMessage({ id: `meetings.kind.${item.kind}` }),
                        owner: item.ownerName ?? intl.formatMessage({ id: 'meetings.noOwner' }),
                        minutes: item.timeboxMinutes ?? 0,
                        timed: item.timeboxMinutes === null ? 'no' : 'yes',
                      },
                    )}
                  </Text>
                  {item.link ? (
                    <Text size={200} className={styles.meta}>
                      {intl.formatMessage(
                        { id: 'meetings.agenda.linked' },
                        { kind: intl.formatMessage({ id: `meetings.link.${item.link.kind}` }), id: item.link.id },
                      )}
                    </Text>
                  ) : null}
                  {item.notes ? <Text size={200}>{item.notes}</Text> : null}
                  <LintFindings
                    findings={agenda.lint.findings.filter((f) => f.itemId === item.id)}
                    items={agenda.items}
                    canFix={canEdit}
                    pending={change.isPending}
                    inline
                    onMoveToDigest={() =>
                      apply({ type: 'update', itemId: item.id, etag: item.etag, body: { inDigest: true } })
                    }
                  />
                  {agenda.lint.keptItemIds.includes(item.id) && kept?.itemId !== item.id ? (
                    <div className={styles.kept}>
                      <Text size={200} className={styles.meta}>
                        {intl.formatMessage({ id: 'meetings.lint.keptItem' })}
                      </Text>
                      {canEdit ? (
                        <Button
                          size="small"
                          appearance="subtle"
                          disabled={change.isPending}
                          onClick={() => markNeedsTheRoom(item.id, false)}
                          aria-label={intl.formatMessage({ id: 'meetings.lint.flagAgainOf' }, { title: item.title })}
                        >
                          {intl.formatMessage({ id: 'meetings.lint.flagAgain' })}
                        </Button>
                      ) : null}
                    </div>
                  ) : null}
                  {canEdit ? (
                    <div className={styles.actions}>
                      <Button
                        size="small"
                        icon={<ArrowUp20Regular />}
                        disabled={index === 0 || change.isPending}
                        onClick={() => moveBy(item.id, -1)}
                        aria-label={intl.formatMessage({ id: 'meetings.agenda.moveUp' }, { title: item.title })}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDown20Regular />}
                        disabled={index === items.length - 1 || change.isPending}
                        onClick={() => moveBy(item.id, 1)}
                        aria-label={intl.formatMessage({ id: 'meetings.agenda.moveDown' }, { title: item.title })}
                      />
                      <Button size="small" onClick={() => setEditing(item.id)}>
                        {intl.formatMessage({ id: 'meetings.agenda.edit' })}
                      </Button>
                      <Button
                        size="small"
                        disabled={change.isPending}
                        onClick={() => apply({ type: 'delete', itemId: item.id, etag: item.etag })}
                        aria-label={intl.formatMessage({ id: 'meetings.agenda.delete' }, { title: item.title })}
                      >
                        {intl.formatMessage({ id: 'meetings.agenda.deleteShort' })}
                      </Button>
                    </div>
                  ) : null}
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
      <Text id={`${headingId}-handle-help`} className={styles.hidden}>
        {intl.formatMessage({ id: 'meetings.agenda.handleHelp' })}
      </Text>
      {canEdit ? (
        <section aria-label={intl.formatMessage({ id: 'meetings.item.addForm' })}>
          <Text as="h3" weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'meetings.item.addForm' })}
          </Text>
          <AgendaItemForm
            spaceId={spaceId}
            members={members}
            pending={change.isPending}
            onSubmit={(body) => apply({ type: 'add', body })}
          />
        </section>
      ) : null}
    </section>
  );
}
