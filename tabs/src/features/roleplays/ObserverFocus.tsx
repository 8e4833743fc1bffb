import { RATING_LABELS, type RoleplayResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
  anchors: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  rating: { fontWeight: tokens.fontWeightSemibold },
});

/** Props of {@link ObserverFocus}. */
export interface ObserverFocusProps {
  /** The criterion the observer watches, with what each rating looks like. */
  criterion: RoleplayResponse['criteria'][number];
}

/** An observer's focus criterion and its behavioural anchors, so that ratings mean the same to everyone. */
export function ObserverFocus({ criterion }: ObserverFocusProps) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'roleplays.run.focus.heading' }, { criterion: criterion.label })}
      </Text>
      {criterion.description ? (
        <Text as="p" size={200} className={styles.description}>
          {criterion.description}
        </Text>
      ) : null}
      <ol className={styles.anchors} aria-label={intl.formatMessage({ id: 'roleplays.run.focus.anchors' })}>
        {criterion.anchors.map((text, i) => (
          <li key={i}>
            <Text size={200}>
              <span className={styles.rating}>{RATING_LABELS[i] ?? ''}: </span>
              {text}
            </Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
