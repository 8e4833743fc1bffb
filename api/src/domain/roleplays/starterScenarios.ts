import type { CreateScenarioBody } from './contract.js';

/** A scenario shipped with the app; installed into a space as an ordinary, editable scenario. */
export interface StarterScenario {
  /** Stable key: the installed scenario's id is `starter-<key>`, so installing twice adds nothing. */
  key: string;
  scenario: Omit<CreateScenarioBody, 'source'>;
}

/** The id a starter scenario gets in every space. */
export const starterScenarioId = (key: string): string => `starter-${key}`;

/**
 * Twelve difficult-customer cases that come up in most B2B sales teams. Skills are keys of the
 * default skill list, criteria keys of the default competency list. Objections are written as
 * stage directions for whoever plays the customer: what to say, and what to reveal only when asked.
 */
export const STARTER_SCENARIOS: readonly StarterScenario[] = [
  {
    key: 'price-pushback',
    scenario: {
      title: 'Price pushback: “You’re 30% more than the other quote”',
      persona: {
        name: 'Dana Whitfield',
        role: 'Operations Director',
        company: 'Wingtip Toys',
        mood: 'Friendly but firm: she likes the product and has been told to get the price down',
        caresAbout: [
          'Staying inside the budget she already presented to her CFO',
          'Getting the warehouse team live before the holiday peak',
          'Not looking naive in front of procurement',
        ],
      },
      situation:
        'Wingtip Toys ran a three-week trial of our platform with 40 warehouse staff and the feedback was good. You sent the proposal last Tuesday: 120 seats, annual contract, list price ($62,400). Dana asked for a 30-minute call “to go through the numbers”. You know a cheaper competitor also quoted.\n\nYour goal: keep the deal moving without giving away margin you have not traded for.',
      objections: [
        'Open with: “We love it, but you’re 30% more than the other quote. Can you match it?”',
        'Only if the rep asks what the other quote includes: it has no mobile scanning and support is by email only.',
        'If the rep offers a discount straight away, take it, then ask for another 10%.',
        'Mention that your CFO approved $48,000 and the proposal says $62,400.',
        'If the rep links the price to the holiday-peak deadline or to fewer picking errors, soften: “OK, what would it take to make this work?”',
      ],
      skill: 'objectionHandling',
      difficulty: 'foundation',
      suggestedRoundMinutes: 7,
      criteria: ['priceObjections', 'discoveryQuestions', 'tradingConcessions', 'nextStepClose'],
    },
  },
  {
    key: 'incumbent-competitor',
    scenario: {
      title: 'Incumbent competitor: “We’re happy with what we have”',
      persona: {
        name: 'Marcus Chen',
        role: 'Head of IT Service Delivery',
        company: 'Contoso Pharmaceuticals',
        mood: 'Polite, busy and a little bored; he took the meeting as a favour to a colleague',
        caresAbout: [
          'Keeping 3,000 users productive without disruption',
          'His team’s workload during next year’s ERP migration',
          'Audit findings on access management',
        ],
      },
      situation:
        'Contoso has used the same vendor for seven years. A colleague of Marcus’s, whom you met at a conference, set up this 20-minute introduction. Marcus has not said he has a problem, and you have nothing to propose yet.\n\nYour goal: find out whether there is a reason to change, and earn a second meeting.',
      objections: [
        '“Honestly, we’re happy with our current vendor. Switching would be a nightmare.”',
        'If asked about problems, say “nothing major”. Only if the rep asks about the ERP migration or audits, reveal that the last audit found 200 orphaned accounts that took your team six weeks to clean up.',
        'If the rep criticises the incumbent, become defensive: “They’ve been a good partner to us.”',
        'The contract renews in nine months; say so only if asked about timing.',
        'Ask “What would switching cost us in time?” and see whether the rep answers with a claim or a question.',
      ],
      skill: 'discovery',
      difficulty: 'intermediate',
      suggestedRoundMinutes: 8,
      criteria: ['discoveryQuestions', 'activeListening', 'objectionHandling', 'nextStepClose'],
    },
  },
  {
    key: 'stalled-deal',
    scenario: {
      title: 'Stalled deal: the prospect has gone quiet',
      persona: {
        name: 'Priya Raman',
        role: 'VP Finance',
        company: 'Tailspin Toys',
        mood: 'Distracted and apologetic; she has not answered three emails since the proposal',
        caresAbout: [
          'Closing the quarter’s books on time',
          'Cutting the manual reconciliation that keeps her team late',
          'Not committing budget before a reorganisation is announced',
        ],
      },
      situation:
        'Six weeks ago Priya said the proposal “looked great” and that she expected to sign by the end of the month. Since then three emails and a voicemail have gone unanswered. Today she picked up the phone. The deal is in your forecast for this quarter.\n\nYour goal: find out what has really changed and agree a realistic next step, or agree to close the opportunity.',
      objections: [
        '“Sorry, it’s been crazy. Can you just resend the proposal and I’ll look at it next week?”',
        'Only if the rep asks what has changed: a reorganisation is coming and the budget owner may change.',
        'If the rep pushes for a signature this month, go vague: “We’ll see, it’s with the team.”',
        'If the rep asks who else now needs to be involved, name the new COO, Hal Morgan, whom the rep has never met.',
        'If the rep proposes a short call with Hal, with a reason that helps you, agree to it and name a date.',
      ],
      skill: 'qualification',
      difficulty: 'intermediate',
      suggestedRoundMinutes: 7,
      criteria: ['discoveryQuestions', 'stakeholderNavigation', 'nextStepClose'],
    },
  },
  {
    key: 'angry-after-outage',
    scenario: {
      title: 'Angry customer after an outage',
      persona: {
        name: 'Grant Okafor',
        role: 'Chief Operating Officer',
        company: 'Alpine Ski House',
        mood: 'Angry and curt; the outage hit their busiest weekend and his CEO is asking questions',
        caresAbout: [
          'The bookings lost during the four-hour outage',
          'Being told the truth about what happened',
          'Whether he can trust the platform for the rest of the season',
        ],
      },
      situation:
        'Last Saturday our platform was down for four hours during Alpine Ski House’s busiest weekend. The incident report went out on Tuesday. Their renewal is in 60 days, and you had planned to talk about adding two more resorts. Grant asked for this call.\n\nYour goal: let him be heard, take ownership and agree what happens next, without promising what you cannot deliver.',
      objections: [
        'Open hot: “Four hours. On a Saturday in February. Do you know what that cost us?”',
        'If the rep starts with the technical root cause or says “as the report explains”, get angrier: “I don’t want the report, I want to know why it happened to us.”',
        'Demand a refund of the whole quarter’s fees and threaten to put the renewal out to tender.',
        'If the rep acknowledges the impact in your terms (bookings, guests, your CEO), calm down a little and give the number: about $85,000 in lost bookings.',
        'Ask for a written guarantee that it will never happen again, and see whether the rep promises it.',
      ],
      skill: 'objectionHandling',
      difficulty: 'advanced',
      suggestedRoundMinutes: 8,
      criteria: ['acknowledgingEmotion', 'activeListening', 'objectionHandling', 'nextStepClose'],
    },
  },
  {
    key: 'procurement-squeeze',
    scenario: {
      title: 'Procurement squeeze at quarter end',
      persona: {
        name: 'Sofia Lindqvist',
        role: 'Senior Category Manager, Procurement',
        company: 'Woodgrove Bank',
        mood: 'Cool, practised and in no hurry; her bonus depends on savings against list price',
        caresAbout: [
          'Savings she can report against list price',
          'Standard payment terms of 90 days',
          'Keeping the business sponsor happy without owning the decision',
        ],
      },
      situation:
        'Woodgrove’s Head of Customer Operations has chosen us and wants to start next month. The deal (three years, $410,000) has moved to procurement, and Sofia booked a call for the last week of your quarter. You have room to trade, but any discount above 10% needs your VP’s approval.\n\nYour goal: close on terms you can defend, trading every concession.',
      objections: [
        'Open with: “Your competitor has offered 25% off. I need you at 20% by Friday or we go with them.”',
        'Refuse to name the competitor or show their quote.',
        'Ask for 90-day payment terms on top of the discount.',
        'Whenever the rep gives something without asking for anything, immediately ask for more.',
        'If the rep offers a conditional trade (a longer term or a case study for a smaller discount), say you must check with the sponsor, and agree if the rep asks for a joint call with the sponsor.',
      ],
      skill: 'negotiation',
      difficulty: 'advanced',
      suggestedRoundMinutes: 8,
      criteria: ['tradingConcessions', 'priceObjections', 'stakeholderNavigation', 'nextStepClose'],
    },
  },
  {
    key: 'champion-leaves',
    scenario: {
      title: 'Your champion is leaving',
      persona: {
        name: 'Tom Becker',
        role: 'IT Manager, leaving in two weeks',
        company: 'Fabrikam',
        mood: 'Apologetic and already half out of the door',
        caresAbout: [
          'Leaving his team in good shape',
          'Not burning bridges with his manager',
          'His new job, which starts on the 1st',
        ],
      },
      situation:
        'Tom has championed our platform at Fabrikam for four months: he ran the pilot, built the business case and booked the final presentation for next month. This morning he told you he has accepted a job elsewhere and leaves in two weeks. You have never met his manager or anyone in finance.\n\nYour goal: use this call to protect the deal.',
      objections: [
        '“Sorry to drop this on you. I’m sure whoever replaces me will pick it up.”',
        'If asked who that will be, say it has not been decided.',
        'Only if the rep asks who signed off the pilot, name your manager, Rebecca Lee, Director of IT, and say she “liked the pilot numbers”.',
        'Be reluctant to make introductions: “I don’t want to look like I’m selling on my way out.”',
        'If the rep gives you a reason an introduction helps you or your team, offer a 20-minute handover call with Rebecca.',
      ],
      skill: 'multithreading',
      difficulty: 'intermediate',
      suggestedRoundMinutes: 7,
      criteria: ['stakeholderNavigation', 'discoveryQuestions', 'nextStepClose'],
    },
  },
  {
    key: 'budget-freeze',
    scenario: {
      title: 'Budget freeze: “Come back next year”',
      persona: {
        name: 'Elena Petrova',
        role: 'Head of Customer Service',
        company: 'Litware',
        mood: 'Sympathetic but resigned; she wants the project and has been told there is no new spend',
        caresAbout: [
          'Hold times, up 40% since the spring',
          'Attrition in her team',
          'Looking credible to a CFO who has frozen discretionary spend',
        ],
      },
      situation:
        'Elena’s team evaluated us last quarter and she told you we were the preferred option. Yesterday she emailed: “All new spend is frozen until the next fiscal year. Let’s reconnect in six months.” She agreed to a 20-minute call.\n\nYour goal: find out whether the freeze is absolute, and whether waiting costs more than acting.',
      objections: [
        '“There’s nothing I can do. The CFO froze everything.”',
        'Only if the rep asks what the freeze covers: projects that pay back within the fiscal year can still be approved.',
        'If asked what waiting costs, say overtime and agency staff cost about $30,000 a month.',
        'If the rep offers a discount to get it through, say price is not the issue.',
        'If the rep offers to help build a payback case for the CFO, ask how long it would take and agree a date.',
      ],
      skill: 'valueSelling',
      difficulty: 'intermediate',
      suggestedRoundMinutes: 7,
      criteria: ['discoveryQuestions', 'valueArticulation', 'objectionHandling', 'nextStepClose'],
    },
  },
  {
    key: 'just-send-a-proposal',
    scenario: {
      title: '“Just send me a proposal”',
      persona: {
        name: 'Kevin Marsh',
        role: 'Operations Manager',
        company: 'Proseware',
        mood: 'Impatient and transactional; he has three vendors to get through today',
        caresAbout: [
          'Getting three quotes onto his manager’s desk by Friday',
          'Spending as little time as possible on sales calls',
          'A tool his 25 field technicians will actually use',
        ],
      },
      situation:
        'Kevin filled in the contact form on our website asking for pricing. On the phone he says he is “collecting quotes” and wants a proposal by Friday. You know nothing about his needs yet, and a proposal written blind usually loses on price.\n\nYour goal: earn enough discovery to write a proposal that can win, or agree why not to send one.',
      objections: [
        '“I don’t have time for a demo. Just send me a price for 25 users.”',
        'Answer a good question briefly; say more only if the rep explains why it matters for the price or the fit.',
        'Only if the rep asks what triggered the search: technicians double-book jobs, and last month you paid two penalty fees to a key customer.',
        'Mention that a competitor has already sent a price.',
        'If the rep proposes a 15-minute call with whoever decides, say your manager decides and might join on Thursday.',
      ],
      skill: 'discovery',
      difficulty: 'foundation',
      suggestedRoundMinutes: 5,
      criteria: ['discoveryQuestions', 'activeListening', 'nextStepClose'],
    },
  },
  {
    key: 'cfo-ten-minutes',
    scenario: {
      title: 'Ten minutes with the CFO',
      persona: {
        name: 'Rachel Adeyemi',
        role: 'Chief Financial Officer',
        company: 'Relecloud',
        mood: 'Direct and pressed for time; she read the summary on her phone in the lift',
        caresAbout: [
          'Operating margin this year',
          'Headcount: she has turned down five new hires',
          'Vendors who tell her the truth about risks',
        ],
      },
      situation:
        'Your champion, the VP of Operations, got you ten minutes with Rachel before the budget committee meets. The proposal is $180,000 a year. Rachel has not seen a demo and will not want one.\n\nYour goal: connect the investment to the numbers she cares about, in her language, handle her challenge, and leave with a clear path to a decision.',
      objections: [
        'Look at your watch: “You have ten minutes. Why should I spend $180,000 on this?”',
        'If the rep talks about features, interrupt: “What does this do to my margin?”',
        'Challenge the return: “Every vendor shows me three times ROI. Why should I believe yours?”',
        'Only if the rep asks about headcount: you refused five hires this year and the operations team is stretched.',
        'If the rep asks what you would need to approve it: a payback under 12 months, built with numbers from your own operations team.',
      ],
      skill: 'valueSelling',
      difficulty: 'advanced',
      suggestedRoundMinutes: 5,
      criteria: ['valueArticulation', 'activeListening', 'nextStepClose'],
    },
  },
  {
    key: 'security-review',
    scenario: {
      title: 'Security review blocker',
      persona: {
        name: 'Ian Novak',
        role: 'Information Security Lead',
        company: 'Lamna Healthcare',
        mood: 'Cautious and precise; a vendor breach burnt him before',
        caresAbout: [
          'Where patient-related data is stored and who can reach it',
          'Evidence, not assurances',
          'Not being the one blamed if something goes wrong',
        ],
      },
      situation:
        'Lamna’s clinical operations team wants our scheduling module and the budget is approved. Ian must sign off the security review; his questionnaire came back with 14 open items, among them data residency and subcontractors. He asked for a call.\n\nYour goal: understand what he really needs in order to approve, and agree a path, without overpromising on behalf of our security team.',
      objections: [
        '“Frankly, I don’t see how we can approve a cloud vendor for this.”',
        'Ask where exactly the data is stored and who at the vendor can access it. If the rep improvises, ask for it in writing.',
        'Only if the rep asks which items matter most: three of the 14 are blockers (data residency, the subcontractor list, breach notification time).',
        'Mention that the last vendor promised everything and then failed an audit.',
        'If the rep proposes a call between you and our security team with a specific agenda, agree, and ask for the documents beforehand.',
      ],
      skill: 'objectionHandling',
      difficulty: 'advanced',
      suggestedRoundMinutes: 8,
      criteria: ['objectionHandling', 'discoveryQuestions', 'stakeholderNavigation', 'nextStepClose'],
    },
  },
  {
    key: 'build-in-house',
    scenario: {
      title: '“We’ll build it ourselves”',
      persona: {
        name: 'Nadia Haddad',
        role: 'Director of Engineering',
        company: 'Trey Research',
        mood: 'Confident and a little dismissive; her team builds internal tools all the time',
        caresAbout: [
          'Keeping her engineers on the product roadmap',
          'Control over data and integrations',
          'Not paying for features nobody uses',
        ],
      },
      situation:
        'Trey Research’s operations team asked for our platform, but Nadia told them her team can build “something simpler” in a quarter. The operations lead asked you to meet her. You are not there to argue about her team’s skills.\n\nYour goal: help her weigh the real cost and risk of building against buying.',
      objections: [
        '“It’s a couple of forms and a database. My team can build that in a quarter.”',
        'If the rep questions your team’s ability, get defensive and close the topic.',
        'Only if the rep asks about the roadmap: two product launches are planned this year and the team is two engineers short.',
        'Ask: “And what happens when you raise your prices in three years?”',
        'If the rep helps you estimate build and maintenance time in your own numbers, concede it is “more than I thought” and agree to compare options with the operations lead.',
      ],
      skill: 'valueSelling',
      difficulty: 'intermediate',
      suggestedRoundMinutes: 7,
      criteria: ['discoveryQuestions', 'valueArticulation', 'objectionHandling', 'nextStepClose'],
    },
  },
  {
    key: 'renewal-downsize',
    scenario: {
      title: 'Renewal: “We only use half the licences”',
      persona: {
        name: 'Hannah Schultz',
        role: 'Head of Shared Services',
        company: 'Coho Winery',
        mood: 'Matter-of-fact; she has a usage report and a cost-cutting target',
        caresAbout: [
          'Cutting software spend by 15% this year',
          'Her teams’ low adoption, which she blames on the tool',
          'A renewal she can defend to finance',
        ],
      },
      situation:
        'Coho Winery renews in 30 days: 200 licences, $96,000 a year. Usage data shows 95 active users. Hannah emailed asking to renew 100 licences at a lower price per licence.\n\nYour goal: understand why adoption is low, keep as much of the account as a plan that makes sense for her allows, and trade rather than concede.',
      objections: [
        '“We only use half the licences. We’ll renew 100, at a lower price per seat.”',
        'Blame the tool: “People find it confusing.” Only if the rep asks which teams: the two harvest-season teams were never trained.',
        'If the rep offers a discount straight away, accept it and keep the cut to 100 licences.',
        'Mention that finance has asked every department for 15% savings.',
        'If the rep proposes a trade (training for the seasonal teams and a phased step-down instead of an immediate cut), say you could take that to finance if it is in writing by Friday.',
      ],
      skill: 'accountPlanning',
      difficulty: 'intermediate',
      suggestedRoundMinutes: 8,
      criteria: ['activeListening', 'discoveryQuestions', 'tradingConcessions', 'nextStepClose'],
    },
  },
];
