import type { WinlossAnalyticsResponse } from '@coachboard/api/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Notice } from '../../components/Notice';
import { describeError } from '../../lib/errors';
import { useTeams } from '../../teams/context';
import { useThemeScenario, useThemeValueProp } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  name: { minWidth: '12rem' },
});

/**
 * Reasons several lost deals cited: each becomes practice in one action, a role-play scenario with
 * those customers' words as objections (managers), or a point in the value-proposition notes.
 */
export function LossThemes({
  spaceId,
  themes,
  mayPractise,
  mayNote,
}: {
  spaceId: string;
  themes: WinlossAnalyticsResponse['lossThemes'];
  mayPractise: boolean;
  mayNote: boolean;
}) {
  const intl = useIntl();
  const styles = useStyles();
  const headingId = useId();
  const { info } = useTeams();
  const scenario = useThemeScenario(spaceId);
  const note = useThemeValueProp(spaceId);
  const failed = scenario.error ?? note.error;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
        {intl.formatMessage({ id: 'winloss.themes.heading' })}
      </Text>
      {themes.length === 0 ? <Text>{intl.formatMessage({ id: 'winloss.themes.none' })}</Text> : null}
      <ul className={styles.list}>
        {themes.map((theme) => (
          <li key={theme.key} className={styles.item}>
            <Text className={styles.name}>
              {intl.formatMessage(
                { id: 'winloss.themes.item' },
                { reason: theme.label, losses: theme.losses, heard: theme.heard },
              )}
            </Text>
            {mayPractise ? (
              <Button disabled={scenario.isPending} onClick={() => scenario.mutate(theme.key)}>
                {intl.formatMessage({ id: 'winloss.themes.scenario' }, { reason: theme.label })}
              </Button>
            ) : null}
            {mayNote ? (
              <Button disabled={note.isPending} onClick={() => note.mutate(theme.key)}>
                {intl.formatMessage({ id: 'winloss.themes.note' }, { reason: theme.label })}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {scenario.data ? (
        <Notice intent="success">
          {intl.formatMessage(
            { id: 'winloss.themes.scenarioMade' },
            { title: scenario.data.title, count: scenario.data.objections.length },
          )}
        </Notice>
      ) : null}
      {note.data ? <Notice intent="success">{intl.formatMessage({ id: 'winloss.themes.noted' })}</Notice> : null}
      {failed ? (
        <Notice intent="error">{intl.formatMessage({ id: describeError(failed, info.inTeams).body })}</Notice>
      ) : null}
    </section>
  );
}
