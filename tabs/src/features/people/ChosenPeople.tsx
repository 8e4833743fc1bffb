import { Role } from '@coachboard/api/domain';
import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useIntl } from 'react-intl';
import type { PickedPerson } from '../../teams/people';
import { roleMessage } from '../spaces';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexBasis: '10rem', minWidth: 0 },
  email: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  role: { flexBasis: '9rem', flexGrow: 1 },
});

/** Someone on the list to add: who the picker returned, the role given, and a typed name when Teams gave none. */
export interface ChosenPerson extends PickedPerson {
  role: Role;
  typedName: string;
}

/** The name a chosen person is added under: Teams' display name, else what the manager typed. */
export const nameOf = (person: ChosenPerson): string => person.name ?? person.typedName.trim();

/** Props of {@link ChosenPeople}. */
export interface ChosenPeopleProps {
  people: readonly ChosenPerson[];
  onChange: (userId: string, changes: Partial<Pick<ChosenPerson, 'role' | 'typedName'>>) => void;
  onRemove: (userId: string) => void;
  /** Show "type a name" problems (after a submit attempt). */
  showProblems: boolean;
  disabled: boolean;
}

/** The people chosen to add, each with their role (and a name field when Teams gave no name). */
export function ChosenPeople({ people, onChange, onRemove, showProblems, disabled }: ChosenPeopleProps) {
  const intl = useIntl();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={intl.formatMessage({ id: 'people.chosen.label' })}>
      {people.map((person) => {
        const shown = nameOf(person) || person.email || intl.formatMessage({ id: 'people.chosen.nameUnknown' });
        return (
          <li key={person.userId} className={styles.item}>
            {person.name ? (
              <div className={styles.who}>
                <Text weight="semibold">{person.name}</Text>
                {person.email ? (
                  <Text size={200} className={styles.email}>
                    {person.email}
                  </Text>
                ) : null}
              </div>
            ) : (
              <Field
                className={styles.who}
                required
                label={
                  person.email
                    ? intl.formatMessage({ id: 'people.chosen.nameOf' }, { email: person.email })
                    : intl.formatMessage({ id: 'people.chosen.nameUnknown' })
                }
                validationMessage={
                  showProblems && !person.typedName.trim()
                    ? intl.formatMessage({ id: 'people.chosen.nameMissing' })
                    : undefined
                }
              >
                <Input
                  value={person.typedName}
                  maxLength={80}
                  disabled={disabled}
                  onChange={(_, data) => onChange(person.userId, { typedName: data.value })}
                />
              </Field>
            )}
            <Field className={styles.role} label={intl.formatMessage({ id: 'people.chosen.roleOf' }, { name: shown })}>
              <Select
                value={person.role}
                disabled={disabled}
                onChange={(_, data) => {
                  const role = Role.safeParse(data.value);
                  if (role.success) onChange(person.userId, { role: role.data });
                }}
              >
                {Role.options.map((role) => (
                  <option key={role} value={role}>
                    {intl.formatMessage({ id: roleMessage[role] })}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              appearance="subtle"
              icon={<Dismiss16Regular />}
              disabled={disabled}
              aria-label={intl.formatMessage({ id: 'people.chosen.unchoose' }, { name: shown })}
              onClick={() => onRemove(person.userId)}
            />
          </li>
        );
      })}
    </ul>
  );
}
