import type { OpportunityResponse } from '@coachboard/api/domain';
import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { targetDomId, useTargetHighlight } from '../notifications';
import { WorkControls } from './WorkControls';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  title: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: 0 },
  line: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  quote: { margin: 0, fontStyle: 'italic' },
});

const STATUS_COLOR = {
  new: 'informative',
  contacted: 'brand',
  qualified: 'success',
  won: 'success',
  lost: 'subtle',
  notAnOpportunity: 'subtle',
} as const;

/** Props of {@link OpportunityCard}. */
export interface OpportunityCardProps {
  o: OpportunityResponse;
  /** The caller's user id and role in the opportunity's team. */
  meId: string;
  manager: boolean;
  /** Show the team's name (lists across teams). */
  showTeam?: boolean;
  /** This card is where a notice about the opportunity opens (one card per opportunity on a page). */
  openable?: boolean;
}

/** One opportunity: what was noticed and by whom, where it stands, its points; and what the reader may do. */
export function OpportunityCard({ o, meId, manager, showTeam = false, openable = false }: OpportunityCardProps) {
  const intl = useIntl();
  const styles = useStyles();
  const highlight = useTargetHighlight();
  const titleId = useId();
  const date = intl.formatDate(o.createdAt, { dateStyle: 'medium' });
  const canWork = manager || o.assigneeId === meId;
  const milestone = (m: 'qualified' | 'won') => intl.formatMessage({ id: `opportunities.status.${m}` });
  return (
    <article
      className={openable ? mergeClasses(styles.card, highlight) : styles.card}
      aria-labelledby={titleId}
      {...(openable ? { id: targetDomId('opportunities', o.id) } : {})}
    >
      <Text as="h4" id={titleId} size={300} weight="semibold" className={styles.title}>
        <span>{o.customerName}</span>
        <Badge appearance="tint" color={STATUS_COLOR[o.status]}>
          {intl.formatMessage({ id: `opportunities.status.${o.status}` })}
        </Badge>
      </Text>
      <Text as="p" className={styles.quote}>
        {o.noticed}
      </Text>
      {o.whyItMatters ? (
        <Text as="p" className={styles.line}>
          {intl.formatMessage({ id: 'opportunities.card.why' }, { text: o.whyItMatters })}
        </Text>
      ) : null}
      {o.contact ? (
        <Text as="p" className={styles.line}>
          {intl.formatMessage({ id: 'opportunities.card.contact' }, { text: o.contact })}
        </Text>
      ) : null}
      <Text as="p" size={200} className={styles.muted}>
        {intl.formatMessage(
          { id: 'opportunities.card.urgency' },
          { urgency: intl.formatMessage({ id: `opportunities.urgency.${o.urgency}` }) },
        )}
        {' · '}
        {intl.formatMessage({ id: 'opportunities.card.by' }, { name: o.contributorName, date })}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {o.assigneeName
          ? intl.formatMessage({ id: 'opportunities.card.assignee' }, { name: o.assigneeName })
          : intl.formatMessage({ id: 'opportunities.card.triage' })}
        {showTeam ? ` · ${intl.formatMessage({ id: 'opportunities.card.team' }, { team: o.spaceName })}` : ''}
      </Text>
      {o.statusNote ? (
        <Text as="p" className={styles.line}>
          {intl.formatMessage({ id: 'opportunities.card.note' }, { text: o.statusNote })}
        </Text>
      ) : null}
      {o.convertedBoardId ? (
        <Text as="p" size={200} className={styles.muted}>
          {intl.formatMessage({ id: 'opportunities.card.board' })}
        </Text>
      ) : null}
      {o.credits.map((c) => (
        <Text as="p" size={200} key={c.milestone} className={styles.line}>
          {intl.formatMessage(
            { id: 'opportunities.card.credit' },
            {
              milestone: milestone(c.milestone),
              points: c.points,
              state: c.reversedAt ? 'reversed' : c.approvedAt ? 'approved' : 'pending',
            },
          )}
        </Text>
      ))}
      {canWork ? <WorkControls o={o} manager={manager} canWork={canWork} /> : null}
    </article>
  );
}
