import { Field, Select } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { peopleMessages } from '../../i18n/en.people';
import { withMessages } from '../../i18n/withMessages';
import { useTeams } from '../../teams/context';
import { framePicksPeople } from '../../teams/peopleFrames';

/** Someone who can be chosen: a member of the space. */
export interface PersonChoice {
  userId: string;
  name: string;
}

/** Props of {@link PersonPicker}. */
export interface PersonPickerProps {
  /** The field's label (e.g. "Owner"); also the select's accessible name. */
  label: string;
  /** The people to choose from: the space's members (or a subset, e.g. not contributors). */
  members: readonly PersonChoice[];
  /** The chosen person's user id; '' for nobody. */
  value: string;
  onChange: (userId: string) => void;
  /** Text of the "nobody" choice (e.g. "No owner", "Choose a person"); without it someone must be chosen. */
  emptyLabel?: string;
  required?: boolean;
  validationMessage?: string;
  validationState?: 'error' | 'warning' | 'success' | 'none';
  /** Classes of the field, of the select's root and of the native select. */
  className?: string;
  selectClassName?: string;
  controlClassName?: string;
  disabled?: boolean;
  /** The field's size (small in dense panels); medium by default. */
  size?: 'small' | 'medium';
  /**
   * In the side panel and on the stage (where no one can be added), say under the field that only
   * members are listed and where people are added. Set it on the first person field of a form.
   */
  explainMembersOnly?: boolean;
}

/**
 * The one way a person is chosen in Coachboard (owners, casts, observers, assignees): a member of
 * the space, in a native select that works with keyboard, screen readers and touch at 280 px.
 * People who are not members yet are added with {@link AddPeople} where the Teams picker works; in
 * the side panel and on the stage the field says so.
 */
function PersonPickerView({
  label,
  members,
  value,
  onChange,
  emptyLabel,
  required,
  validationMessage,
  validationState,
  className,
  selectClassName,
  controlClassName,
  disabled,
  size,
  explainMembersOnly = false,
}: PersonPickerProps) {
  const intl = useIntl();
  const { info } = useTeams();
  const known = value === '' || members.some((m) => m.userId === value);
  const hint =
    explainMembersOnly && !framePicksPeople(info) ? intl.formatMessage({ id: 'people.picker.membersOnly' }) : undefined;
  return (
    <Field
      label={label}
      required={required}
      hint={hint}
      validationMessage={validationMessage}
      validationState={validationState ?? (validationMessage ? 'error' : 'none')}
      className={className}
      size={size}
    >
      <Select
        size={size}
        className={selectClassName}
        select={controlClassName ? { className: controlClassName } : undefined}
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      >
        {emptyLabel !== undefined || value === '' ? <option value="">{emptyLabel ?? ''}</option> : null}
        {known ? null : <option value={value}>{intl.formatMessage({ id: 'people.picker.former' })}</option>}
        {members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export const PersonPicker = withMessages(peopleMessages)(PersonPickerView);
