import type { LabelledCoachingSentence } from './askTellCorpus.js';

/**
 * An independent held-out set for the ask/tell classifier: 120 sentences a sales manager says or
 * writes in a 1:1 coaching session, written and labelled by hand from the labelling rule in
 * askTellCorpus.ts only, before reading the classifier or its other sentence sets. Never tune the
 * classifier on it; it measures how the rules carry to wording they were not written against.
 */
export const ASK_TELL_HELD_OUT_INDEPENDENT: readonly LabelledCoachingSentence[] = [
  // Ask: goal.
  { text: 'What would a great outcome from this quarter look like for you?', expected: 'ask' },
  { text: "What's the one thing you want to walk away with today?", expected: 'ask' },
  { text: 'Q: what does success look like by end of Q3', expected: 'ask' },
  { text: 'Keen to hear your take on where you want to be by the summer.', expected: 'ask' },
  { text: 'How will you know you have got there?', expected: 'ask' },
  // Ask: reality.
  { text: 'Where are you with the Hallam renewal', expected: 'ask' },
  { text: 'Did the procurement lead actually join the call?', expected: 'ask' },
  { text: 'Which of those three deals do you reckon is most at risk?', expected: 'ask' },
  { text: "What's your read on the CFO?", expected: 'ask' },
  { text: 'How confident are you in the close date?', expected: 'ask' },
  { text: 'Was the champion surprised by the legal redlines?', expected: 'ask' },
  { text: 'Why do you think they went quiet after the demo?', expected: 'ask' },
  { text: 'If nothing changed, where would this deal be in a month?', expected: 'ask' },
  { text: 'Who else needs to be in the room when they decide?', expected: 'ask' },
  { text: 'How are you feeling about your number this month?', expected: 'ask' },
  // why: a closed question about the rep's own view, not advice.
  { text: 'Do you think the timeline is realistic?', expected: 'ask' },
  { text: 'where did you land on the pricing tiers w/ Jo', expected: 'ask' },
  { text: 'What got in the way of sending the proposal last week?', expected: 'ask' },
  { text: 'Help me understand why the pilot stalled.', expected: 'ask' },
  { text: 'Talk me through your thinking on the discount.', expected: 'ask' },
  // Ask: options.
  { text: 'What else could you try?', expected: 'ask' },
  { text: 'What options do you see for getting to the economic buyer?', expected: 'ask' },
  { text: "What's your plan B if legal drags on?", expected: 'ask' },
  { text: 'What would you need to believe to forecast it as commit?', expected: 'ask' },
  { text: "I'd love to hear how you'd handle that objection next time.", expected: 'ask' },
  { text: "I'm curious what made you drop the price so early.", expected: 'ask' },
  { text: "What's stopping you?", expected: 'ask' },
  // Ask: will.
  { text: 'Next step?', expected: 'ask' },
  { text: 'When will you have the mutual action plan ready?', expected: 'ask' },
  { text: "What's the first step, and when will you take it?", expected: 'ask' },
  { text: 'On a scale of one to ten, how committed are you to that?', expected: 'ask' },
  { text: 'What support do you need from me?', expected: 'ask' },
  { text: 'Would you like me to join the next call?', expected: 'ask' },
  { text: 'Is there anything I could do to make that easier?', expected: 'ask' },
  // Ask: reviewing commitments.
  { text: 'How did the follow-up with Marco go, the one you committed to last time?', expected: 'ask' },
  { text: 'Did you manage to book the demo you said you would?', expected: 'ask' },
  { text: 'Any blockers on the commitments from last session?', expected: 'ask' },
  { text: 'What did you learn from losing Northwind?', expected: 'ask' },
  // Ask: after a call.
  { text: 'How did you feel the call went?', expected: 'ask' },
  { text: 'Walk me through how you qualified Brightline.', expected: 'ask' },
  { text: 'Tell me about the moment the call turned.', expected: 'ask' },
  { text: 'What would you do differently if you ran that call again?', expected: 'ask' },
  { text: 'What did the customer say when you raised the budget question?', expected: 'ask' },
  { text: 'Where do you think the conversation lost momentum?', expected: 'ask' },
  { text: 'Which part of the demo got the strongest reaction?', expected: 'ask' },
  { text: 'Did that land the way you hoped?', expected: 'ask' },
  { text: "What do you think the buyer heard when you said 'standard terms'?", expected: 'ask' },
  { text: 'How did you prepare for this one', expected: 'ask' },
  { text: 'Could you walk me through the discovery notes?', expected: 'ask' },
  { text: 'Can you tell me a bit more about the champion there?', expected: 'ask' },
  // why: a note recording the open question the manager put to the rep, in the rep's words to come.
  { text: 'asked about pricing objection - what would she say differently', expected: 'ask' },
  // Ask: "I wonder" about the situation or the rep's view.
  { text: 'I wonder how the buyer took the news about the delay.', expected: 'ask' },
  { text: 'I wonder if Priya felt we were pushing too hard.', expected: 'ask' },
  // Ask: short prompts.
  { text: 'Thoughts?', expected: 'ask' },
  { text: 'Say more about that.', expected: 'ask' },
  { text: 'How so?', expected: 'ask' },
  { text: 'Why?', expected: 'ask' },
  { text: 'And then what happened?', expected: 'ask' },
  // why: an invitation to keep talking, like "Say more".
  { text: 'Go on.', expected: 'ask' },
  { text: 'Anything else on your mind before we wrap up?', expected: 'ask' },

  // Tell: advice phrased as a question.
  { text: 'Have you considered sending the case study before the call?', expected: 'tell' },
  { text: 'Have you tried asking what happens if they do nothing?', expected: 'tell' },
  { text: 'Have you thought about multi-threading with IT?', expected: 'tell' },
  { text: "Why don't you loop in the SE earlier next time?", expected: 'tell' },
  { text: 'Why not just ask for the meeting with the CFO?', expected: 'tell' },
  { text: "Wouldn't it be better to confirm the agenda by email first?", expected: 'tell' },
  // why: the British "Would it not be…" form of "Wouldn't it be better to X?".
  { text: 'Would it not be smarter to wait until the budget is signed off?', expected: 'tell' },
  { text: "Wouldn't a quick Loom video do the job?", expected: 'tell' },
  { text: "Shouldn't you have qualified budget before the demo?", expected: 'tell' },
  { text: "Don't you think you talked a bit too much in the first ten minutes?", expected: 'tell' },
  { text: 'How about leading with the ROI slide?', expected: 'tell' },
  { text: 'What about ringing her directly instead of emailing?', expected: 'tell' },
  { text: 'What if you offered a shorter pilot?', expected: 'tell' },
  // why: a suggestion to do something now, the "Why don't you X?" form with "we".
  { text: "Why don't we role-play the pricing conversation now?", expected: 'tell' },
  // why: "Surely…?" carries the manager's answer; the rep only has to agree.
  { text: "Surely you'd want the champion to present it internally?", expected: 'tell' },
  { text: 'I wonder if you should bring Sam from product along.', expected: 'tell' },
  { text: 'I wonder whether you ought to send a breakup email.', expected: 'tell' },
  // Tell: rhetorical questions.
  { text: "Isn't it obvious they were never going to sign this quarter?", expected: 'tell' },
  // why: rhetorical "Isn't…?" reminding the rep of the agreement; not a question about facts.
  { text: "Isn't that what we agreed last time?", expected: 'tell' },
  // why: rhetorical; the manager's point is that they would not.
  { text: 'Why would they sign without seeing the security review?', expected: 'tell' },
  // Tell: statements ending in a question mark, or starting like a question.
  { text: "You'll send the recap by Friday, right?", expected: 'tell' },
  { text: "Let's aim for three discovery calls a week, okay?", expected: 'tell' },
  { text: 'Pause after you say the price, makes sense?', expected: 'tell' },
  { text: "You know what I'd do?", expected: 'tell' },
  { text: 'What I would do is call the champion before the exec meeting.', expected: 'tell' },
  { text: 'How you handled the pushback on security was great.', expected: 'tell' },
  { text: 'What you said about their hiring freeze was spot on.', expected: 'tell' },
  // Tell: polite requests for a task.
  { text: 'Could you send me the notes from the Contoso call?', expected: 'tell' },
  { text: "Can you update the CRM before Thursday's forecast?", expected: 'tell' },
  { text: 'Could you just send them the revised quote today?', expected: 'tell' },
  { text: 'Can you share your screen so I can see the pipeline?', expected: 'tell' },
  { text: "Could you forward me the customer's email?", expected: 'tell' },
  { text: 'Please book time with Alex to rehearse the pitch.', expected: 'tell' },
  // Tell: praise and feedback.
  { text: 'Great job getting the CFO on the line.', expected: 'tell' },
  { text: 'Really strong discovery today, well done.', expected: 'tell' },
  { text: 'Honestly, that objection handling was textbook.', expected: 'tell' },
  { text: 'You did well to stay calm when they brought up the competitor.', expected: 'tell' },
  { text: 'You jumped to the demo before you understood their problem.', expected: 'tell' },
  { text: 'Your opener was too long; keep it under thirty seconds.', expected: 'tell' },
  { text: 'Feedback - good rapport, weak on next steps', expected: 'tell' },
  // Tell: instructions and advice.
  { text: 'Next time, summarise what you heard before pitching.', expected: 'tell' },
  { text: 'Make sure the close date in the CRM matches what the customer said.', expected: 'tell' },
  { text: "I'd push back on the discount - it sets a precedent.", expected: 'tell' },
  { text: 'Remember, silence is your friend after you state the price.', expected: 'tell' },
  { text: 'Try mirroring their last three words when they object.', expected: 'tell' },
  { text: 'Maybe lead with the customer story next time.', expected: 'tell' },
  { text: 'You could ask for a referral at the end of the call.', expected: 'tell' },
  { text: 'It might be worth getting legal involved earlier.', expected: 'tell' },
  { text: 'Stop discounting to close the gap, it trains buyers to wait.', expected: 'tell' },
  { text: 'Just a thought - you might get further with the ops director.', expected: 'tell' },
  // Tell: the manager's own view, plans and stories.
  { text: 'The goal for this quarter is 120% of quota.', expected: 'tell' },
  { text: 'I think the deal is stuck because nobody owns it on their side.', expected: 'tell' },
  { text: 'The reason they went dark is probably the reorg.', expected: 'tell' },
  {
    text: 'When I was selling into banks, I always asked for the org chart on the first call.',
    expected: 'tell',
  },
  { text: "That's a fair point, I hadn't thought of it that way.", expected: 'tell' },
  {
    text: 'So the plan is: call Dana Monday, proposal Wednesday, close by the 30th.',
    expected: 'tell',
  },
  { text: "I'll join the QBR to support you.", expected: 'tell' },
  // Tell: note-style lines.
  { text: 'agreed: rep sends mutual action plan by Weds', expected: 'tell' },
  { text: 'follow up w/ legal re redlines', expected: 'tell' },
  { text: 'Committed last time to 5 outbound calls/day - only did 2.', expected: 'tell' },
];
