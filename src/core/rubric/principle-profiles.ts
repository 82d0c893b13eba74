import type { PrincipleId } from '../principles.js';

/**
 * What a story that shows each principle tends to be about, in our own words. The `text` is a retrieval document, not
 * a definition: besides the behaviour it names the situations, actions and outcomes such stories have, and the words
 * people of many trades use to tell them (software, warehouses, wards, classrooms, shops, kitchens, finance). It works
 * without any content file; when one is loaded, its descriptions, signals and questions are added to it.
 *
 * `patterns` are short behaviour phrases for PhraseMatcher (`*` any one token, `#` any number): a phrase says more
 * than its words apart ("told the client" is honesty, "told" and "client" are not), so each one found adds a bonus.
 */
export interface PrincipleProfile {
  /** Prose, then "Words:" and a list of words; the list counts twice as much as the prose. */
  text: string;
  patterns: readonly string[];
  /** What a story for this principle needs, to follow "pick a story where you". */
  focus: string;
}

export const PRINCIPLE_PROFILES: Readonly<Record<PrincipleId, PrincipleProfile>> = {
  'customer-obsession': {
    focus: 'heard from the people you serve, changed something because of what they needed, and checked that it helped them',
    text: `Starting from the people the work is for and working back from what they need, not from what is easy for us.
      The people may be customers, clients, users, guests, patients, shoppers, buyers, passengers, members or parents.
      The teller hears them directly: reads reviews, complaints and support tickets, calls or visits them, watches
      them use the product or service, runs a survey. They find a pain point or frustration nobody was fixing, change
      the product, menu, policy or service for them, and check it helped: fewer complaints, better ratings
      and satisfaction scores, repeat bookings, renewals, lower churn and cancellations, a thank-you note. Sometimes
      they say no to a request because it was not what the client really needed, or give up an internal convenience
      for their sake. Words: customer, client, user, guest, shopper, account, feedback, review, rating, complaint,
      survey, experience, satisfaction, loyalty, refund, frustrated, unhappy, struggling, confused,
      cancel, churn, renew, renewed, loyal, returned, needs, needed, wanted, expectations, asked for, helpline, calls,
      called back, told us, people using, residents, tenants, callers, listeners, readers, viewers, diners, donors,
      patients, passengers, riders, commuters, travellers, children, pupils, families, visitors, shoppers, guests,
      queue, queues, rode.`,
    patterns: [
      'called * back', 'called them back', 'rang * back', 'what they told', 'people using', 'the people who use', 'they told us',
      'told us that', 'listened to',
      'called * customer', 'called * client', 'visited * customer', 'visited * client', 'spoke to * customer',
      'spoke to * client', 'asked * customer', 'read * review', 'read * complaint', 'from the customer',
      'customer complained', 'client complained', 'guest complained', 'came back', 'what they needed',
      'what they actually needed', 'what * customers wanted', 'really needed', 'actually needed', 'asked for',
      'asked us to', 'on behalf of', 'for the customer', 'for our customer', 'for the client',
      // Going to the people served, whatever the trade calls them, and hearing them out.
      'asked them what', 'asked them why', 'talked to them', 'talked to the people', 'spoke to the people',
      'sat with the', 'rode the', 'rode with', 'what they left', 'what they wanted', 'why they', 'from their side',
      'people on it', 'people who depend',
      // The people served kept waiting: their wait is the pain point, whatever they are called.
      'patients were waiting', 'customers were waiting', 'passengers were waiting', 'guests were waiting', 'callers were waiting',
      'patients waiting', 'customers waiting', 'passengers waiting', 'guests waiting', 'callers waiting', 'people waiting',
      'waiting times', 'wait times', 'waiting time', 'wait time',
      // Asking the people served where they are: "I started asking on the doorstep", "what time they actually eat".
      'started asking', 'on the doorstep', 'they actually',
      // Watching the people served struggle, when nobody complains: "giving up and walking out", "they just didn't come back".
      'giving up and', 'then giving up', 'gave up and', 'and gave up', 'walking out', 'walked out', "didn't come back", 'did not come back', 'never came back',
      'nobody complained', 'no one complained', 'hesitating', 'hesitated', 'struggling with', 'struggled with', 'watching people',
      'watched people', 'people stood', 'people standing',
    ],
  },
  ownership: {
    focus: 'took on a problem that was not yours to fix, saw it through to the end, and made sure it stayed fixed',
    text: `Treating a problem as your own when it was not your job, not your team's, or nobody's at all. The teller
      notices something broken, neglected or falling between teams or departments, does not wait for someone else to
      deal with it, and takes it on: picks it up, volunteers, steps in, chases it through to the end, and stays with it
      past the handover, the shift or the launch. They act for the whole company, ward, store or school rather than
      their own patch, choose the lasting fix over a quick patch, and take responsibility when something they owned
      went wrong. Outcomes: a gap closed for good, an orphaned job finally done, a runbook or handover note so it stays
      done, a recurring issue that stops. Words: responsibility, responsible, accountable, initiative, volunteered,
      stepped, nobody, unowned, orphaned, neglected, ignored, backlog, piled, officially, gap, another team, other department, role,
      followed, chased, through, handover, lasting, permanent, recurring, weekend, myself, mistake, fault, wrong.`,
    patterns: [
      'not my job', 'not my area', 'not my team', 'not my responsibility', 'not part of my', 'outside my role',
      // Stepping in off the clock: "It was not my shift. I stayed", "on my day off I drove in".
      'not my shift', 'not on shift', 'not on duty', 'off duty', 'my day off', 'not on call',
      'outside my area', 'outside my job', 'nobody owned', 'no one owned', 'nobody was', 'no one was', 'nobody else',
      'no one else', 'took it on', 'took * on', 'took * * on', 'piled up', 'officially', 'took on', 'picked it up', 'stepped in', 'volunteered to', 'on my own initiative',
      'without being asked', 'followed it through', 'saw it through', 'another team', 'other team', 'belonged to',
      'fell between', 'until it was', 'i owned', 'took responsibility', 'my change', 'my mistake', 'my own mistake',
      'my bug', 'my fault', 'it was on me', 'not my scope', 'outside my scope', "wasn't my", "wasn't our", 'not mine',
      "someone else's", 'everyone assumed', 'assumed someone', 'nobody was chasing', 'no one was chasing', 'through the cracks',
      'permanent fix', 'lasting fix', 'not my problem', 'belongs to', 'treated it as my', 'as my problem',
      // The speaker's part of a failure, claimed in the room: "I said the eligibility rule was mine".
      'rule was mine', 'mistake was mine', 'change was mine', 'decision was mine', 'call was mine', 'on my watch',
      // Someone else's failure treated as the speaker's to fix: "I treated the data as mine, because I sign the records".
      'treated * as mine', 'treated the * as mine', 'as if it were mine', 'as if it was mine',
      // Someone else's thing, dealt with at the speaker's own cost: "the flue wasn't mine to touch", "paid the survey myself".
      "weren't mine", "wasn't mine", 'not mine to', "weren't ours", 'paid * myself', 'paid for it myself', 'out of my own pocket',
      // The speaker's share of a failure, claimed: "That part was mine", "ordered the right one at our cost".
      'part was mine', 'that was mine', 'that one was mine', 'at our cost', 'at my cost',
      // A problem everyone lived with, taken on by the speaker on top of their own work: "everyone had been moaning about it".
      'on top of my', 'moaning about', 'complaining about it for', 'grumbling about', 'my miss', 'technically their', 'technically not',
      'whose it was', 'whose fault', "i'd signed", 'i had signed', 'signed for', 'offered to do', 'do the fix myself', 'fix it myself',
      // Someone else's contract or process checked by the speaker's own hands, and the gap that started with them closed.
      'tested all', 'tested * myself', 'checked * myself', 'checked all * myself', 'start with me', 'started with me', 'did start with me',
      'looked at the handover', 'rewrote the * template', 'until repair', 'until it was repaired', 'until they were fixed',
      // The fault traced home before anyone else is blamed: "I went back through our own job sheet first, and it was us".
      'it was us', 'our error', 'our own job', 'our own work', 'went back through our own', 'put it right', 'we would put it right',
      // Someone else's part, and the speaker's own share of the cause: "belongs to the backend team, not us".
      'not us', 'was ours', 'were ours', 'cause was ours', 'not ours', 'their queue',
    ],
  },
  'invent-and-simplify': {
    focus: 'replaced a clumsy or manual way of working with something simpler, and say how much easier it became',
    text: `Replacing a slow, clumsy, manual or complicated way of doing something with a new and simpler one. The teller
      sees people repeating the same steps by hand, retyping data from one system into another, filling in long forms,
      waiting on approvals or fighting a confusing tool, and designs something better: a template, a script, an
      automated check, a self-service page, a redesigned form or layout, a shortcut, a new workflow, or an idea
      borrowed from another field. They remove steps, rules, fields or whole tools, build a prototype, win over the
      doubters and get it adopted. Outcomes: fewer steps, less manual work, hours saved each week, fewer errors, faster
      turnaround, people using it without training. Words: simplify, simpler, simple, automate, automatic, script,
      tool, template, manual, hand, spreadsheet, form, steps, workflow, redesign, streamline, prototype, idea, invent,
      creative, new approach, reusable, self-service, eliminate, remove, replace, clunky, cumbersome, tedious,
      repetitive, complicated, confusing, paperwork, rearranged, reorganised, relabelled, label, colour, coded, zone,
      sort, sorting, layout, combine, combined, merged, separately, shortcut, trick, jig, rig.`,
    patterns: [
      'by hand', 'built a', 'wrote a script', 'came up with', 'new way', 'new approach', 'removed * step', 'cut * step',
      'no longer had to', 'instead of copying', 'single form', 'one page', 'one form', 'one click', 'fewer steps',
      'broke * down', 'rebuilt * around', 'cut out', 'got rid of', 'no longer needed', 'instead of calling', 'instead of typing',
      'self service', 'a shared', 'one sheet', 'one list', 'one code', 'a single',
      // A recurring task made shorter: "rebuild went from 47 minutes to 3", "took 3 hours, now 20 minutes".
      'from # minutes to', 'from # hours to', 'from # days to', 'took # hours', 'took # minutes', 'takes # minutes',
      'takes # hours', 'now takes', 'down to # minutes', 'only recomputes', 'only the', 'the common case', 'by hand',
      'the big system', 'instead of building',
      // The work rearranged so it happens once or in one place: "in one go", "one take per walk", "colour-coded zones".
      'in one go', 'in one pass', 'one take', 'changed one thing', 'colour coded', 'color coded', 'end to end', 'each separately',
      'instead of sorting', 'stitch * together',
      // The same work re-ordered or put on one board so the repeats vanish: "jobs in the same cover ran together".
      'swapped * for', 'swapped the', 'one column per', 'one row per', 'one per', 're sequenced', 'resequenced', 'ran together', 'grouped * by',
      'accepted as normal', 'always been done', 'the way it had always', 'nobody questioned',
      // Fewer variants, fewer checks, fewer decisions: "cut us down to two boxes", "rewrote it as a five-minute triage".
      'cut * down to', 'cut us down', 'down to two', 'down to one', 'rewrote it as', 'rewrote * as', 'almost never found',
      'the decision away', 'fewer options', 'one trolley', 'per product', 'with a stopwatch', 'standard kit',
      // A tool made for the job from what was at hand, so the work no longer stops: "made a tray from an old one".
      'without stopping', 'made a * from', 'made * out of', 'made a * out of',
      // Made so a tired person cannot get it wrong: "went low-tech", "take the decision out of the tired moment".
      'low tech', 'decision out of', "can't get wrong", 'cannot get wrong', "couldn't get wrong", 'could not get wrong',
      // Many versions of one job replaced by one that serves all: "six separate lesson plans" became "one sheet at three levels".
      'threw out', 'separate plans', 'separate lesson', 'separate versions', 'six separate', 'five separate', 'four separate',
      'at three levels', 'one version for', 'one plan for', 'one template for',
    ],
  },
  'are-right-a-lot': {
    focus: 'made a call with incomplete facts or against the majority, show the evidence you weighed, and how it turned out',
    text: `Making a sound call when the picture was incomplete or people disagreed, and being proved right because of
      how the call was reasoned. The teller lays out the options, gathers evidence, compares results, asks people who
      see it differently, looks for what would prove them wrong, runs a small check, and changes their mind when the
      facts change. They make the decision, explain why, and later check how it turned out. A good story admits where
      a first instinct was wrong and shows the judgement that followed. Outcomes: the chosen option held up, a
      predicted problem came true and was avoided, the majority view proved wrong. Words: decision, decide, judgement,
      judgment, call, option, choice, weighed, compared, evidence, assumption, hypothesis, uncertain, incomplete,
      ambiguous, unsure, predict, forecast, instinct, gut, intuition, doubt, opinion, majority, consensus, recommend,
      correct, wrong, proved, reasoning, trade-off, pros, cons, alternatives.`,
    patterns: [
      // Weighing as judging ("weighed the options", "weighed it against the delay"), not a scale's work ("I weigh scrap
      // metal", "I weighed the load again").
      'made the call', 'i decided', 'i recommended', 'weighed the options', 'weighed the risk', 'weighed the risks',
      'weighed the evidence', 'weighed the cost', 'weighed the costs', 'weighed up', 'weighed * against', 'weighed * * against',
      'weighed both', 'weighed * options', 'changed my mind',
      'i was wrong', 'turned out to be', 'proved right', 'proved wrong', 'everyone agreed', 'not convinced',
      'two options', 'both options', 'the evidence', 'pointed to', 'turned out to be right', "didn't trust", 'did not trust',
      'data showed', 'my judgement', 'my judgment', 'my read', 'my gut', 'gut feeling', 'everyone thought',
      'most people thought', 'i was right', 'conflicting', 'incomplete', 'kill criterion',
      // The call tested before it was trusted: both sides run, the headline number broken down.
      "wasn't wrong", 'was not wrong', 'in case i was wrong', 'to be sure', 'ran both', 'both models', 'compared them daily',
      'the headline', 'broke it down', 'break * down', 'my lead wanted', 'my manager wanted', 'the committee wanted',
      // Doubt about what the evidence leaves out, told plainly: the instinct, the gap nobody had checked, the second view.
      "didn't sit right", 'did not sit right', "didn't add up", 'did not add up', 'something was off', 'felt off',
      "couldn't prove", 'could not prove', 'nobody had looked', 'no one had looked', "haven't looked", 'before committing',
      // Judging thin evidence, and owning the part one got wrong: "could be chance", "the data was thin", "I'd assumed".
      'i judged', 'judged that', 'could be chance', 'could be noise', 'noise or', 'data was thin', 'thin data', 'small sample',
      'where i was wrong', "i'd assumed", 'i had assumed', 'my instinct', 'my assumption',
      'before we committed', 'second forecast', 'my forecast', 'the model said', "the model didn't", 'rested on',
      'came in above', 'came in below', 'gaps in the data', 'turned out', 'last time that happened', 'last time this happened',
      'three options', 'had # options', 'to be safe', 'on the limit', 'borderline', "weren't random", 'not random', 'wait for the',
      'without waiting for', 'incomplete information',
      // What a passing report actually checked: "the report only checked that fields weren't empty", "one more check".
      'only checked', 'actually checks', 'actually checked', 'one more check', 'hundred percent sure', "wasn't sure", 'was not sure',
      // The call made against what others were sure of, with its downside said: "the team's view was", "I could be wrong".
      "the team's view", 'the consensus', 'everyone was sure', 'was sure it was', 'were sure it was', 'could be wrong', 'might be wrong',
      "if i'm wrong", 'if i am wrong', 'if i was wrong', 'if we were wrong', 'both paths', 'both scenarios', 'either answer', 'pointed both ways',
      'nobody could promise', 'nobody could know', 'no one could know', 'the full information', 'not the full', "didn't believe it", 'did not believe it',
      'what was different', 'what had changed', 'what i saw was',
      "wasn't convinced", 'was not convinced', "weren't convinced", 'only had one', 'only tested one', 'on a mixed',
      // Conflicting readings weighed rather than counted: "two radiologists read it differently", "not as a vote",
      // "I could trust the forecast", "a forecast describes the sensor, not my road".
      'read differently', 'read * differently', 'read it differently', 'reads split', 'neither read', "didn't fit either", 'did not fit either', 'not as a vote',
      'trust the forecast', 'the forecast', 'the assumption', 'on the assumption',
      // A call not left to a guess or to reassurance: "I didn't want to decide on a guess", "That settled it for me".
      'on a guess', 'decide on a', 'settled it', 'either way', 'reassurance', 'on one machine', 'on one of', 'the riskiest',
    ],
  },
  'learn-and-be-curious': {
    focus: 'learned something nobody asked you to, and say what you changed at work because of it',
    text: `Going out of one's way to learn something that was not required, and turning it into a change at work. The
      teller wonders how something works or why it happens, asks the questions others did not ask, reads, takes a
      course or certificate, watches how another team, trade or department does the job, shadows colleagues,
      experiments in their own time, and picks up a new skill, language, tool or field. They bring what they learned
      back and apply it. Outcomes: a new practice adopted, a problem understood for the first time, a skill that let
      them do something they could not before. Words: learn, taught, teach, studied, read, course, class, certificate,
      training, book, podcast, research, explore, experiment, tried, wonder, curiosity, question, why, understand,
      basics, fundamentals, watched, observed, spare time,
      skill, weekends, shadowed, unfamiliar, beginner, practice, fascinated, interested, self-taught.`,
    patterns: [
      'taught myself', 'in my own time', 'in my spare time', 'wondered why', 'wondering why', 'on weekends',
      'took a course', 'took * course', 'signed up for', 'read up on', 'how * works', 'wanted to understand',
      'wanted to know', 'got curious', 'asked why', 'shadowed', 'new skill', 'never used', 'knew nothing about',
      // Picking up a skill told plainly: someone showed the teller how, evenings spent on it, something that nagged at them.
      'show me how', 'showed me how', 'teach me how', 'learning to', 'learned how to', 'learnt how to', 'few evenings',
      "i'd never", 'i had never', 'never done', 'bugged me', 'puzzled me', 'nagged at me', 'nagging', "didn't explain",
      'did not explain', "couldn't explain", 'could not explain',
      // Learning a trade's eye the long way: retraining, evenings with the papers, the words one did not know yet.
      'retrained', 'in the evenings', 'evenings i', 'read the papers', 'read papers', "didn't know the", 'did not know the',
      // Going to whoever already knew how: the papers' authors, a lab that did it, a course and its documentation.
      'none of us had', 'nobody here had', 'no one here had', 'read the main', 'emailed * authors', 'emailed the author', 'authors of',
      'watching their', 'watching how', 'sat in on', 'visited their', 'how they did it', 'how other', 'a free course', 'the documentation',
      // Going to learn the thing itself: "So I went to learn instead. Read a milling textbook. Visited the mill."
      'went to learn', 'a textbook', 'read a book', 'read the book', 'day off to', 'visit the mill', 'visited the', 'learned their',
      'learned how their',
      // Knowing only what the box said: "I didn't actually know what UV they were getting", "emailed a researcher".
      "didn't actually know", 'did not actually know', "didn't really know", 'only what the', 'emailed a researcher', 'read * studies',
      'read the * studies', 'taught myself', 'teach myself', 'with my own money',
      // The missing knowledge learnt on one's own time: "I didn't know much about internal tides", "spent my evenings on a course".
      'the standard explanation', 'the usual explanation', "didn't know much about", 'did not know much about', 'knew little about',
      'spent my evenings', 'my evenings on', 'an online course', 'out of curiosity', 'curious about', 'their example model',
    ],
  },
  'hire-and-develop-the-best': {
    focus: 'helped someone grow or hired well, say what you did for them, and where they ended up',
    text: `Making other people better: hiring well and helping colleagues grow. The teller spots potential in someone,
      mentors or coaches them, gives honest and specific feedback (hard feedback too, given with
      care), sets a stretch goal or hands over a bigger responsibility, and follows their progress. Or they improve how
      the team recruits, interviews, onboards or trains newcomers and raise the level of each hire. Outcomes: the
      person was promoted, took on a bigger role, ran something alone, passed a qualification, or coaches others in turn;
      new hires settled faster and stayed. Words: mentor, mentee, coach, train, trainee, apprentice, junior, newcomer,
      intern, student teacher, newly qualified, hire, recruit, interview, candidate, onboarding, induction,
      feedback, development, career, growth, strength, weakness, potential, talent, stretch, promoted, promotion,
      confidence, shadow, pair, delegate, progress, improve, grow, role, lead. Teaching by handing over real work: the
      teller teaches a young or new colleague, lets them do the job while checking it, and they qualify, are certified,
      become a deputy or successor, or stay instead of leaving. Words: teach, taught, young, graduate, certified, deputy,
      successor, stayed, retained.`,
    patterns: [
      'gave him', 'gave her', 'gave them feedback', 'let him', 'let her', 'helped him', 'helped her', 'was promoted',
      'got promoted', 'promoted to', 'new hire', 'hiring panel', 'interview panel', 'development plan', 'stretch goal',
      'worked alongside', 'coached', 'mentored', 'trained him', 'trained her', 'taught him', 'taught her', 'paired him',
      'paired her', 'his confidence', 'her confidence', 'now runs', 'now leads', 'stepped up', 'gave him the', 'gave her the',
      // One person's progress told in the third person: where they stood, the step up, where they are now.
      'reviewed him', 'reviewed her', 'take him', 'take her', 'took him', 'took her', 'he got the', 'she got the',
      "he's now", "she's now", 'he is now', 'she is now', 'where he stood', 'where she stood', 'of his own', 'of her own',
      'he was running', 'she was running', 'her first', 'his first', 'move into', 'moved into', 'rotation',
      'encouraged her', 'encouraged him', 'encouraged them', 'put herself forward', 'put himself forward', 'put themselves forward',
      'a few tips', 'believe in', 'bigger role', 'grew into', 'grow into',
      // Teaching by doing it beside them, feedback in private, and someone kept who was about to be moved on: "I picked
      // next to each one", "measure in private, praise in public", "one of them is a team leader this season".
      'next to each', 'side by side', 'in private', 'praise in public', 'is a team leader', 'became a team leader',
      'now a team leader', 'move the worst', 'the worst two', 'new starters', 'showed * how',
    ],
  },
  'insist-on-the-highest-standards': {
    focus: 'refused to accept work that was good enough for others, and put something in place so the problem could not return',
    text: `Refusing to accept work that is merely good enough, and raising the bar so quality lasts. The teller notices a
      defect, a sloppy step, an inconsistent result or a gap that others were willing to accept, stops or redoes the
      work, and fixes the cause rather than the one instance: adds a check, test, review, checklist, inspection or
      written standard so the mistake cannot come back. They hold their own work and their team's to the same bar,
      even under deadline pressure or when the client was already satisfied. Outcomes: fewer defects, errors, returns
      or incidents, no repeat of the problem, a higher pass or inspection rate. Words: quality, standard, bar, defect,
      bug, error, flaw, mistake, sloppy, inconsistent, acceptable, good enough, rework, redo, review, check, test,
      inspection, audit, checklist, prevent, recurrence, again, polish, detail, precise, accurate, consistent, fix,
      spec, specified, specification, tolerance, reject, rejected, recast, redone, independent, lab, samples, cores,
      certified, compliant, sign-off, signed off, refused, unacceptable, below spec, out of spec, remade, corners,
      redrew, redrawn, proofread, proofreader, reputation, worst, pride, flawless, reference, start again.`,
    patterns: [
      'would not accept', "wouldn't accept", 'refused to accept', 'out of spec', 'below spec', 'below the spec', 'stopped the line',
      'held back the', 'sent * back', 'without my sign off', 'independent lab', 'independent check',
      'good enough', 'not acceptable', 'held back', 'sent it back', 'redo the', 'added a check', 'added * check',
      'added * test', 'added a test', 'added * checklist', 'so it could not happen', 'could not happen again',
      'never happened again', 'no repeat', 'raised the bar', 'higher bar', 'same mistake',
      // Holding back work until it is checked, told without "standard" or "quality": "I would not deliver without".
      'would not deliver', "wouldn't deliver", 'would not ship', "wouldn't ship", 'would not sign', "wouldn't sign",
      'would not release', "wouldn't release", 'not deliver without', 'not ship without', 'not sign off', 'second reviewer',
      'second check', 'second pair of eyes', 'without queries', 'passed first time', 'came back within',
      'inconsistencies', 'inconsistent terms', 'no exceptions',
      // Every piece checked before it goes out, and no exception made: "I check every wheel", "nothing goes out untested".
      // Not "before it left" or "made an exception" alone: a bus leaves and a manager makes exceptions in any story.
      'check every', 'checked every', 'checking every', 'test every', 'tested every', 'testing every', 'inspect every',
      'inspected every', 'before it goes out', 'before anything goes out', 'before anything leaves', 'nothing goes out',
      'nothing went out', 'not make an exception', "wouldn't make an exception", 'refused to make an exception',
      'no exception', 'within limits', 'within tolerance', 'sent back', 'came back with',
      // Work that would have passed, taken down and done again to the speaker's own measure.
      // "I stopped accepting 'nearly' in rehearsal. If the consonants weren't there, we did it again": the bar held in
      // the work itself, each time it fell short.
      'stopped accepting', 'stop accepting', 'no longer accepted', 'did it again', 'do it again', 'until it was right',
      'would have passed', 'taking * down', 'took * down', 'relaid', 'rebuilt it', 'redid', 'redone', 'ripped out', 'tore * out',
      'cutting corners', 'cut corners', 'start again', 'started again', 'strip * back', "wasn't good enough", 'not good enough',
      "didn't think that was enough", 'not enough for', 'usual check', 'not proud', 'by hand and',
      // A level everyone else accepted, refused: "everybody said this is normal", "one dirty tray is one too many".
      'one too many', 'said this is normal', 'said it was normal', 'said that was normal', 'accepted as normal', 'seen as normal',
      'contract limit', 'inside the limit', 'within the contract', 'not the same as good', 'everyone else was happy', 'everybody was happy',
      // A slip others shrug off, closed for good: "every depot has typos", "no money was missing", "zero mismatches".
      'every depot has', 'everyone has them', 'every team has', 'nothing was missing', 'no money was missing', 'nobody had been hurt',
      'zero mismatches', 'zero errors', 'zero defects', 'no findings', 'read * aloud', 'first time in',
      // The speaker's name on the work, refused for a half-measure: "I wouldn't certify a post-edit".
      "wouldn't certify", 'would not certify', 'refused to certify', "wouldn't put my name", 'would not put my name', 'my name goes on',
      'my name and', 'was on me', 'half my rate', 'against the original',
      // A rate others count as fine, not accepted: "about 3%, which the agency counts as fine".
      'counts as fine', 'counted as fine', 'count as fine', 'within spec', 'acceptable rate', 'industry standard',
    ],
  },
  'think-big': {
    focus: 'turned a small task into a much larger plan, and say how you got others behind it and how far it went',
    text: `Seeing a larger opportunity than the task in front of you and getting others to pursue it. The teller is asked
      to fix one small thing and instead proposes a direction, a platform, a programme or a multi-year plan that serves
      many teams, sites, schools, stores or customers. They describe the vision, make the case with numbers, win over
      leaders and sponsors, start with a pilot and grow it. Outcomes: the idea was adopted across the organisation,
      region or country, changed what the business could offer, or reached many more people. Words: vision, bigger,
      larger, big picture, ambitious, bold, long-term, multi-year, strategy, roadmap, platform, programme, direction,
      scale, expand, grow, across, company-wide, nationwide, region, all stores, whole, transform,
      rethink, scratch, pilot, rollout, sponsor, leadership, board, investment, proposal, pitch, network, national,
      wards, citywide, countywide.`,
    patterns: [
      'proposed a', 'i proposed', 'all # stores', 'all # schools', 'every store', 'across the company',
      'across the region', 'across the country', 'the whole company', 'whole region', 'much bigger', 'bigger than',
      'rolled it out', 'rolled out to', 'from scratch', 'three year', 'five year',
      // One of something grown to cover a whole place: "a fridge in every one of the town's nine wards".
      'every one of', 'the whole town', 'the whole city', 'the whole county', 'whole country', 'in every ward', 'in every town',
      'national network', 'one-page plan', 'one page plan', 'where it was going', 'where it is going',
      'i pitched', 'pitched it',
      // The small ask answered at the scale of the whole problem: "two schools was the wrong question", "we would never reach them".
      'wrong question', 'would never reach', 'never reach them', 'any teacher could', 'anyone could run', 'could run it themselves',
      'every school in', 'every clinic in', 'every village in', 'across the district', 'the whole district', 'what would this look like',
      'at that scale', 'reach grew',
    ],
  },
  'bias-for-action': {
    focus: 'acted fast when waiting would have cost more, and say how you kept the risk small',
    text: `Acting quickly when waiting would cost more than moving, often before all the facts or approvals are in. The
      teller sees urgency (an outage, an incident, a machine failing, a shipment about to miss its truck, a
      client about to leave), takes a reasonable first step within the hour or the day, keeps the risk small with
      something reversible (a rollback, a small trial, a temporary workaround, a backup), and tells the right
      people while acting. They tell a reversible decision from one that needs a slower look. Outcomes: the damage was
      contained, the work was unblocked, a quick experiment settled a long debate. Words: quickly, fast, immediately,
      straight away, right away, urgent, urgency, hours, minutes, same day, overnight, tonight, waiting, wait, delay,
      stalled, blocked, unblock, approval, sign-off, permission, reversible, rollback, workaround, temporary,
      trial, outage, incident, emergency, acted, speed, quick, quicker, sooner.`,
    patterns: [
      'straight away', 'right away', 'without waiting', 'instead of waiting', 'rather than wait', 'could not wait',
      'within # minutes', 'within # hours', 'within the hour', 'same day', 'same afternoon', 'did not wait',
      'before the', 'while waiting', 'two way door', 'rolled back', 'quick test', 'small test',
      // Waiting refused, said as such.
      "didn't wait", 'not wait', "couldn't wait", 'could not wait', 'waiting would', 'waiting for approval', 'waiting for a decision',
      'by then', 'that afternoon', 'that night', 'that morning', 'on the spot', 'first step',
      // The fix started at once and kept small enough to start: "I started the same day", "quick fixes like this".
      'started the same day', 'started that day', 'quick fix', 'quick fixes', 'kept it small',
    ],
  },
  frugality: {
    focus: 'got the result with less money, time or people than it seemed to need, and say what it saved',
    text: `Getting the result with less money, time, people or equipment than seemed necessary. The teller faces a tight
      or cut budget, no extra headcount, missing tools, or waste, and works within the limit: reuses what already
      exists, borrows, repairs instead of replacing, does it themselves, cuts scope to what matters, negotiates a
      better price, drops an unused subscription or licence, or finds a cheaper supplier. They say no to more spend and
      still deliver. Outcomes: money saved, costs cut, work done for a fraction of the quote, no new
      hires needed. Words: budget, cost, money, spend, expense, price, cheaper, cheap, free, saved, saving, savings,
      cut, reduce, waste, thrifty, reuse, existing, borrowed, repurposed, second-hand, repair, licence, license,
      subscription, supplier, quote, invoice, headcount, constraint, limited, resources, fraction, pounds, dollars,
      euros, funding, afford.`,
    patterns: [
      'no budget', 'no extra', 'without extra', 'without more', 'instead of buying', 'instead of hiring',
      'for less than', 'budget was cut', 'cut * budget', 'saved #', 'saving #', 'under budget', 'within budget',
      'did it myself', 'more with less',
      // Waste found and stopped, and work done with what was at hand.
      'in the bin', 'thrown away', 'threw away', 'went to waste', 'came back untouched', 'waste down', 'less waste',
      'no new', 'no paid', 'borrowed from', 'with what we had', 'already had', 'already exists', 'without spending',
      'a saving of', 'saving of', 'saved about', 'saved around', 'a year saved',
      // Money lost and the unit cost brought down to live with it: "lost half its grant", "cost per spay went from 140 to 60".
      'lost half', 'lost * grant', 'lost * funding', 'grant was cut', 'funding was cut', 'cost per', 'in bulk',
      // The purchase that was about to happen, not needed after all, and more done with what there was.
      'purchase was cancelled', 'purchase was canceled', 'cancelled the purchase', 'canceled the purchase', 'purchase was dropped',
      'no need to buy', "didn't need to buy", 'did not need to buy', "didn't have to buy", 'did not have to buy', 'without buying',
      'same budget', 'same headcount', 'with the same people', 'with the same staff', 'with the same equipment', 'with the same crew',
    ],
  },
  'earn-trust': {
    focus: 'told someone an uncomfortable truth or owned up to a mistake, and say how the relationship held up afterwards',
    text: `Building or repairing trust through honesty and respect, especially when it cost something. The teller owns up
      to their own mistake, tells a customer, manager or colleague bad news plainly and early, apologises without
      excuses, keeps their word, listens to someone who feels ignored, gives candid feedback kindly, or wins back a
      partner or team that had stopped relying on them. They explain what happened and what they are doing about it,
      then follow through. Outcomes: the relationship recovered, the person relied on them again, the client stayed,
      people came to them first. Words: trust, trusted, honest, honesty, candid, open, transparent, truth, admit,
      admitted, confessed, apologise, apologize, apology, sorry, mistake, error, fault, blame, told, explained,
      informed, bad news, upfront, early, relationship, rapport, credibility, reliable, promise, word, listened,
      respect, honour, honor, straight, sceptical, skeptical, wary, suspicious, guarded, doubtful, predecessor, joined, win over,
      consulted, involved, kept them informed, confided, came to me, repair, rebuild, transparency, redacted, reopened,
      independence, caught, union, referrals, cheat, cheated, cheating, believe, believed, convinced, doubted.`,
    patterns: [
      'admitted * mistake', 'admitted it', 'admitted that', 'owned up', 'came clean', 'my mistake', 'my fault',
      'my error', 'i was wrong', 'apologised to', 'apologized to', 'i apologised', 'i apologized', 'told the customer',
      'told the client', 'told * customer', 'told * client', 'told them', 'told my *', 'called the client', 'it was my',
      // The same after "to" or a modal: "I didn't hesitate to tell the client the truth" ("I didn't tell the client" is
      // negated and does not count).
      'tell the customer', 'tell the client', 'tell * customer', 'tell * client',
      'was wrong', 'been wrong', 'the truth', 'what went wrong', 'gone wrong', 'straight with', 'honest with', 'open with', 'upfront with', 'honour the', 'honor the', 'bad news', 'kept my word', 'trusted me', 'won back',
      'got it wrong', 'got * wrong', 'hands up', 'took the blame', 'said sorry', 'explained what happened', 'before they found',
      // Going to the person let down and telling them plainly what happened, before they have to ask.
      'told him exactly', 'told her exactly', 'told them exactly', 'what had happened', 'exactly what happened',
      'exactly what went wrong', 'went to see him', 'went to see her', 'went to see them', 'face to face', 'in person',
      'before they had to', 'before they have to', 'before he had to', 'before she had to', "hadn't checked", 'had not checked',
      // The mistake nobody would have seen, told anyway, by the speaker: "I told her myself instead of letting her find it".
      'told * myself', 'nobody needs to know', 'no one needs to know', 'nobody would know', 'no one would know',
      'nobody would have known', 'no one would have known', 'instead of letting * find', 'rather than let * find',
      // Going to the person oneself, owning the mistake, and opening up what had been hidden: "rang him myself".
      'rang * myself', 'ring * myself', 'called * myself', 'phoned * myself', 'made the mistake', "i'd made", 'to be caught',
      // With the person named in between ("rang the eldest daughter myself"), the choice handed to them, a doubt earned.
      'rang * * myself', 'called * * myself', 'phoned * * myself', 'let her choose', 'let him choose', 'let them choose', 'let her decide',
      'let him decide', 'let them decide', 'reason to doubt', 'written account', 'account of what happened',
      'out loud', 'stopped bringing', 'stopped coming to', 'stopped trusting', 'lost their trust', 'lost his trust', 'lost her trust',
      // Critics heard out and their fair point granted, then shown: "some of that history was real", "walk the network with me".
      "didn't argue with", 'did not argue with', 'some of that was', 'some of it was true', 'had a point', 'fair criticism', 'was real',
      // A door kept shut to the speaker opened, on the other person's terms: "refused all contact", "let me in",
      // "nothing leaves without his yes", "he now rings me".
      'refused all contact', 'refused contact', 'let me in', 'touched nothing', 'without his yes', 'without her yes', 'without their yes',
      'rings me', 'rang me first', 'straight about',
      'walk * with me', 'walked * with me', 'show me every', 'showed me every', 'wrote down every', 'treated * like', "didn't defend",
      'did not defend', 'stopped complaining', 'our critics', 'their chair',
      // The mistake that could have stayed hidden, told first: "I could keep it quiet", "I reported it myself".
      'keep it quiet', 'kept it quiet', 'keep quiet', 'kept quiet', 'cover it up', 'covered it up', 'the opposite', 'reported it myself',
      'report it myself', 'before anybody', 'before anyone', 'tell it first', 'told it first', 'did not know the cause', "didn't know the cause",
      // The error put plainly to the person it touched, and corrected before they found it.
      'got the * wrong', 'told him plainly', 'told her plainly', 'told them plainly', 'a corrected', 'the correction',
      'she was right', 'he was right', 'they were right', 'it was our', 'before the other person', 'expected a whitewash',
      // The fault owned at once to the customer, and made good: "That was on me", "rang her within ten minutes".
      'was on me', 'said exactly that', 'i refunded', 'refunded the full', 'recommended me', 'rather than blaming the',
      // A sceptic won by hearing the fear out and giving them a say: "decided not to argue", "offered him a veto".
      'not to argue', 'what exactly he was', 'what exactly she was', 'what exactly they were', 'a veto', 'sceptics', 'skeptics',
      'won him over', 'won her over', 'won them over',
      // A correction made in the open rather than quietly, in the teller's own name.
      'hiding something', 'a quiet edit', 'in my own name', 'say so first', 'said so first', 'made it public', 'make the fix public',
      'made the fix public',
      // Decisions that were doubted, put where the doubters can check them: "the schedule was only in my head; nobody
      // can check it", "I write everything where people can see it".
      'nobody can check', 'nobody could check', 'no one could check', 'anyone can check', 'anyone could check',
      'where people can see', 'where people could see', 'where everyone can see', 'where everyone could see', 'for everyone to see',
      // The check done where the doubter stands and can read it: "tested it in front of whoever was at the platform",
      // "turned the scale so he could read it himself", "let them see for themselves".
      'in front of whoever', 'in front of them', 'in front of him', 'in front of her', 'see for themselves', 'see for himself',
      'see for herself', 'read it himself', 'read it herself', 'read it themselves', 'read the number himself',
      'read the number herself', 'read the number themselves', 'show people the', 'showed people the',
      // "people trust numbers which they can check", "so each farmer could read his own weight": on the development half
      // "they can check" is in 8 real stories, all of them told for Earn Trust.
      'they can check', 'check for themselves', 'read his own', 'read her own',
    ],
  },
  'dive-deep': {
    focus: 'went into the raw details yourself and found the cause others had missed',
    text: `Going into the details oneself to find what is really going on. The teller does not trust a summary, an
      average or a reassuring report: they pull the raw records, logs, receipts, charts or transactions, go
      through them line by line, compare what people report with what actually happens, reproduce the problem, ask why
      several times, and narrow it down until the real cause appears, often one others had missed. Outcomes: the true
      cause found and fixed, a hidden discrepancy explained, a misleading metric corrected. Words: details, dug, dig,
      digging, investigated, investigation, analysed, analyzed, data, raw, logs, records, report, dashboard, metric,
      numbers, spreadsheet, query, sample, trace, traced, reproduced, pattern, anomaly, discrepancy, mismatch, spike,
      drop, root, cause, underlying, real reason, why, narrowed, isolated, pinpointed, line by line, step by step,
      compared, turned out, actually, found, missed, hidden, profiled, profiler, flame graph, measured, breakdown,
      segmented, grouped, sliced, correlated, timeline, sampled, split, logger, loggers, logged, readings, temperature,
      plotted, matched, cross-checked, localised, localized, concentrated, clustered, only on, only in, by machine, by shift,
      by hour, by station, by site, by region, by batch.`,
    patterns: [
      'by machine', 'by shift', 'by hour', 'by station', 'by batch', 'by site', 'split * by', 'broke * down by', 'only on the',
      'only in the', 'was not spread', "wasn't spread", 'put * loggers', 'logged every',
      'step by step', 'went through', 'pulled the', 'pulled * data', 'pulled * logs', 'dug into', 'looked into',
      'root cause', 'real cause', 'actual cause', 'real reason', 'turned out', 'it turned out', 'narrowed it',
      'five whys', 'did not add up',
      // The summary set aside for the raw thing, seen first-hand: "pulled three weeks of codes myself", "stood by the gates".
      'pulled * myself', 'pulled * * myself', 'pulled * * * myself', 'instead of reading', 'rather than reading', 'wanted to know why',
      'stood by the', 'stood at the', 'saw it happen', 'watched it happen', 'not hardware', 'almost all on', 'nearly all on',
      // The record read entry by entry against what others put down to luck: "drive by drive", "what had changed was us".
      'put it down to', 'put them down to', 'drive by drive', 'line by line', 'page by page', 'row by row', 'case by case',
      'file by file', 'shift by shift', 'day by day', 'mapped every', 'what had changed', 'logbook', 'logbooks',
      // A record kept by hand to see where things really went: "For four weeks I kept a notebook", "I found three things".
      'kept a notebook', 'kept a log', 'kept a tally', 'kept a diary', 'really go', 'really went', 'found three things', 'found two things',
      'count before', 'start a notebook', 'walked each', 'back to its cause', 'back to the cause',
    ],
  },
  'have-backbone-disagree-and-commit': {
    focus: 'disagreed openly with evidence, and show what you did once the decision was made',
    text: `Disagreeing openly, with evidence, instead of staying quiet to keep the peace, then committing fully to the
      decision once it is made. The teller objects to a plan from a manager, a senior colleague, a client or a popular
      peer, raises the concern in the meeting or in writing, makes the case with data, offers an alternative, holds
      the position under pressure or escalates when the stakes justify it. If overruled, they back the decision, help
      it succeed and do not say I told you so. Outcomes: the plan changed, a risk was avoided, or the team went ahead
      together with safeguards the teller added. Words: disagree, disagreed, disagreement, objected, objection,
      concern, pushed, challenge, questioned, argued, argument, case, convince, persuade, opposed, conflict,
      uncomfortable, senior, director, manager, boss, consultant, headteacher, overruled, escalate, firm, position,
      conviction, commit, committed, accepted, backed.`,
    patterns: [
      'pushed back', 'spoke up', 'i disagreed', 'disagreed with', 'i objected', 'raised * concern', 'raised my concern',
      'made my case', 'made the case', 'i argued', 'stood my ground', 'held my position', 'accepted the decision',
      'committed to', 'backed the decision',
      // Standing firm told without the words for it: a refusal said to someone's face, their displeasure, a way through.
      "wouldn't sign", 'would not sign', "won't sign", 'refused to sign', "i wouldn't", 'i would not', 'i refused', 'said no',
      'told him i', 'told her i', 'told them i', 'told him that i', 'told her that i', 'told them that i', 'told my manager',
      'was frustrated', 'was not happy', "wasn't happy", 'was unhappy', 'was annoyed', 'still disagreed', 'mattered more',
      'a way through', 'he accepted', 'she accepted', 'they accepted', 'stood firm', 'held firm', 'in writing',
      'once it was decided', 'stopped arguing', 'kept the decision', 'decision i lost', 'the decision was made',
      // Disagreeing and then committing in plain or learner's English: "I was not agree", "I did not like it, but I accepted".
      'not agree', "didn't agree", 'did not agree', 'did not like it', "didn't like it", 'but i accepted', 'i accepted it',
      'wrong call', "i'd back it", 'i would back it', 'went along with', 'the director decided', 'my manager decided',
      'my boss decided', 'still thought',
      // The view said to the person's face, then their way taken: "Told him so. Explained why. We did it his way."
      'told him so', 'told her so', 'told them so', 'did it his way', 'did it her way', 'did it their way', 'his way', 'her way',
      'still wanted', 'i thought it should', 'i thought we should',
      // Two views set side by side, then a way between them offered to someone senior: "his view was...; mine was...".
      'his view was', 'her view was', 'their view was', 'mine was that', 'middle way', 'middle ground', "i didn't want to run",
      'i did not want to run', 'more senior',
      // The other side kept their call, and the speaker carried it out: "She kept the grade. So I committed."
      'i committed', 'she kept the', 'he kept the', 'they kept the', 'i said i thought', 'a way to test it',
    ],
  },
  'deliver-results': {
    focus: 'hit a hard, measurable goal despite a real setback, and give the target and the outcome',
    text: `Reaching an important, measurable goal on time despite real obstacles. The teller names the target, deadline
      or quota, the setbacks (someone left, a supplier failed, the scope changed, a key tool broke), and what they did
      to get past them: re-planned, prioritised the few things that mattered, cut what did not, split the work, found
      another supplier, worked the problem daily, and kept the team focused. Outcomes: delivered, launched, opened,
      shipped or closed on the date, the target hit or exceeded, the numbers achieved. Words: goal,
      target, deadline, date, quota, plan, schedule, milestone, deliver, delivered, launch, launched, shipped,
      completed, finished, time, ahead, achieved, hit, met, exceeded, obstacle, setback, blocker, dependency, delay,
      priority, prioritised, focus, despite, behind, recover, result, outcome, quarter, week, submitted, submission,
      bid, tender, won, sick, overnight, fixtures, season, due, withdrew, withdrawn, cancelled, short-staffed.`,
    patterns: [
      'on time', 'on schedule', 'ahead of schedule', 'met the deadline', 'hit the target', 'hit our target',
      'met the target', 'left the company', 'we launched', 'we delivered', 'we shipped', 'we finished',
      // The date held, told as the time given and the day it was met: "given six weeks", "went live", "a week early".
      'given # weeks', 'given # days', 'given # months', 'went live', 'before the deadline', 'by the deadline',
      'week early', 'weeks early', 'days early',
      // A date pulled in or a job squeezed, told as what was left: "moved forward", "leaving us nine days", "a day early".
      'day early', 'a day ahead', 'moved * forward', 'brought forward', 'brought * forward', 'leaving us #', 'left us #',
      'leaving * # days', 'normally about', 'normally takes', 'all # files', 'all # orders',
      // The work handed over on the day it was due, however the date was squeezed: "moved the start forward".
      'handed over', 'handed it over', 'moved * * forward', 'brought * * forward', 'pulled * forward', 'pulled * * forward',
      // The target and the time given, set by someone else: "gave me until the end of the quarter to reach 93%".
      'gave me until', 'gave us until', 'gave me one week', 'gave us one week', 'gave us # weeks', 'gave me # weeks',
      'by the end of the quarter', 'until the end of the quarter', 'by the end of the year', 'by the end of the month',
      'the goal was to', 'our target was', 'the target was', 'against a contractual', 'out of reach',
      // A number the speaker promised, which others doubted: "I told the director I'd get six there, which she thought
      // was optimistic".
      'i promised', 'i committed to', "i'd get", 'i would get', "we'd get", 'i would deliver', "i'd deliver", 'thought was optimistic',
      'stretch target', 'stretch goal',
      // The speaker's own target and the month it was reached by: "My target was ... in three months", "By the third month".
      'my target was', 'my goal was', 'by the second month', 'by the third month', 'by the fourth month', 'by month #', 'needed to sell',
      // The setback close to the date, and the thing handed in on it: "went off sick", "submitted Friday 10:15".
      'went off sick', 'off sick', 'due out', 'due in', 'was due', 'were due', 'deadline was', 'submitted on', 'submitted it',
      'we won', 'won the', 'out on day', 'played on', 'all # matches', 'weeks before the',
      // The operation kept going through a breakdown or a supply failure: "kept slicing going", "stock was down to four days".
      'kept * going', 'kept * * going', 'keep * going', 'keeping * going', 'kept * running', 'keep * running', 'kept * open', 'relying on',
      'down to # days', 'against the normal', 'lost the equivalent', 'the supplier quoted', 'stretch the', 'never came off', 'stayed open',
      // A target set with a date and a stake by someone else: "under 4% by the end of March, or the contract went elsewhere".
      'on one condition', 'or the contract', 'or we would lose', 'or we lose', 'the last week of', 'by the last week',
      ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((month) => `by the end of ${month}`),
      // A job that had to be done in one go to a rate: "420 cubic metres in one continuous pour", "needed at least 42 an hour".
      'needed at least', 'one continuous', 'no cold joints', 'had to finish', 'from # pm',
      // A floor held through a breakdown: "never had a day under the minimum", "kept the milk going".
      'never had a day', 'under the minimum', 'below the minimum', 'above the minimum', 'keep the * going', 'kept the * going',
      // A promise kept against a count and a date: "delivered 3,870 of the 4,000 birds on the day they'd asked for".
      'i promised', 'promised the', 'delivered # of the', 'on the day they', 'on their date', 'the date they', 'had # working days',
      'against the # we had',
      // Time won back against a promise or a launch: "17 hours inside the promise", "to claw that time back", "by launch week".
      'inside the promise', 'inside the deadline', 'claw * back', 'claw that time', 'make up the time', 'made up the time', 'by launch',
      'launch week', 'zero line stops', 'before the deadline', 'had promised',
      // A promise with a time on it, and the setback just before it: "dinner was promised for 8", "three hours before service".
      'was promised for', 'were promised for', 'hours before service', 'before the exams', 'fixed by the', 'by the friday',
      'nobody had to be', 'every student sat',
    ],
  },
  'strive-to-be-earths-best-employer': {
    focus: 'made work fairer, safer or more humane for the people around you, and show how they were better off',
    text: `Making work better for the people who do it: safer, fairer, more inclusive, less exhausting, more rewarding.
      The teller notices a colleague struggling, someone left out, an unfair rota, shift pattern or workload, burnout,
      an unsafe practice, or a team that dreads coming in, and changes something: shares out the work, rebuilds the
      schedule, protects breaks, adjusts equipment, opens a quiet room, makes meetings work for remote or part-time
      staff, shares credit fairly, supports someone coming back from leave. Outcomes: lower turnover, fewer sick days
      or injuries, better morale, people staying, people saying they feel valued or safe to speak up. Words:
      colleagues, staff, wellbeing, morale, burnout, stress, exhausted, tired, overtime, workload, rota, shifts,
      fair, fairer, unfair, inclusive, included, belong, safe, injury, ergonomic, breaks, leave, parents, carers,
      flexible, support, kindness, culture, turnover, retention, engagement, valued, welcome, heard, struggling,
      disability, wheelchair, adjustment, adjustable, equipment, desk, chair, seating, accommodate, part-time, remote,
      nights, abusive, abuse, harassment, alone, vacancies, vacancy, incidents, welfare, quit, resigned, retained,
      wage, wages, salary, salaries, pension.`,
    patterns: [
      'felt * fair', 'more fair', 'felt valued', 'felt safe', 'felt heard', 'felt included', 'left out',
      'weekend shift', 'late shift', 'sick days', 'sick leave', 'burned out', 'burnt out', 'what hours',
      'asked the team', 'asked the whole team', 'swap shifts',
      // The body at work: heat, cold, fatigue, near misses and sickness, and asking the people who do the work.
      'near miss', 'off sick', 'sickness days', 'sickness absence', 'rest break', 'rest breaks', 'working conditions',
      'crew welfare', 'the workers', 'our workers', 'asked the workers', 'asked the crew', 'asked the guys', 'drinking water',
      'from the heat', 'in the heat of the day', 'on their feet',
      // People working alone, at night, or facing abuse: "one person on their own from ten till six".
      'on their own', 'on her own', 'on his own', 'come off nights', 'night staff', 'panic alarm', 'check in call', 'lone working',
      'nobody sees', 'keep losing people', 'losing people', 'stopped turning up',
      // Problems people hide to look tough, and the leader going first so they stop: "admitting to sore feet looked soft".
      'looked soft', 'look soft', 'look weak', 'call it weak', 'went first', 'goes first', 'report problems', 'reported early',
      'mental health',
      // Strain nobody reports until they cannot work: "nobody reported pain", "asked each steward what hurt".
      'what hurt', 'nobody reported', 'reported pain', 'back strain', 'lifting alone', 'in pairs', 'lost a day', 'to the doctor',
      // The work watched where it is done, on each shift: "walked the floor on three different shifts".
      'walked the floor', 'floor walk', 'different shifts', 'sat with every',
      // What the job pays and guarantees: "a monthly base salary", "registered all 14 for social security".
      'sick pay', 'base pay', 'pay rise', 'fair pay', 'equal pay', 'paid leave', 'minimum wage', 'living wage', 'health insurance',
      'social security', 'health cover', 'health coverage', 'fixed contract', 'permanent contract',
    ],
  },
  'success-and-scale-bring-broad-responsibility': {
    focus: 'looked after people or places beyond your direct users (privacy, safety, accessibility, environment, community)',
    text: `Thinking about the effects of the work beyond its immediate users and the bottom line: on privacy, security,
      accessibility, physical safety, the environment or the local community. The teller spots a risk or side effect
      nobody was measuring (personal data exposed, people with disabilities shut out, a hazard to the public, waste or
      emissions, harm to a vulnerable group), acts even though no rule required it, and goes beyond the legal minimum.
      Outcomes: data protected, people who had been excluded able to take part, less waste or energy, fewer incidents,
      the community better off. Words: privacy, personal, data, security, consent, exposed, leak, breach, accessible,
      disability, disabled, blind, deaf, screen reader, wheelchair, captions, contrast, keyboard, elderly, vulnerable,
      excluded, public, society, community, neighbours, local, charity, environment, carbon, emissions, energy, waste,
      recycling, plastic, landfill, tonnes, pollution, fuel, packaging, sustainable, harm, ethical, regulation, compliance, law, legal, minimum,
      language, interpreter, translated, older, residents, fair, equal, everyone, affected, unintended, downstream,
      neighbouring, neighbors, regulator, fire service, hospital, patients at home, knock-on, wider, outside our,
      idling, idle, exhaust, fumes, noise, noisy, diesel, co2, dust, smell, traffic, mileage, bystanders, river, stream,
      wildlife, fish, wastewater, sewage, spill, spills, overflow, overflowed, chemicals, contamination, skip, single-use,
      disposable, recyclable, offline, internet, represented, underrepresented, unrepresented, excluded.`,
    patterns: [
      'beyond our', 'outside our', 'knock on', 'wider effect', 'people downstream', 'who depend on', 'depend on',
      'legally we were', 'no rule', 'nobody asked',
      'nobody required', 'not required', 'beyond the legal', 'legal minimum', 'personal data', 'screen reader',
      'could not use', 'could not check', 'left out', 'shut out', 'side effect', 'wider effect', 'the public',
      'local community', 'people with', 'left behind', 'everyone else', 'as well as everyone', 'limited english',
      'no longer * use', 'no longer able',
      // The footprint of growth on neighbours: "as we grew", "our growth had changed things", "nobody was fining us".
      'as we grew', 'we had grown', 'grown quickly', 'grew quickly', 'got bigger', 'our growth', 'our size', 'never signed up',
      'nobody was fining', 'nobody fined', 'the village', 'the parish council', 'the neighbours', 'our neighbours', 'complained to the council',
      'a village', 'into the river', 'into the stream', 'we never see', 'where our', 'end up', 'ended up in', 'other firms',
      'nobody had complained', 'no one had complained', 'spoken for', 'without internet', "couldn't reach", 'could not reach',
      // People and places next to the work that never asked for a say: the street, the care home, the nesting birds.
      'no objections', 'no impact', 'knocked on doors', 'knocked on', 'the street', 'care home', 'living nearby', 'lives nearby',
      'what was required', 'beyond what', 'would have let us', 'rules would', 'legally allowed', 'nesting', 'the river',
      'on paper', 'technically compliant', 'were compliant', 'was compliant', 'nobody asks',
      // Harm nobody measures, refused even at a price, and the method shown to others: "Nobody checks this".
      'nobody checks', 'no one checks', 'nobody checked', 'no one checked', 'even if it cost us', 'other crew', 'show other',
      'for life', 'the trees', 'the land', 'the soil',
      // Who else a change touches, beyond the goal it was set: "who loses if we do this?", "partly on us".
      'who loses', 'people outside', 'partly on us', 'the quick win', 'advocacy group', 'host community', 'whose land',
      // A share carried that nobody required: "The request was voluntary", "the families around us".
      'was voluntary', 'carry our share', 'our share', 'around us', 'the neighbourhood', 'the neighborhood', 'biggest water',
      // The cost that falls on people outside the deal: "a cost someone else pays", "people we never meet", "not our clients".
      'someone else pays', 'somebody else pays', 'someone else paid', 'people we never meet', 'we never meet', 'not our clients',
      'not our customers', 'people at risk', 'where their goods', 'where it came from', 'where they come from', 'eating into their',
      'their livelihood', "owner's problem", "owners' problem", 'only the owner',
    ],
  },
};
