import type { CoverageResponse } from '@coachboard/api/domain';
import { Badge, Button, Field, Input, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { CompetencyHeatMap, CoverageTrendChart } from './CoverageCharts';
import { ErrorLine } from './ErrorLine';
import { formatPercent, formatSince } from './format';
import { useCoverage, useCoverageSettings, useObservationCompetencies } from './queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'center' },
  gauge: { width: '12rem', height: 'auto' },
  track: { fill: 'none', stroke: tokens.colorNeutralStroke2, strokeWidth: 14 },
  fill: { fill: 'none', stroke: tokens.colorBrandBackground, strokeWidth: 14 },
  goal: { stroke: tokens.colorStatusWarningBorderActive, strokeWidth: 3 },
  value: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '22px',
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: tokens.fontFamilyBase,
  },
  figures: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  takeaway: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value2: { marginInlineStart: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  rep: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  settings: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  number: { width: '6rem' },
});

/** Reps unobserved for this long are flagged. */
const OVERDUE_DAYS = 21;
const R = 80;

/** A half-circle gauge: full at twice the goal, with the goal marked at the top. */
function Gauge({ ratio, goal, minutes }: { ratio: number; goal: number; minutes: number }) {
  const intl = useIntl();
  const styles = useStyles();
  const share = goal > 0 ? Math.min(1, ratio / (2 * goal)) : 0;
  const angle = Math.PI * (1 - share);
  const x = 100 + R * Math.cos(angle);
  const y = 100 - R * Math.sin(angle);
  return (
    <svg
      viewBox="0 0 200 120"
      className={styles.gauge}
      aria-hidden="true"
      focusable="false"
      data-testid="coverage-gauge"
      data-minutes={minutes}
    >
      <path d={`M 20 100 A ${R} ${R} 0 0 1 180 100`} className={styles.track} />
      {share > 0 ? <path d={`M 20 100 A ${R} ${R} 0 0 1 ${x} ${y}`} className={styles.fill} /> : null}
      <line x1={100} x2={100} y1={8} y2={32} className={styles.goal} />
      <text x={100} y={96} textAnchor="middle" className={styles.value}>
        {formatPercent(intl, ratio)}
      </text>
    </svg>
  );
}

/** Props of {@link CoverageView}. */
export interface CoverageViewProps {
  spaceId: string;
  /** Managers set their hours and the goal. */
  canSet: boolean;
}

/**
 * Coverage against the goal: a gauge of the last 4 weeks, this week and 12 weeks in figures, a one-
 * line takeaway, the reps the longest unobserved first, the weekly trend and the competency heat map.
 */
export function CoverageView({ spaceId, canSet }: CoverageViewProps) {
  const intl = useIntl();
  const styles = useStyles();
  const repsId = useId();
  const coverage = useCoverage(spaceId);
  const competencies = useObservationCompetencies(spaceId);
  if (coverage.isPending)
    return <Spinner size="tiny" label={intl.formatMessage({ id: 'observations.coverage.loading' })} />;
  if (coverage.isError) return <ErrorLine error={coverage.error} />;
  const c = coverage.data;
  const goal = c.goalPercent / 100;
  const longest = c.reps[0];
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Gauge ratio={c.last4Weeks.ratio} goal={goal} minutes={c.last4Weeks.minutes} />
        <dl className={styles.figures}>
          {(['thisWeek', 'last4Weeks', 'last12Weeks'] as const).map((key) => (
            <div key={key}>
              <dt className={styles.term}>{intl.formatMessage({ id: `observations.coverage.${key}` })}</dt>
              <dd className={styles.value2} data-testid={`coverage-${key}`}>
                {intl.formatMessage(
                  { id: 'observations.coverage.figure' },
                  {
                    share: formatPercent(intl, c[key].ratio),
                    goal: c.goalPercent,
                    minutes: intl.formatNumber(c[key].minutes),
                    hours: intl.formatNumber(Math.round(c[key].workingMinutes / 60)),
                  },
                )}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <Text as="p" className={styles.takeaway}>
        {intl.formatMessage(
          { id: c.scope === 'team' ? 'observations.coverage.takeaway' : 'observations.coverage.takeawaySelf' },
          {
            share: formatPercent(intl, c.last4Weeks.ratio),
            goal: c.goalPercent,
            name: longest?.name ?? '',
            since: longest?.lastObservedOn ? formatSince(intl, longest.lastObservedOn) : '',
            longest: !longest ? 'none' : longest.lastObservedOn ? 'seen' : 'never',
          },
        )}
      </Text>
      {c.scope === 'team' && c.reps.length > 0 ? (
        <section aria-labelledby={repsId}>
          <Text as="h4" id={repsId} weight="semibold" className={styles.heading}>
            {intl.formatMessage({ id: 'observations.reps.heading' })}
          </Text>
          <ul className={styles.list}>
            {c.reps.map((rep) => {
              const overdue =
                !rep.lastObservedOn ||
                Date.now() - new Date(`${rep.lastObservedOn}T12:00:00Z`).getTime() > OVERDUE_DAYS * 86_400_000;
              return (
                <li key={rep.repId} className={styles.rep}>
                  <Text weight="semibold">{rep.name}</Text>
                  <Text>
                    {rep.lastObservedOn
                      ? intl.formatMessage(
                          { id: 'observations.reps.last' },
                          { since: formatSince(intl, rep.lastObservedOn), minutes: rep.last4Weeks.minutes },
                        )
                      : intl.formatMessage({ id: 'observations.reps.never' })}
                  </Text>
                  {overdue ? (
                    <Badge appearance="tint" color="warning">
                      {intl.formatMessage({ id: 'observations.reps.due' })}
                    </Badge>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <CoverageTrendChart coverage={c} />
      {competencies.data ? <CompetencyHeatMap coverage={c} competencies={competencies.data} /> : null}
      {canSet ? <SettingsForm spaceId={spaceId} coverage={c} /> : null}
    </div>
  );
}

function SettingsForm({ spaceId, coverage }: { spaceId: string; coverage: CoverageResponse }) {
  const intl = useIntl();
  const styles = useStyles();
  const save = useCoverageSettings(spaceId);
  const [hours, setHours] = useState(String(coverage.hoursPerWeek));
  const [goal, setGoal] = useState(String(coverage.goalPercent));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    save.mutate({ hoursPerWeek: Number(hours), goalPercent: Number(goal) });
  };
  const valid =
    Number.isInteger(Number(hours)) &&
    Number(hours) >= 1 &&
    Number(hours) <= 80 &&
    Number(goal) >= 1 &&
    Number(goal) <= 100;
  return (
    <form
      className={styles.settings}
      onSubmit={submit}
      aria-label={intl.formatMessage({ id: 'observations.settings.label' })}
    >
      <Field label={intl.formatMessage({ id: 'observations.settings.hours' })}>
        <Input
          className={styles.number}
          type="number"
          min={1}
          max={80}
          value={hours}
          onChange={(_, d) => setHours(d.value)}
        />
      </Field>
      <Field label={intl.formatMessage({ id: 'observations.settings.goal' })}>
        <Input
          className={styles.number}
          type="number"
          min={1}
          max={100}
          value={goal}
          onChange={(_, d) => setGoal(d.value)}
        />
      </Field>
      <Button type="submit" disabled={!valid || save.isPending}>
        {intl.formatMessage({ id: 'observations.settings.save' })}
      </Button>
      <ErrorLine error={save.error} />
    </form>
  );
}
