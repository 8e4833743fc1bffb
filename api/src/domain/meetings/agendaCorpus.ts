import { AGENDA_CORPUS_ISSUE_20 } from './agendaCorpusIssue20.js';
import type { AgendaKind } from './agendaLinter.js';

/** An agenda line as a manager typed it, labelled by hand: could it be an email instead of meeting time? */
export interface LabelledAgendaLine {
  title: string;
  kind: AgendaKind;
  notes?: string;
  expected: boolean;
}

/**
 * Test data for the could-be-an-email rules: lines from real-world sales meeting agendas, labelled by hand
 * before the rules were tuned. `expected: true` means the line shares information one way and belongs in
 * the pre-read digest. Kinds are what a manager would pick; many leave the default, `other`.
 */
export const AGENDA_CORPUS: readonly LabelledAgendaLine[] = [
  // One-way information: status, FYIs, announcements, recaps, admin.
  { title: 'Pipeline status round-robin', kind: 'statusUpdate', expected: true },
  { title: 'FYI: new expense policy', kind: 'announcement', expected: true },
  { title: 'Update on Contoso renewal', kind: 'other', expected: true },
  { title: 'Reminder: CRM hygiene', kind: 'other', expected: true },
  { title: 'Announcement: new hire starting Monday', kind: 'announcement', expected: true },
  { title: 'Q3 numbers recap', kind: 'statusUpdate', expected: true },
  { title: 'Q3 quota update', kind: 'statusUpdate', expected: true },
  { title: '📢 Office closed Friday for the holiday', kind: 'other', expected: true },
  { title: 'Quick update from marketing on the spring campaign', kind: 'other', expected: true },
  { title: 'Forecast roll-up: each rep reads out their commit', kind: 'statusUpdate', expected: true },
  { title: 'Heads up — CRM maintenance window Saturday night', kind: 'other', expected: true },
  { title: 'New pricing sheet is live on SharePoint', kind: 'other', expected: true },
  { title: 'Welcome Priya to the team!', kind: 'announcement', expected: true },
  { title: 'Reminder: submit expenses by Friday', kind: 'other', expected: true },
  { title: 'Win/loss report for Q2', kind: 'statusUpdate', expected: true },
  { title: 'Status update: Adatum deal', kind: 'statusUpdate', expected: true },
  { title: 'Quarterly KPIs dashboard walkthrough', kind: 'statusUpdate', expected: true },
  { title: 'Comp plan changes for H2', kind: 'announcement', expected: true },
  { title: 'Team wins of the week 🎉', kind: 'other', expected: true },
  { title: 'Shout-outs and kudos', kind: 'announcement', expected: true },
  { title: 'Training: new CRM fields go live Monday', kind: 'other', expected: true },
  { title: 'Territory changes effective 1 July', kind: 'announcement', expected: true },
  { title: 'Product update: v5 release notes', kind: 'other', expected: true },
  { title: 'HR: open enrollment deadline', kind: 'announcement', expected: true },
  { title: 'Recap of last week’s actions', kind: 'statusUpdate', expected: true },
  { title: 'Pipeline review', kind: 'statusUpdate', expected: true },
  { title: 'Read-out from the partner summit', kind: 'other', expected: true },
  { title: 'CRM hygiene: fill in next steps on every open opp', kind: 'other', expected: true },
  { title: 'Marketing: new case studies available', kind: 'other', expected: true },
  { title: 'Congratulations to Sam on the Contoso close 🎉', kind: 'announcement', expected: true },
  { title: 'Quota attainment by rep', kind: 'statusUpdate', expected: true },
  { title: 'Travel policy: book through the new portal', kind: 'other', expected: true },
  { title: 'FYI 🔔 Q4 kickoff is in Lisbon', kind: 'other', expected: true },
  { title: 'Updates', kind: 'statusUpdate', expected: true },
  { title: 'Team updates round', kind: 'other', expected: true },
  { title: 'New logo count and bookings vs plan', kind: 'statusUpdate', expected: true },
  { title: 'Company all-hands takeaways', kind: 'other', expected: true },
  { title: 'Weekly forecast call', kind: 'statusUpdate', expected: true },
  { title: 'Enablement: LinkedIn Sales Navigator licences renewed', kind: 'announcement', expected: true },
  { title: 'Holiday party details', kind: 'announcement', expected: true },
  { title: 'Marketing MQL numbers for the month', kind: 'other', expected: true },
  { title: 'Sales ops: new quote approval workflow', kind: 'other', expected: true },
  { title: 'Legal: new NDA template', kind: 'other', expected: true },
  { title: 'Quarter-end checklist', kind: 'other', expected: true },
  // Tricky: the title is neutral, the notes say it is a one-way update.
  { title: 'Contoso renewal', kind: 'other', notes: 'Quick update, no discussion needed', expected: true },
  // Tricky: a selling kind whose wording is still one way.
  { title: 'Account strategy: Contoso update', kind: 'accountStrategy', expected: true },
  { title: 'Best practice deck posted in the channel — read before Friday', kind: 'bestPractice', expected: true },
  // Tricky: mentions decisions, but only to recap them.
  { title: 'Recap of decisions from last meeting', kind: 'statusUpdate', expected: true },

  // Worth the meeting: account strategy, role-play, skills, best practice, decisions, problem solving.
  { title: 'Role-play: handling price pushback from procurement', kind: 'rolePlay', expected: false },
  {
    title: 'Account strategy: Fabrikam expansion — who is the economic buyer?',
    kind: 'accountStrategy',
    expected: false,
  },
  { title: 'Best practice: how Lynne shortened the legal cycle', kind: 'bestPractice', expected: false },
  { title: 'Practice discovery questions for the new product', kind: 'skill', expected: false },
  { title: 'Decide: which accounts get the pilot offer', kind: 'decision', expected: false },
  { title: 'Deal review: Northwind stalled at proposal', kind: 'accountStrategy', expected: false },
  { title: 'Win/loss: why did we lose Tailspin? What do we change?', kind: 'other', expected: false },
  { title: 'Brainstorm: how do we get meetings with CFOs?', kind: 'other', expected: false },
  { title: 'Role play a cold call to a new CIO', kind: 'rolePlay', expected: false },
  { title: 'Roleplay: renewal with a customer threatening to churn', kind: 'rolePlay', expected: false },
  { title: 'Objection handling drill: “we’re happy with our current vendor”', kind: 'skill', expected: false },
  { title: 'Account plan for Litware: map the buying committee', kind: 'accountStrategy', expected: false },
  { title: 'Adatum deal: legal is stuck on liability cap — ideas?', kind: 'accountStrategy', expected: false },
  { title: 'Decide which trade show we attend in October', kind: 'other', expected: false },
  { title: 'Best practice: Miguel’s 3-question discovery opener', kind: 'bestPractice', expected: false },
  { title: 'Share best practices: getting past the gatekeeper', kind: 'bestPractice', expected: false },
  { title: 'What should we do about discounting on small deals?', kind: 'other', expected: false },
  { title: 'Practice: 30-second elevator pitch in pairs', kind: 'skill', expected: false },
  { title: 'Coaching moment: asking for the next step', kind: 'skill', expected: false },
  { title: 'Skill: multithreading into the account', kind: 'skill', expected: false },
  { title: 'Northwind: should we walk away at this price?', kind: 'decision', expected: false },
  { title: 'Prioritise: top 5 accounts for the Q4 push', kind: 'decision', expected: false },
  { title: 'Demo the new dashboard to each other and practise the talk track', kind: 'skill', expected: false },
  { title: 'Pipeline review: which late-stage deals need an exec sponsor?', kind: 'accountStrategy', expected: false },
  { title: 'Lessons from the Tailspin loss: what would we do differently?', kind: 'bestPractice', expected: false },
  { title: 'Fabrikam: who else should we be talking to?', kind: 'accountStrategy', expected: false },
  { title: 'Negotiation skills: trading concessions, not giving them', kind: 'skill', expected: false },
  { title: 'Role-play debrief: what did the buyer actually care about?', kind: 'rolePlay', expected: false },
  { title: 'Agree on the follow-up cadence for inbound leads', kind: 'decision', expected: false },
  {
    title: 'Contoso renewal: procurement pushing for 15% off, how do we respond?',
    kind: 'accountStrategy',
    expected: false,
  },
  { title: 'Discovery call review: listen to Ana’s recording and give feedback', kind: 'skill', expected: false },
  { title: 'Forecast: is the Adatum deal commit or upside?', kind: 'decision', expected: false },
  { title: 'Quick wins: share one thing that worked this week', kind: 'bestPractice', expected: false },
  { title: 'Tips for getting faster legal approval', kind: 'bestPractice', expected: false },
  {
    title: 'New competitor battlecard — walk through together and practise the rebuttals',
    kind: 'skill',
    expected: false,
  },
  { title: 'Litware QBR prep: what’s our ask?', kind: 'accountStrategy', expected: false },
  { title: 'Handling “send me some information” brush-offs', kind: 'skill', expected: false },
  { title: 'Ana shares how she got Contoso’s CFO to a meeting', kind: 'bestPractice', expected: false },
  { title: 'Objection of the week', kind: 'skill', expected: false },
  { title: 'Top 3 deals slipping this quarter — where can the team help?', kind: 'accountStrategy', expected: false },
  { title: 'Review the new pricing tiers and decide on pilot discounts', kind: 'decision', expected: false },
  // Tricky: a status or announcement kind whose wording asks the room to act.
  {
    title: 'Announcement: pilot offer details — discuss which accounts qualify',
    kind: 'announcement',
    expected: false,
  },
  { title: 'Partner program changes — how do they affect our deals?', kind: 'other', expected: false },
  { title: 'Update on Contoso renewal: decide whether to match the discount', kind: 'statusUpdate', expected: false },
  // Tricky: "update" as a verb, on work done together.
  { title: 'Update our discovery questions together', kind: 'skill', expected: false },
  // Tricky: neutral title, the notes ask people to bring something.
  {
    title: 'Contoso renewal',
    kind: 'accountStrategy',
    notes: 'Bring your ideas on how to reach the CFO',
    expected: false,
  },

  ...AGENDA_CORPUS_ISSUE_20,
];
