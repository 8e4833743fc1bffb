import type { CreateCaptureBody, MemberResponse } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import type { MessageId } from '../../i18n/en';
import { PersonPicker } from '../people';
import { useCreateCapture } from './mutations';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Props of {@link CaptureForm}. */
export interface CaptureFormProps {
  spaceId: string;
  meetingId: string;
  /** The agenda item the capture belongs to (the current one); null before the meeting starts. */
  itemId: string | null;
  members: MemberResponse[];
}

type Kind = CreateCaptureBody['kind'];
interface Errors {
  text?: MessageId;
  ownerId?: MessageId;
  dueDate?: MessageId;
}

/** Checks a capture before it is sent; an action needs an owner, a due date is optional but real. */
export function validateCapture(kind: Kind, text: string, ownerId: string, dueDate: string): Errors {
  const errors: Errors = {};
  if (text.trim().length === 0) errors.text = 'meetings.capture.textRequired';
  if (kind === 'action' && ownerId === '') errors.ownerId = 'meetings.capture.ownerRequired';
  if (kind === 'action' && dueDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) {
    errors.dueDate = 'meetings.capture.dueInvalid';
  }
  return errors;
}

/** Quick capture of a decision, or of an action with its owner and due date, against the current item. */
export function CaptureForm({ spaceId, meetingId, itemId, members }: CaptureFormProps) {
  const intl = useIntl();
  const styles = useStyles();
  const create = useCreateCapture(spaceId, meetingId);
  const [kind, setKind] = useState<Kind>('action');
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = validateCapture(kind, text, ownerId, dueDate);
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) return;
    const body: CreateCaptureBody =
      kind === 'action'
        ? { kind, text: text.trim(), itemId, ownerId, dueDate: dueDate === '' ? null : dueDate }
        : { kind, text: text.trim(), itemId };
    create.mutate(body, {
      onSuccess: () => {
        setText('');
        setDueDate('');
        setSaved(true);
      },
    });
  };

  const message = (id: MessageId | undefined) => (id ? intl.formatMessage({ id }) : undefined);
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={intl.formatMessage({ id: 'meetings.capture.form' })}
    >
      <Field label={intl.formatMessage({ id: 'meetings.capture.kind' })}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, data) => setKind(data.value as Kind)}>
          <Radio value="action" label={intl.formatMessage({ id: 'meetings.capture.kind.action' })} />
          <Radio value="decision" label={intl.formatMessage({ id: 'meetings.capture.kind.decision' })} />
        </RadioGroup>
      </Field>
      <Field
        label={intl.formatMessage({ id: 'meetings.capture.text' })}
        required
        validationMessage={message(errors.text)}
      >
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
      </Field>
      {kind === 'action' ? (
        <>
          <PersonPicker
            label={intl.formatMessage({ id: 'meetings.capture.owner' })}
            explainMembersOnly
            required
            validationMessage={message(errors.ownerId)}
            members={members}
            value={ownerId}
            onChange={setOwnerId}
            emptyLabel={intl.formatMessage({ id: 'meetings.capture.ownerPick' })}
          />
          <Field label={intl.formatMessage({ id: 'meetings.capture.due' })} validationMessage={message(errors.dueDate)}>
            <Input type="date" value={dueDate} onChange={(_, data) => setDueDate(data.value)} />
          </Field>
        </>
      ) : null}
      <Button type="submit" appearance="primary" disabled={create.isPending}>
        {intl.formatMessage({ id: kind === 'action' ? 'meetings.capture.addAction' : 'meetings.capture.addDecision' })}
      </Button>
      {create.isError ? <Notice intent="error">{intl.formatMessage({ id: 'meetings.capture.failed' })}</Notice> : null}
      {saved ? <Notice intent="success">{intl.formatMessage({ id: 'meetings.capture.saved' })}</Notice> : null}
    </form>
  );
}
