/**
 * The agenda linter (principle 8: optimise the value of sales meetings). Pure rules, shared with the tabs:
 * it runs on every edit and explains each finding in words a sales manager can act on.
 */

import { ONE_WAY_RULES, type WordingRule } from './agendaRules.js';

export { ONE_WAY_RULES, type WordingRule } from './agendaRules.js';

/** What an agenda item is for; the first four are the kinds that deserve meeting time. */
export type AgendaKind =
  'accountStrategy' | 'rolePlay' | 'skill' | 'bestPractice' | 'statusUpdate' | 'announcement' | 'decision' | 'other';

/** The kinds that deserve meeting time: account strategy, role-play, skill practice, best-practice sharing. */
export const SELLING_KINDS: readonly AgendaKind[] = ['accountStrategy', 'rolePlay', 'skill', 'bestPractice'];

/** What the linter needs of an item (a subset of the stored agenda item). */
export interface LintItem {
  id: string;
  title: string;
  kind: AgendaKind;
  ownerId?: string | null;
  timeboxMinutes?: number | null;
  notes?: string;
  inDigest?: boolean;
}

export type FindingCode = 'couldBeEmail' | 'noOwner' | 'noTimebox' | 'overLength' | 'noSellingTime';

/** One thing the linter wants the manager to look at. */
export interface Finding {
  code: FindingCode;
  itemId?: string;
  severity: 'warning' | 'info';
  message: string;
  /** why, e.g. "Mentions 'update on' and is a status update" */
  reason: string;
  /** for couldBeEmail: the one-click fix */
  fix?: { action: 'moveToDigest'; itemId: string };
}

/** The linter's verdict on a whole agenda. */
export interface LintResult {
  findings: Finding[];
  /** Minutes of the items still on the agenda (digest items excluded). */
  totalMinutes: number;
  /** Of those, minutes on the selling kinds. */
  sellingMinutes: number;
  sellingTimeRatio: number /* 0..1, 0 when total is 0 */;
  meetingMinutes: number;
  /** Items already moved to the pre-read digest, in agenda order. */
  digestItemIds: string[];
  /** Items on the agenda whose line the team keeps in the meeting ("needs the room"), in agenda order. */
  keptItemIds: string[];
}

/** Where each kind starts before wording is weighed: status and announcements start at the threshold. */
export const KIND_WEIGHTS: Readonly<Record<AgendaKind, number>> = {
  statusUpdate: 2,
  announcement: 2,
  other: 0,
  decision: -2,
  accountStrategy: -1,
  rolePlay: -2,
  skill: -1,
  bestPractice: -1,
};

/** An item whose score reaches this is flagged as could-be-an-email. */
export const COULD_BE_EMAIL_THRESHOLD = 2;

const KIND_NAMES: Record<AgendaKind, string> = {
  accountStrategy: 'account strategy',
  rolePlay: 'a role-play',
  skill: 'skill practice',
  bestPractice: 'best-practice sharing',
  statusUpdate: 'a status update',
  announcement: 'an announcement',
  decision: 'a decision',
  other: 'an item',
};

const KIND_EXPLAIN: Partial<Record<AgendaKind, string>> = {
  statusUpdate: 'status can be read before the meeting',
  announcement: 'an announcement needs reading, not discussion',
};

const MAX_QUOTED_TITLE = 60;

/**
 * Lower case, apostrophes dropped ("don't" -> "dont"), other punctuation as spaces; `?` and emoji kept.
 * A clause break (a colon or semicolon before a space, a dash between words) becomes ` | `, so a rule can
 * tell "Plan the dates" (a task) from "Dates: plan ahead" (a notice); "9:30" and "2–3pm" stay numbers.
 */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/gu, '')
    .replace(/(\p{Extended_Pictographic})/gu, ' $1 ')
    .replace(/[:;](?=\s)|\u2014|\s[\u2013-](?=\s)/gu, ' | ')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}?|]+/gu, ' ')
    .replace(/^[\s|]+|[\s|]+$/gu, '');
}

/**
 * How a line the team keeps in the meeting is remembered: the title as the linter reads it, so that
 * "Pipeline status!" and "pipeline status" are the same line in next week's meeting.
 */
export function keptLineKey(title: string): string {
  return normalise(title).replace(/[|?]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

interface RuleMatch {
  rule: WordingRule;
  /** The matched words as the manager wrote them, for quoting back. */
  quote: string;
}

const APOSTROPHE = "['\u2018\u2019\u02bc`]?";
const BETWEEN_WORDS = '[^\\p{L}\\p{N}]+';

/** Finds the normalised phrase in the original text, so "role play" is quoted back as "Role-play". */
function quoteFrom(original: string, phrase: string): string {
  const source = Array.from(phrase)
    .map((c) => (c === ' ' ? BETWEEN_WORDS : c.replace(/[.*+?^$|()[\]{}\\]/gu, '\\$&') + APOSTROPHE))
    .join('');
  return new RegExp(source, 'iu').exec(original.normalize('NFKC'))?.[0] ?? phrase;
}

function evaluate(item: Pick<LintItem, 'title' | 'kind' | 'notes'>): { score: number; matches: RuleMatch[] } {
  const sources = item.notes ? [item.title, item.notes] : [item.title];
  const texts = sources.map((source) => ({ source, text: normalise(source) }));
  const matches: RuleMatch[] = [];
  let score = KIND_WEIGHTS[item.kind];
  for (const rule of ONE_WAY_RULES) {
    for (const { source, text } of texts) {
      const found = rule.pattern.exec(text);
      if (!found) continue;
      score += rule.weight;
      matches.push({ rule, quote: quoteFrom(source, found[0].trim()) });
      break;
    }
  }
  return { score, matches };
}

/**
 * How much an item reads like one-way information. `matched` lists the ids of every rule that matched,
 * one-way and two-way alike.
 */
export function couldBeEmailScore(item: Pick<LintItem, 'title' | 'kind' | 'notes'>): {
  score: number;
  flagged: boolean;
  matched: string[];
} {
  const { score, matches } = evaluate(item);
  return { score, flagged: score >= COULD_BE_EMAIL_THRESHOLD, matched: matches.map((m) => m.rule.id) };
}

function quoteTitle(title: string): string {
  const clean = title.replace(/\s+/gu, ' ').trim();
  if (clean.length === 0) return "'Untitled item'";
  return clean.length > MAX_QUOTED_TITLE ? `'${clean.slice(0, MAX_QUOTED_TITLE - 1).trimEnd()}…'` : `'${clean}'`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function couldBeEmailReason(item: LintItem, matches: RuleMatch[]): string {
  const oneWay = matches.filter((m) => m.rule.weight > 0).sort((a, b) => b.rule.weight - a.rule.weight);
  const evidence: string[] = [];
  // "New price list" already says "price list": quote each piece of wording once.
  const quotes = oneWay
    .map((m) => m.quote)
    .filter((quote, i, all) =>
      all.every((other, j) => {
        const [a, b] = [quote.toLowerCase(), other.toLowerCase()];
        return j === i || !b.includes(a) || (a === b && i < j);
      }),
    );
  if (oneWay.length > 0) evidence.push(`mentions ${joinWithAnd(quotes.map((quote) => `'${quote}'`))}`);
  if (KIND_WEIGHTS[item.kind] > 0) evidence.push(`is ${KIND_NAMES[item.kind]}`);
  const why = oneWay[0]?.rule.explain ?? KIND_EXPLAIN[item.kind] ?? 'it shares information one way';
  const despite = SELLING_KINDS.includes(item.kind) ? `, even though it is marked as ${KIND_NAMES[item.kind]}` : '';
  // A comma keeps "Mentions 'a' and 'b', and is a status update" readable.
  const glue = quotes.length > 1 ? ', and ' : ' and ';
  return `${capitalise(evidence.join(glue))}${despite}: ${why}.`;
}

function hasTimebox(item: LintItem): item is LintItem & { timeboxMinutes: number } {
  return typeof item.timeboxMinutes === 'number' && Number.isFinite(item.timeboxMinutes) && item.timeboxMinutes > 0;
}

function minutes(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

/**
 * Lints an agenda against a meeting of `meetingMinutes` (0 or less: length unknown, no over-length check).
 * Findings come item by item in agenda order, then the agenda-wide ones. Items in the digest are skipped.
 * `keptLines` holds the {@link keptLineKey}s of lines the team said need the room: they are not flagged
 * as could-be-an-email again.
 */
export function lintAgenda(
  items: LintItem[],
  meetingMinutes: number,
  keptLines: ReadonlySet<string> = new Set(),
): LintResult {
  const findings: Finding[] = [];
  const active = items.filter((item) => item.inDigest !== true);
  let totalMinutes = 0;
  let sellingMinutes = 0;
  let emailMinutes = 0;
  let emailCount = 0;
  const keptItemIds: string[] = [];

  for (const item of active) {
    const title = quoteTitle(item.title);
    const selling = SELLING_KINDS.includes(item.kind);
    const timed = hasTimebox(item);
    if (timed) {
      totalMinutes += item.timeboxMinutes;
      if (selling) sellingMinutes += item.timeboxMinutes;
    }

    const kept = keptLines.size > 0 && keptLines.has(keptLineKey(item.title));
    if (kept) keptItemIds.push(item.id);
    const { score, matches } = evaluate(item);
    if (!kept && score >= COULD_BE_EMAIL_THRESHOLD) {
      emailCount += 1;
      if (timed) emailMinutes += item.timeboxMinutes;
      findings.push({
        code: 'couldBeEmail',
        itemId: item.id,
        // A selling kind with one-way wording is a nudge, not a problem.
        severity: selling ? 'info' : 'warning',
        message: `Could be an email: ${title} shares information one way. Move it to the pre-read digest.`,
        reason: couldBeEmailReason(item, matches),
        fix: { action: 'moveToDigest', itemId: item.id },
      });
    }
    if (!item.ownerId?.trim()) {
      findings.push({
        code: 'noOwner',
        itemId: item.id,
        severity: 'warning',
        message: `No owner: ${title} has nobody to lead it. Assign an owner.`,
        reason: 'Nobody is assigned to prepare and lead this item.',
      });
    }
    if (!timed) {
      findings.push({
        code: 'noTimebox',
        itemId: item.id,
        severity: 'warning',
        message: `No timebox: ${title} has no time limit. Give it a number of minutes so the meeting ends on time.`,
        reason: 'It has no minutes set, so it does not count towards the total and can run over.',
      });
    }
  }

  if (meetingMinutes > 0 && totalMinutes > meetingMinutes) {
    const over = totalMinutes - meetingMinutes;
    const freed =
      emailMinutes > 0
        ? ` Moving the ${emailCount === 1 ? 'item that could be an email' : `${emailCount} items that could be emails`} to the digest frees ${minutes(emailMinutes)}.`
        : '';
    findings.push({
      code: 'overLength',
      severity: 'warning',
      message: `Too long: the agenda runs ${minutes(totalMinutes)}, ${minutes(over)} over the ${meetingMinutes}-minute meeting. Shorten or cut items.${freed}`,
      reason: `The timeboxes add up to ${minutes(totalMinutes)}; the meeting is ${minutes(meetingMinutes)}.`,
    });
  }

  if (active.length > 0 && sellingMinutes === 0) {
    const untimedSelling = active.find((item) => SELLING_KINDS.includes(item.kind));
    findings.push({
      code: 'noSellingTime',
      severity: 'warning',
      message:
        'No selling time: add account strategy, a role-play of a hard customer case, skill practice or best-practice sharing.',
      reason: untimedSelling
        ? `${quoteTitle(untimedSelling.title)} is ${KIND_NAMES[untimedSelling.kind]} but has no minutes set.`
        : `${active.length === 1 ? 'The only item is not' : `None of the ${active.length} items is`} account strategy, role-play, skill practice or best-practice sharing.`,
    });
  }

  return {
    findings,
    totalMinutes,
    sellingMinutes,
    sellingTimeRatio: totalMinutes > 0 ? sellingMinutes / totalMinutes : 0,
    meetingMinutes,
    digestItemIds: items.filter((item) => item.inDigest === true).map((item) => item.id),
    keptItemIds,
  };
}
