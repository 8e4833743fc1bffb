import type { AskTell } from './askTellCorpus.js';

export type { AskTell } from './askTellCorpus.js';

/*
 * Ask, don't tell: sorts a manager's coaching notes into questions that invite the rep's thinking
 * ("ask") and the manager's own content ("tell"), by the labelling rule written in askTellCorpus.ts.
 * Pure and small, so the side panel runs it on every keystroke and the API counts with the same rules.
 */

/** Openings that carry no meaning of their own: "OK, so what now?" is "what now?". */
const FILLER = /^(ok(ay)?|so|right|and|but|well|interesting|hmm+|now|then|great|alright)\b[\s,.!;:-]*/;

/** "…, right?" "…, okay?" "…, makes sense?": a statement asking only for agreement. */
const TAG =
  /,\s*(right|ok(ay)?|yes|yeah|no|agreed|correct|true|makes sense|got it|understood|alright|all right|don't you|won't you|will you|isn't it|aren't you|didn't you|wouldn't you|can you|yes or no)\s*\?+$/;

/** Advice and opinions in the form of a question: the answer is already in it. */
const LEADING = [
  /^(have|had) you (ever )?(considered|thought (about|of)|tried)\b/,
  /^did you (think (about|of)|consider|try)\b/,
  /^why (don't|do not|wouldn't|won't|not)\b/,
  /^(wouldn't|shouldn't|couldn't|can't|won't|isn't|aren't|doesn't|don't|mustn't)\b/,
  /^(would|could|should) it not\b/,
  /^would it (help|make sense|be (better|worth|good|wise|easier|useful))\b/,
  /^(is|isn't) it (worth|better|time)\b/,
  /^(might|could) it be\b/,
  /^(maybe|perhaps) (you|we)\b/,
  /^how about\b/,
  /^what about (\w+ing|you|we|a|an)\b/,
  /^what if (you|we|i)\b/,
  /^(could|can|would|will) you (just|please|maybe|simply)\b/,
  /^i wonder (if|whether) (you|we) (should|could|might|ought|need|must|can)\b/,
  /^(you know what|guess what)\b/,
];

/** Invitations to think and talk, with or without a question mark. */
const INVITATION =
  /^(tell me|walk me through|talk me through|take me through|help me (understand|see)|describe|say more|explain|share (with me )?(what|how|why|your)|give me an example|i'm curious|i am curious|curious (what|how|why|whether|about|to)|i wonder\b|i'd (like|love) to (hear|know|understand|learn)|i would (like|love) to (hear|know|understand|learn)|i want to (understand|hear|know)|(your|any) thoughts|thoughts on)\b/;

/** "Could you …?" asks the rep to talk or think only with these verbs; with others it asks for a task. */
const POLITE = /^(could|can|would|will) you (\w+)/;
const TALK_VERBS = new Set([
  'tell',
  'walk',
  'talk',
  'take',
  'describe',
  'explain',
  'say',
  'share',
  'give',
  'help',
  'think',
  'see',
  'imagine',
  'remember',
  'recall',
  'picture',
  'rate',
  'summarise',
  'summarize',
  'like',
  'want',
  'prefer',
  'feel',
  'agree',
  'be',
  'do',
  'have',
  'change',
  'say',
  'consider',
]);

const WH = /^(what|what's|whats|how|how's|why|who|who's|whom|whose|when|where|where's|which)\b/;
const PREPOSED_WH = /^(by|until|since|from|with|for|to|in|on) (when|whom|what|which|how)\b/;
/** "What I would do is …", "How you opened was …": a clause, not a question. */
const PSEUDO_CLEFT =
  /^(what|how|why|who|when|where) (i|i'd|i'm|i've|you|you'd|you're|we|we'd|they|he|she|it|this|that)\b/;
/** "What worked for me was a pilot": a wh-clause followed by its verb "is/was" and a complement. */
const CLAUSE_SUBJECT = /^(what|how|who|where) \w+\b.*\b(is|was)\s+\S/;
const INVERSION = /^(do|does|did|is|are|was|were|am|have|has|had|can|could|would|will|should|shall|may|might)\s+(\S+)/;
const SUBJECTS = new Set([
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'there',
  'i',
  'anyone',
  'anybody',
  'someone',
  'anything',
]);

function normalise(sentence: string): string {
  let s = sentence
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/^[\s\-*•·>\d.)]+(?=\S)/, '')
    .trim()
    .toLowerCase();
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(FILLER, '');
  }
  return s;
}

/** Whether one sentence of a manager's notes is a question inviting the rep's thinking or the manager's own content. */
export function classifyAskTell(sentence: string): AskTell {
  const s = normalise(sentence);
  const question = /\?+["')\]]*$/.test(s);
  if (TAG.test(s)) return 'tell';
  if (LEADING.some((rule) => rule.test(s))) return 'tell';
  if (INVITATION.test(s)) return 'ask';
  const polite = POLITE.exec(s);
  if (polite) return TALK_VERBS.has(polite[2] ?? '') ? 'ask' : 'tell';
  if (/^which is why\b/.test(s)) return 'tell';
  if (WH.test(s) || PREPOSED_WH.test(s)) {
    if (question) return 'ask';
    if (PSEUDO_CLEFT.test(s) || CLAUSE_SUBJECT.test(s)) return 'tell';
    return 'ask';
  }
  const inverted = INVERSION.exec(s);
  if (inverted && (question || SUBJECTS.has(inverted[2] ?? ''))) return 'ask';
  return question ? 'ask' : 'tell';
}

/** One sentence of the notes and how it was read. */
export interface ClassifiedSentence {
  text: string;
  kind: AskTell;
}

/** The balance the session shows: "asked 2, told 9". */
export interface AskTellBalance {
  asked: number;
  told: number;
  sentences: ClassifiedSentence[];
}

/** Splits notes into sentences: at . ? ! followed by a space, and at line breaks; fragments without a letter are dropped. */
export function splitSentences(notes: string): string[] {
  return notes
    .split(/(?<=[.?!])\s+|\n+/)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
}

/** Counts questions and statements over every note of a session. */
export function askTellBalance(notes: readonly string[]): AskTellBalance {
  const sentences = notes.flatMap(splitSentences).map((text) => ({ text, kind: classifyAskTell(text) }));
  const asked = sentences.filter((s) => s.kind === 'ask').length;
  return { asked, told: sentences.length - asked, sentences };
}
