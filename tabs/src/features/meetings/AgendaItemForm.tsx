import {
  couldBeEmailScore,
  MEETING_LIMITS,
  type AgendaItemResponse,
  type AgendaKind,
  type CreateAgendaItemBody,
  type MemberResponse,
} from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/en';
import { PersonPicker } from '../people';
import { LinkTargetField } from './LinkTargetField';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: tokens.spacingVerticalS,
    alignItems: 'end',
  },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, gridColumn: '1 / -1' },
});

/** Agenda item kinds in the order the form offers them (selling kinds first). */
export const AGENDA_KINDS: AgendaKind[] = [
  'accountStrategy',
  'rolePlay',
  'skill',
  'bestPractice',
  'statusUpdate',
  'announcement',
  'decision',
  'other',
];
const LINK_KINDS = ['board', 'scenario', 'practice'] as const;
type LinkKind = (typeof LINK_KINDS)[number];

/** Props of {@link AgendaItemForm}. */
export interface AgendaItemFormProps {
  spaceId: string;
  /** The item to edit; absent to add a new one. */
  item?: AgendaItemResponse;
  members: MemberResponse[];
  pending: boolean;
  onSubmit: (body: CreateAgendaItemBody) => void;
  onCancel?: () => void;
}

/** Adds or edits an agenda item; warns while typing when the item reads like an email. */
export function AgendaItemForm({ spaceId, item, members, pending, onSubmit, onCancel }: AgendaItemFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<AgendaKind>(item?.kind ?? 'accountStrategy');
  const [ownerId, setOwnerId] = useState(item?.ownerId ?? '');
  const [timebox, setTimebox] = useState(item?.timeboxMinutes ? String(item.timeboxMinutes) : '');
  const [notes, setNotes] = useState(item?.notes ?? '');
  // A barrier's item keeps its link (the barrier register puts it there); the others are chosen here.
  const fixedLink = item?.link?.kind === 'barrier' ? item.link : null;
  const [linkKind, setLinkKind] = useState<LinkKind | ''>(item?.link && !fixedLink ? (item.link.kind as LinkKind) : '');
  const [linkId, setLinkId] = useState(item?.link?.id ?? '');
  const [errors, setErrors] = useState<{ title?: MessageId; timebox?: MessageId; link?: MessageId }>({});

  const looksLikeEmail = title.trim().length > 0 && couldBeEmailScore({ title, kind, notes }).flagged;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const minutes = timebox === '' ? null : Number(timebox);
    const found: typeof errors = {};
    if (title.trim() === '') found.title = 'meetings.item.titleRequired';
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > MEETING_LIMITS.timeboxMaxMinutes)) {
      found.timebox = 'meetings.item.timeboxInvalid';
    }
    if (linkKind !== '' && !/^[A-Za-z0-9._:@-]+$/.test(linkId.trim())) found.link = 'meetings.item.linkInvalid';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onSubmit({
      title: title.trim(),
      kind,
      ownerId: ownerId === '' ? null : ownerId,
      timeboxMinutes: minutes,
      notes,
      link: linkKind === '' ? fixedLink : { kind: linkKind, id: linkId.trim() },
    });
    if (!item) {
      setTitle('');
      setNotes('');
      setTimebox('');
      setLinkKind('');
      setLinkId('');
    }
  };

  const msg = (id: MessageId | undefined) => (id ? intl.formatMessage({ id }) : undefined);
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={intl.formatMessage({ id: item ? 'meetings.item.editForm' : 'meetings.item.addForm' })}
    >
      <Field
        className={styles.wide}
        label={intl.formatMessage({ id: 'meetings.item.title' })}
        required
        validationMessage={
          msg(errors.title) ?? (looksLikeEmail ? intl.formatMessage({ id: 'meetings.item.looksLikeEmail' }) : undefined)
        }
        validationState={errors.title ? 'error' : looksLikeEmail ? 'warning' : 'none'}
      >
        <Input value={title} maxLength={MEETING_LIMITS.titleMax} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={intl.formatMessage({ id: 'meetings.item.kind' })}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as AgendaKind)}>
          {AGENDA_KINDS.map((k) => (
            <option key={k} value={k}>
              {intl.formatMessage({ id: `meetings.kind.${k}` })}
            </option>
          ))}
        </Select>
      </Field>
      <PersonPicker
        label={intl.formatMessage({ id: 'meetings.item.owner' })}
        members={members}
        value={ownerId}
        onChange={setOwnerId}
        emptyLabel={intl.formatMessage({ id: 'meetings.noOwner' })}
      />
      <Field label={intl.formatMessage({ id: 'meetings.item.timebox' })} validationMessage={msg(errors.timebox)}>
        <Input
          type="number"
          min={1}
          max={MEETING_LIMITS.timeboxMaxMinutes}
          value={timebox}
          onChange={(_, d) => setTimebox(d.value)}
        />
      </Field>
      <Field label={intl.formatMessage({ id: 'meetings.item.linkKind' })} hidden={fixedLink !== null}>
        <Select value={linkKind} onChange={(_, d) => setLinkKind(d.value as LinkKind | '')}>
          <option value="">{intl.formatMessage({ id: 'meetings.item.noLink' })}</option>
          {LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {intl.formatMessage({ id: `meetings.link.${k}` })}
            </option>
          ))}
        </Select>
      </Field>
      {linkKind !== '' ? (
        <LinkTargetField
          spaceId={spaceId}
          kind={linkKind}
          value={linkId}
          onChange={setLinkId}
          validationMessage={msg(errors.link)}
        />
      ) : null}
      <Field className={styles.wide} label={intl.formatMessage({ id: 'meetings.item.notes' })}>
        <Textarea value={notes} maxLength={MEETING_LIMITS.notesMax} onChange={(_, d) => setNotes(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={pending}>
          {intl.formatMessage({ id: item ? 'meetings.item.save' : 'meetings.item.add' })}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{intl.formatMessage({ id: 'meetings.item.cancel' })}</Button> : null}
      </div>
    </form>
  );
}
