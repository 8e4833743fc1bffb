import type { BoardCardKind } from '@coachboard/api/domain';
import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MessageId } from '../../i18n/en';
import { PersonPicker } from '../people';
import {
  CARD_FIELDS,
  choicesOf,
  fieldLabel,
  textOf,
  type Content,
  type FieldContext,
  type FieldSpec,
} from './cardFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
    gap: tokens.spacingVerticalS,
    columnGap: tokens.spacingHorizontalM,
  },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const ERROR_TEXT: Record<'required' | 'tooLong' | 'invalid', MessageId> = {
  required: 'boards.field.required',
  tooLong: 'boards.field.tooLong',
  invalid: 'boards.field.invalid',
};

/** Props of {@link CardForm}. */
export interface CardFormProps {
  kind: BoardCardKind;
  /** The draft being edited (controlled). */
  value: Content;
  onChange: (next: Content) => void;
  ctx: FieldContext;
  /** Problems found on the last save attempt, by field. */
  errors: Partial<Record<string, 'required' | 'tooLong' | 'invalid'>>;
  onSubmit: () => void;
  onCancel: () => void;
  pending: boolean;
  /** The form's accessible name. */
  label: string;
  /** Shown between the fields and the buttons, e.g. the alignment the draft would have. */
  preview?: ReactNode;
}

/** Edits the fields of one card; the caller owns the draft, validation and saving. */
export function CardForm({
  kind,
  value,
  onChange,
  ctx,
  errors,
  onSubmit,
  onCancel,
  pending,
  label,
  preview,
}: CardFormProps) {
  const styles = useStyles();
  return (
    <form
      aria-label={label}
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div className={styles.fields}>
        {CARD_FIELDS[kind].map((spec) => (
          <FieldInput
            key={spec.name}
            spec={spec}
            value={value[spec.name]}
            ctx={ctx}
            error={errors[spec.name]}
            onChange={(next) => onChange({ ...value, [spec.name]: next })}
            wideClass={styles.wide}
          />
        ))}
      </div>
      {preview}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={pending}>
          {ctx.intl.formatMessage({ id: pending ? 'boards.card.saving' : 'boards.card.save' })}
        </Button>
        <Button onClick={onCancel} disabled={pending}>
          {ctx.intl.formatMessage({ id: 'boards.card.cancel' })}
        </Button>
      </div>
    </form>
  );
}

interface FieldInputProps {
  spec: FieldSpec;
  value: unknown;
  ctx: FieldContext;
  error: 'required' | 'tooLong' | 'invalid' | undefined;
  onChange: (value: unknown) => void;
  wideClass: string;
}

function FieldInput({ spec, value, ctx, error, onChange, wideClass }: FieldInputProps) {
  const { intl } = ctx;
  const label = fieldLabel(intl, spec.name);
  if (spec.type === 'bool') {
    return <Checkbox label={label} checked={value === true} onChange={(_, data) => onChange(data.checked === true)} />;
  }
  const fieldProps = {
    label,
    className: spec.type === 'notes' ? wideClass : undefined,
    validationState: error ? ('error' as const) : ('none' as const),
    validationMessage: error ? intl.formatMessage({ id: ERROR_TEXT[error] }) : undefined,
  };
  const text = textOf(value);
  switch (spec.type) {
    case 'text':
      return (
        <Field {...fieldProps}>
          <Input value={text} onChange={(_, data) => onChange(data.value)} />
        </Field>
      );
    case 'notes':
      return (
        <Field {...fieldProps}>
          <Textarea value={text} resize="vertical" onChange={(_, data) => onChange(data.value)} />
        </Field>
      );
    case 'number':
      return (
        <Field {...fieldProps}>
          <Input
            type="number"
            min={0}
            value={text}
            onChange={(_, data) => onChange(data.value === '' ? 0 : Number(data.value))}
          />
        </Field>
      );
    case 'date':
      return (
        <Field {...fieldProps}>
          <Input
            type="date"
            value={text}
            onChange={(_, data) => onChange(data.value === '' && spec.nullable ? null : data.value)}
          />
        </Field>
      );
    case 'member':
      // Owners are chosen the one way a person is chosen in the app.
      return (
        <PersonPicker
          label={label}
          members={ctx.members}
          value={text}
          onChange={(userId) => onChange(userId === '' && spec.nullable ? null : userId)}
          emptyLabel={spec.nullable ? intl.formatMessage({ id: 'boards.field.nobody' }) : undefined}
          validationState={fieldProps.validationState}
          validationMessage={fieldProps.validationMessage}
        />
      );
    default:
      return (
        <Field {...fieldProps}>
          <Select value={text} onChange={(_, data) => onChange(data.value === '' && spec.nullable ? null : data.value)}>
            {spec.nullable ? <option value="">{intl.formatMessage({ id: 'boards.field.nobody' })}</option> : null}
            {choicesOf(spec, ctx).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      );
  }
}
