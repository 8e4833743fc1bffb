/**
 * The agenda linter (principle 8: optimise the value of sales meetings). Pure rules, shared with the tabs:
 * it runs on every edit and explains each finding in words a sales manager can act on.
 */

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

/** One wording rule: where it matches, the item's could-be-an-email score moves by `weight`. */
export interface WordingRule {
  id: string;
  /** Runs against the normalised text: lower case, punctuation turned into spaces, `?` and emoji kept. */
  pattern: RegExp;
  /** Positive: the item shares information one way. Negative: it needs the people in the room. */
  weight: number;
  /** Why the rule exists, completing "It ..." or standing alone after "Mentions '...':". */
  explain: string;
}

/** Weekdays, months (not "may", a common verb) and clock times: the shape of a date people note down. */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
const MONTH = '(?:january|february|march|april|june|july|august|september|october|november|december|may \\d{1,2})';
/** A clause starts the text or follows a colon, semicolon or dash (normalise marks clause breaks with `|`). */
const CLAUSE_START = '(?<=^|\\| )';

/**
 * The wording rules. A rule counts once per item however often it matches, in the title or the notes.
 * Two-way rules weigh more than one-way ones so that an explicit ask ("discuss", "decide", "role-play")
 * clears a status or announcement item on its own. Rules describe kinds of wording (dates, people news,
 * price and rule changes, results), never particular agenda lines.
 */
export const ONE_WAY_RULES: readonly WordingRule[] = [
  {
    id: 'fyi',
    pattern:
      /\b(?:fyi|for your information|for info|for awareness|heads up|psa|please note|pls note|note that|quick (?:word|note)|just so (?:everyone|you|we all) knows?|(?:things|good|need) to know|for your diary|news(?:letter)?)\b/iu,
    weight: 3,
    explain: 'an FYI is for reading, not for discussing',
  },
  {
    id: 'update',
    pattern: /\b(?:update[sd]?)\b(?: (?:on|from|about|re|to)\b)?/iu,
    weight: 3,
    explain: 'an update reports progress one way',
  },
  {
    id: 'announcement',
    pattern: /\bannounc\w*|📢|📣|🔔/iu,
    weight: 3,
    explain: 'an announcement needs reading, not discussion',
  },
  {
    id: 'reminder',
    pattern:
      /\b(?:reminders?|dont forget|do not forget|remember to|please (?:submit|complete|fill|log|read|make sure|book|sign))\b/iu,
    weight: 3,
    explain: 'a reminder works just as well in writing',
  },
  {
    id: 'status',
    pattern: /\b(?:status|progress report)\b/iu,
    weight: 2,
    explain: 'status can be read before the meeting',
  },
  {
    id: 'recap',
    pattern:
      /\b(?:recap|summary|read ?out|reads out|rundown|round ?up|highlights|takeaways|reports?|release notes|results|findings|outcomes?|snapshot|notes from|messages from|town hall|all hands|what (?:customers|you|they|people|the team) (?:said|told us))\b/iu,
    weight: 2,
    explain: 'a recap reports what already happened',
  },
  {
    id: 'roundRobin',
    pattern:
      /\b(?:round ?robin|round the table|around the (?:table|room)|go(?:ing)? around|tour de table|each (?:rep|region|team|country|manager) (?:reads|reports|shares|gives))\b/iu,
    weight: 2,
    explain: 'a round-robin is status, one person at a time',
  },
  {
    id: 'numbers',
    pattern:
      /\b(?:numbers|metrics|kpis?|dashboards?|figures|stats|attainment|bookings|revenue|leaderboard|coverage|targets?|quota|(?:win|conversion) rates?|trends|volume|scores?|to date|ytd|vs (?:plan|target)|versus (?:plan|target)|roll ?up|\d+ ?x)\b/iu,
    weight: 2,
    explain: 'numbers are easier to read in a report than to hear',
  },
  {
    id: 'breakdown',
    pattern:
      /\b(?:regions?|regional|emea|apac|amer|latam|dach|benelux|nordics|north america|(?:by|per) (?:region|country|segment|rep|team|product|territory))\b/iu,
    weight: 1,
    explain: 'figures by region or team are easier to read in a table',
  },
  {
    id: 'people',
    pattern: new RegExp(
      [
        'new (?:hires?|joiners?|starters?|team members?|colleagues?|faces?)',
        '(?:our|the) new (?:\\p{L}+ ){0,2}?(?:sdrs?|bdrs?|aes?|account (?:executive|manager)s?|sales engineers?|interns?|managers?|reps?|leads?|contacts?|heads?|vps?|directors?|graduates?)',
        'welcome',
        'say (?:hi|hello)',
        'introduc(?:e|es|ed|ing|tion|tions)\\b(?! to\\b)',
        'intro\\b(?! to\\b)',
        `${CLAUSE_START}meet`,
        `start(?:s|ing)? (?:on )?(?:${WEEKDAY}|next week|today|tomorrow)`,
        'joins|joining|joined|comes to us|moves? (?:over|across)',
        'takes? over|hand ?over|whos who|farewell|last day|out of office|parental leave',
        '(?:team|leadership|org) changes|reorg\\w*|headcount',
      ]
        .map((part) => `\\b(?:${part})\\b`)
        .join('|'),
      'iu',
    ),
    weight: 3,
    explain: 'people news is better shared in writing',
  },
  {
    id: 'celebration',
    pattern:
      /\b(?:shout ?outs?|kudos|congrat\w*|wins of the week|team wins|latest win|signed|closed won|(?:deals|orders) closed|closed deals)\b|🎉|🥳|🏆|👏/iu,
    weight: 2,
    explain: 'shout-outs land just as well in a post',
  },
  {
    id: 'admin',
    pattern:
      /\b(?:polic(?:y|ies)|expenses?|travel|benefits|payroll|holidays?|closed|parking|compliance|mandatory|open enrollment|hygiene|housekeeping|logistics|admin|maintenance|downtime|outage|roll ?out|migration|paperwork|audit|security|training|certification|laptops?|office|invoices?|checklist|process|templates?|signature|clean ?up|hr)\b/iu,
    weight: 2,
    explain: 'admin notices need reading, not meeting time',
  },
  {
    id: 'material',
    pattern:
      /\b(?:posted|published|(?:is|are|now|goes|go|went|gone) (?:live|public)|(?:is|are|gone) out\b(?! of)|out now|available|attached|uploaded|in the channel|in the files tab|content hub|press release|case study|has moved|on sharepoint|see (?:the )?(?:link|deck|doc|dashboard|email)|read before)\b/iu,
    weight: 3,
    explain: 'it points to material people can read on their own',
  },
  {
    id: 'pricesAndRules',
    pattern:
      /\b(?:price (?:list|book|increase|rise|sheet)s?|list prices?|pricing sheet|discount (?:limits?|matrix|approval|policy|rules)|approval (?:limits?|thresholds?)|commission (?:rules|plan|rates?)|payment terms|spiffs?|skus?|rules of engagement|routing rules|mileage rate)\b/iu,
    weight: 2,
    explain: 'prices and rules are for looking up, not for discussing',
  },
  {
    id: 'change',
    pattern:
      /\b(?:changes? (?:to|in|for)|(?:is|are|has|have) chang\w*|changing|effective|whats changing|now (?:required|requires?|needs?|includes?|included|mandatory|costs?)|no longer|as of|from next (?:week|month|quarter|year)|takes? effect|go(?:es)? up|drops? to|rises? to|increase of|replace[sd]?|revised|renamed|refreshed|clarified|raised|must (?:include|be|have|use)|added|removed|new (?:\p{L}+ ){0,2}?(?:price list|prices|pricing|rules?|polic(?:y|ies)|terms|templates?|process|workflow|codes?|limits?|thresholds?|matrix|fields?|stages?|tool|portal|skus?))\b/iu,
    weight: 2,
    explain: 'a change notice can be read before the meeting',
  },
  {
    id: 'explainer',
    pattern:
      /\b(?:programmes?|programs?|schemes?|curriculum|academy|roadmap|overview|explain\w*|explanation|in a nutshell|walk ?through of|walkthrough|intro(?:duction)? to|briefing|what it is|how it works|(?:how|what) (?:the|our|this|a) (?:\p{L}+ ){0,4}(?:works?|involves?|will (?:run|work|change)))\b/iu,
    weight: 2,
    explain: 'an explanation of how something works reads better as a page people can return to',
  },
  {
    id: 'schedule',
    pattern:
      /\b(?:calendars?|schedules?|timetable|rota|timeline|(?:key |the )?dates|diary|office hours|availability|slots?|cut ?off)\b/iu,
    weight: 2,
    explain: 'a schedule is something people look up',
  },
  {
    id: 'dateAndTime',
    pattern: new RegExp(
      `\\b(?:${WEEKDAY}|${MONTH}|tomorrow|tonight|next (?:week|month|quarter|year)|\\d{1,2} ?(?:am|pm)|at \\d{1,2}(?: \\d{2})?|\\d{1,2}(?:st|nd|rd|th))\\b`,
      'iu',
    ),
    weight: 2,
    explain: 'a date or time is a notice people put in their calendar',
  },
  {
    id: 'event',
    pattern:
      /\b(?:invit\w*|rsvp|regist\w*|sign ?ups?|save the date|tickets?|venue|hotels?|flights?|dress code|badges?|party|dinner|lunch|drinks|off ?site|kick ?off|sko|summit|conference|trade (?:show|fair)|expo|webinar|roadshow|hackathon|golf day|events?)\b/iu,
    weight: 2,
    explain: 'event details are easier to find in an invitation',
  },
  {
    id: 'survey',
    pattern: /\b(?:surveys?|nps|csat|pulse|effort score|poll|questionnaire)\b/iu,
    weight: 2,
    explain: 'survey results read better as a short write-up',
  },
  {
    id: 'deadline',
    pattern:
      /\b(?:due|deadline|by (?:monday|tuesday|wednesday|thursday|friday|eod|end of (?:the )?(?:day|week|month|quarter)|tomorrow|tonight))\b/iu,
    weight: 1,
    explain: 'a deadline is a notice, not a discussion',
  },
  {
    id: 'anyQuestions',
    pattern: /\bany questions\b/iu,
    weight: 2,
    explain: "a closing 'any questions?' does not make it a discussion",
  },
  {
    id: 'noDiscussion',
    pattern:
      /\b(?:no (?:discussion|decision|questions?) (?:needed|required)|nothing (?:else )?to (?:discuss|decide|add))\b/iu,
    weight: 5,
    explain: 'it says there is nothing to discuss',
  },
  {
    id: 'discuss',
    pattern:
      /\b(?:discuss\w*|debate|talk (?:through|about)|work (?:through|out)|workshop|deep dive|unpack|dig into|dive into|figure out|sort out|think through|walks? (?:us )?through (?!of\b)|lets (?:hear|talk|look|figure|work|agree|sort|find|plan)|hear (?:from )?everyone|critique|teardown|clinic|hot seat|open floor|retro)\b/iu,
    weight: -4,
    explain: 'it asks the team to discuss',
  },
  {
    id: 'decide',
    pattern:
      /\b(?:decide|agree on|choose|vote|pick|prioriti[sz]e|sign off (?:on|the|our)|go no go|should we|walk away|nominate)\b/iu,
    weight: -4,
    explain: 'it asks the team to decide',
  },
  {
    id: 'askTheTeam',
    pattern:
      /\b(?:what|how|who|which|why|where|when)\b(?: \p{L}+){0,3} (?:should|do|can|could|would|will|did|shall) (?:we|i|you)\b|\b(?:what|which|who|whom|how|where|when) (?:\p{L}+ ){0,2}?to (?!(?:expect|bring|know|wear|us|them|me|you|the|our|an?)\b)\p{L}+/iu,
    weight: -4,
    explain: 'it asks the team to work something out',
  },
  {
    id: 'taskTogether',
    pattern: new RegExp(
      `${CLAUSE_START}(?:plan|build|map|pick|choose|agree|draft|write|rewrite|define|find|fix|rework|set|prepare|prep|review(?! of)|rehearse|test|critique|grow|compare|solve|list(?! of)|pair|whiteboard|challenge|assess|identify|improve|rank|qualify|learn from|give)\\b`,
      'iu',
    ),
    weight: -3,
    explain: 'it gives the team a task to do together',
  },
  {
    id: 'divideWork',
    pattern:
      /\b(?:who (?:\p{L}+ ){0,2}?(?:what|whom|which)|split the|divide|goals and roles|owners? (?:for|of) each)\b/iu,
    weight: -3,
    explain: 'it shares out work among the team',
  },
  {
    id: 'strategy',
    pattern: /\b(?:strateg\w*|approach\w*|goals?|roles|design|plays|commit|upside)\b/iu,
    weight: -2,
    explain: 'it plans how the team will sell',
  },
  {
    id: 'brainstorm',
    pattern: /\b(?:brainstorm\w*|ideate|ideas?)\b/iu,
    weight: -4,
    explain: 'it asks the team for ideas',
  },
  {
    id: 'practice',
    // "Best practice" is sharing, not practising, so the word before "practice" must not be "best".
    pattern:
      /\b(?:role ?play\w*|rehears\w*|drills?|mock (?:calls?|\p{L}+)|dry runs?|breakouts?)\b|(?:^|\b(?!best )\p{L}+ )practi[cs](?:e|es|ing)\b/iu,
    weight: -4,
    explain: 'it has people practise',
  },
  {
    id: 'question',
    pattern: /\?/u,
    weight: -3,
    explain: 'it asks the room a question',
  },
  {
    id: 'customerProblem',
    pattern:
      /\b(?:stuck|stalled|stalling|slipping|blocked|blockers?|at risk|risks?|push ?back|pushing (?:back|for)|objections?|threaten\w*|lost|lose|losing|losses|churn\w*|went silent|what (?:breaks|is missing|went wrong|gets in the way|is not working)|help|behind)\b/iu,
    weight: -2,
    explain: 'it brings a customer problem for the team to solve',
  },
  {
    id: 'dealWork',
    pattern:
      /\b(?:deal review|account plan\w*|win plan|close plan review|mutual action plan|value proposition|rfp|tender|whitespace|cross sell|upsell|call (?:plan|list)|buying committee|economic buyer|stakeholders?|champion|decision makers?|prep)\b/iu,
    weight: -2,
    explain: 'it works on a live deal together',
  },
  {
    id: 'sharePractice',
    pattern:
      /\b(?:what worked|that worked|lessons?(?: learned)?|tips|how (?:she|he|they|\p{L}+) (?:won|closed|shortened|got|landed|turned|saved|beat|cut|broke|booked|ran|handled|rescued|grew|built))\b/iu,
    weight: -2,
    explain: 'it shares a practice others can copy',
  },
  {
    id: 'skillWork',
    pattern:
      /\b(?:skills?|techniques?|coaching|objection handling|handling|discovery|negotiat\w*|questioning|talk track|pitch|opener|multithread\w*|storytelling|gatekeeper|brush offs?|cold (?:call|email)s?|value selling)\b/iu,
    weight: -2,
    explain: 'it builds a selling skill',
  },
  {
    id: 'participation',
    pattern:
      /\b(?:bring|come with|together|each other|feedback|listen to|in pairs|pair up|small groups|everyone (?:brings?|shares?|tries|gives?|picks?)|each of you|share your|your help|as a team)\b/iu,
    weight: -2,
    explain: 'it asks everyone to take part',
  },
];

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
