/**
 * The wording rules of the agenda linter: kinds of wording (dates, people news, price and rule changes,
 * results, explicit asks) that make an item one-way or show that it needs the room.
 */

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
