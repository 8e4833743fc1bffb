import { ROLEPLAY_LIMITS } from '@coachboard/api/domain';
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/en';
import type { FieldMessages } from './feedbackForm';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { paddingInline: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  rows: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  field: { flexGrow: 1, minWidth: 0 },
  remove: { marginTop: tokens.spacingVerticalXL },
  add: { alignSelf: 'flex-start' },
});

/** The texts of one list. */
const TEXTS: Record<
  'strengths' | 'developments',
  {
    legend: MessageId;
    item: MessageId;
    add: MessageId;
    remove: MessageId;
    hint: Record<'observer' | 'self', MessageId>;
  }
> = {
  strengths: {
    legend: 'roleplays.feedback.strengthsLegend',
    item: 'roleplays.feedback.strength',
    add: 'roleplays.feedback.addStrength',
    remove: 'roleplays.feedback.removeStrength',
    hint: { observer: 'roleplays.feedback.strengthsHint', self: 'roleplays.self.strengthsHint' },
  },
  developments: {
    legend: 'roleplays.feedback.developmentsLegend',
    item: 'roleplays.feedback.development',
    add: 'roleplays.feedback.addDevelopment',
    remove: 'roleplays.feedback.removeDevelopment',
    hint: { observer: 'roleplays.feedback.developmentsHint', self: 'roleplays.self.developmentsHint' },
  },
};

/** Props of {@link FeedbackList}. */
export interface FeedbackListProps {
  kind: 'strengths' | 'developments';
  /** The rows as written, empty ones included. */
  items: readonly string[];
  onChange: (items: string[]) => void;
  /** Who writes: an observer about the rep, or the rep about themselves (the hints differ). */
  voice: 'observer' | 'self';
  /** Messages by path: `strengths` for the list (shown at its first row), `strengths.1` for a row. */
  messages: FieldMessages;
}

/**
 * Strengths or development points as a list of observed behaviours: add and remove rows (at least
 * one, at most `ROLEPLAY_LIMITS.feedbackItemsMax`); focus moves to the new row, or the one before a removed row.
 */
export function FeedbackList({ kind, items, onChange, voice, messages }: FeedbackListProps) {
  const intl = useIntl();
  const styles = useStyles();
  const texts = TEXTS[kind];
  const focusRow = useRef<number | null>(null);

  const setItem = (index: number, value: string) => onChange(items.map((item, i) => (i === index ? value : item)));
  const add = () => {
    focusRow.current = items.length;
    onChange([...items, '']);
  };
  const remove = (index: number) => {
    focusRow.current = Math.max(0, index - 1);
    onChange(items.filter((_, i) => i !== index));
  };

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{intl.formatMessage({ id: texts.legend })}</legend>
      <Text as="p" size={200} className={styles.hint}>
        {intl.formatMessage({ id: texts.hint[voice] })}
      </Text>
      <ol className={styles.rows}>
        {items.map((item, index) => {
          const n = index + 1;
          const message = messages.get(`${kind}.${index}`) ?? (index === 0 ? messages.get(kind) : undefined);
          return (
            <li key={index} className={styles.row}>
              <Field
                className={styles.field}
                label={intl.formatMessage({ id: texts.item }, { n })}
                {...(message ? { validationState: 'error' as const, validationMessage: message } : {})}
              >
                <Textarea
                  ref={(element) => {
                    if (element && focusRow.current === index) {
                      focusRow.current = null;
                      element.focus();
                    }
                  }}
                  value={item}
                  rows={2}
                  resize="vertical"
                  maxLength={ROLEPLAY_LIMITS.feedbackItemMax}
                  onChange={(_, data) => setItem(index, data.value)}
                />
              </Field>
              <Button
                className={styles.remove}
                appearance="subtle"
                icon={<Delete20Regular />}
                disabled={items.length === 1}
                aria-label={intl.formatMessage({ id: texts.remove }, { n })}
                onClick={() => remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <Button
        className={styles.add}
        icon={<Add20Regular />}
        disabled={items.length >= ROLEPLAY_LIMITS.feedbackItemsMax}
        onClick={add}
      >
        {intl.formatMessage({ id: texts.add })}
      </Button>
    </fieldset>
  );
}
