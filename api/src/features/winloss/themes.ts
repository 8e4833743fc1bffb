import type { SpaceAccess } from '../../auth/policy.js';
import { Conflict, NotFound, ROLEPLAY_LIMITS, WINLOSS_LIMITS, type WinlossEntry } from '../../domain/index.js';
import type { DocumentStore } from '../../store/port.js';
import { queryBoardCards } from '../boards/index.js';
import { getSkills } from '../practices/index.js';
import { addScenario, getCompetencies } from '../roleplays/index.js';
import type { StoredReview } from './model.js';
import { findReview } from './reviews.js';
import { readEntries } from './rollups.js';

const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** The lost deals citing one reason, those whose customer was heard first; 409 unless it is a theme. */
async function themeOf(
  store: DocumentStore,
  pk: string,
  reason: string,
): Promise<{ label: string; lost: WinlossEntry[] }> {
  const entries = await readEntries(store, pk);
  const lost = entries
    .filter((e) => e.outcome === 'lost' && e.reasons[reason] !== undefined)
    .sort((a, b) => Number(Boolean(b.customer)) - Number(Boolean(a.customer)) || b.closedOn.localeCompare(a.closedOn));
  if (lost.length === 0) throw new NotFound('loss theme');
  if (lost.length < WINLOSS_LIMITS.themeMinLosses) {
    throw new Conflict(`A loss theme needs at least ${WINLOSS_LIMITS.themeMinLosses} lost deals citing the reason.`);
  }
  return { label: lost[0]?.reasons[reason] ?? reason, lost };
}

/** The customers' words, the theme's reason first, as written (only outer spaces trimmed). */
function objectionsOf(reviews: readonly StoredReview[], reason: string): string[] {
  const quotes = reviews.flatMap((r) => r.customer?.reasons ?? []);
  const ordered = [...quotes.filter((q) => q.key === reason), ...quotes.filter((q) => q.key !== reason)];
  return [...new Set(ordered.map((q) => q.quote.trim()).filter(Boolean))].slice(0, ROLEPLAY_LIMITS.objectionsMax);
}

/**
 * Turns a loss theme into practice: a role-play scenario whose customer raises what the customers of
 * those lost deals said, in their words, played as the buyer of those deals. Its `source` names the
 * reviews it was built from. Store operations are bounded: the roll-up, at most `scenarioReviewsMax`
 * reviews, one board and the scenario library's own writes.
 */
export async function createThemeScenario(store: DocumentStore, access: SpaceAccess, reason: string) {
  const pk = access.space.pk;
  const theme = await themeOf(store, pk, reason);
  const picked = theme.lost.slice(0, WINLOSS_LIMITS.scenarioReviewsMax);
  const reviews = (await Promise.all(picked.map((e) => findReview(store, pk, e.reviewId)))).filter(
    (r): r is StoredReview => r !== undefined,
  );
  const objections = objectionsOf(reviews, reason);
  if (objections.length === 0) {
    throw new Conflict('No customer of these lost deals has been heard yet: record what a customer said first.');
  }
  const first = reviews.find((r) => r.customer) ?? reviews[0];
  const cards = first ? await queryBoardCards(store, pk, first.boardId) : [];
  const buyer = cards
    .map((c) => c.content as { role?: string; name?: string; title?: string } | undefined)
    .find((c) => c?.role === 'economicBuyer');
  const [{ skills }, { items: competencies }] = await Promise.all([getSkills(store, pk), getCompetencies(store, pk)]);
  const skill = skills.find((s) => s.key === 'objectionHandling') ?? skills[0];
  const criteria = [
    ...competencies.filter((c) => c.key === 'objectionHandling' || c.key === 'priceObjections'),
    ...competencies,
  ]
    .map((c) => c.key)
    .filter((k, i, all) => all.indexOf(k) === i)
    .slice(0, 2);
  if (!skill || criteria.length === 0) throw new Conflict('The space needs a skill and a competency to practise.');
  const caresAbout = [
    ...new Set(
      reviews.flatMap((r) => (r.customer?.reasons ?? []).map((x) => clip(x.label, ROLEPLAY_LIMITS.caresAboutItemMax))),
    ),
  ].slice(0, ROLEPLAY_LIMITS.caresAboutMax);
  const segments = [...new Set(reviews.map((r) => r.segment).filter(Boolean))];
  const competitors = [...new Set(reviews.map((r) => r.competitor).filter(Boolean))];
  const names = reviews.map((r) => r.boardName);
  const situation = [
    `Built from ${reviews.length} lost deals where "${theme.label}" was a reason: ${names.join(', ')}.`,
    segments.length ? `Segment: ${segments.join(', ')}.` : '',
    competitors.length ? `They also talked to: ${competitors.join(', ')}.` : '',
    'The customer raises what those customers told us, in their words. Keep the deal alive.',
  ]
    .filter(Boolean)
    .join(' ');
  const scenario = await addScenario(
    store,
    access,
    {
      title: clip(`Loss theme: ${theme.label}`, ROLEPLAY_LIMITS.titleMax),
      persona: {
        name: clip(buyer?.name || 'The economic buyer', ROLEPLAY_LIMITS.personaFieldMax),
        role: clip(buyer?.title || 'Economic buyer', ROLEPLAY_LIMITS.personaFieldMax),
        company: clip(names[0] ?? 'The account', ROLEPLAY_LIMITS.personaFieldMax),
        mood: clip(
          `Leaning towards no, for the reasons lost deals gave about ${theme.label.toLowerCase()}`,
          ROLEPLAY_LIMITS.moodMax,
        ),
        caresAbout: caresAbout.length > 0 ? caresAbout : [clip(theme.label, ROLEPLAY_LIMITS.caresAboutItemMax)],
      },
      situation: clip(situation, ROLEPLAY_LIMITS.situationMax),
      objections,
      skill: skill.key,
      difficulty: 'intermediate',
      suggestedRoundMinutes: 8,
      criteria,
    },
    {
      kind: 'lossTheme',
      reason,
      reasonLabel: theme.label,
      reviews: reviews.map((r) => ({ reviewId: r.reviewId, boardName: r.boardName })),
    },
  );
  return { scenario, objections };
}

/** The point a loss theme adds to the value-proposition notes, unless the caller words it. */
export async function themePoint(store: DocumentStore, pk: string, reason: string, text?: string): Promise<string> {
  const theme = await themeOf(store, pk, reason);
  if (text) return text;
  return clip(
    `Answer "${theme.label}" before the customer raises it: ${theme.lost.length} lost deals cited it.`,
    WINLOSS_LIMITS.valuePropPointMax,
  );
}
