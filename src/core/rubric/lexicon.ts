import { PhraseMatcher } from './phrases.js';
import { stem } from './text.js';

/**
 * learnApplied phrases that build the lesson into how the work is done ("written into the lab procedure"): the
 * practice is the subject, so no "I" or "we" is needed for it to be the speaker's lesson.
 */
const BUILT_IN_PHRASES = ['written into', 'wrote it into', 'wrote that into', 'wrote this into', 'built it into', 'built that into'];
export const BUILT_IN: ReadonlySet<string> = new Set(BUILT_IN_PHRASES);

/**
 * General language signals the criteria look for. These are kinds of wording that mark a part of a story or a habit of
 * speech in any answer, not words taken from particular example answers. Phrases are stemmed (see phrases.ts).
 */
export const LEXICON = {
  /** Reflection on the story: what the speaker learned or would change. */
  learnReflect: [
    'i learned', 'i learnt', 'i have learned', "i've learned", 'i realized', 'i realised', 'lesson', 'lesson learned',
    'taught me', 'teach me', 'in hindsight', 'looking back', 'next time', 'do differently', 'done differently',
    'do it differently', 'i would have', "i'd have", 'i should have', 'we should have', 'would have done',
    'should have done', 'takeaway', 'take away', 'key learning', 'my learning',
    // "The learning is to build the network before you need it", "the biggest learning was".
    'the learning is', 'the learning was', 'main learning', 'biggest learning',
    'what i learned', 'i took away', 'reminded me', 'showed me', 'i now know', 'i understood',
    // A terse note drops its "I": "Learned that evenings suit families better" (analysis.ts keeps it only as an opening).
    'learned that', 'learnt that',
    // The pseudo-cleft that introduces a lesson: "What I took from it: ...", "What stuck with me is ...".
    'what i took from', 'what i took away', 'what i got out of', 'stuck with me', 'stayed with me', 'what i carry',
    // The lesson told as an insight or as a change in the teller: "the insight for me was", "what I'd keep from it is".
    'the insight', 'insight for me', 'my insight', 'what it taught', 'the penny dropped', 'what i keep from', "what i'd keep",
    'what i would keep', 'what i take from', "what i'd take", 'what i would take', 'what i changed afterwards',
    // "What I changed after: ...", "What I'd tell anyone now is ...": the lesson handed on or built in.
    'what i changed after', 'what i changed since', "what i'd tell", 'what i would tell', 'my advice to',
    // "The thing I'd tell another supervisor: ...".
    "thing i'd tell", 'thing i would tell',
    // What the speaker kept doing since: "What I've kept from it: ...", "What I do since: ...".
    "what i've kept", 'what i have kept', 'what i kept', 'what i do since', "what i've done since", 'what i have done since',
    // "I've kept one habit from it: ...", "The habit I kept: ...".
    'habit from it', 'habit from this', 'habit from that', 'habit i kept', "habit i've kept", 'habit i have kept',
    // ... or keeps doing now: "What I keep doing: ...", "What I do now is ...".
    'what i keep doing', 'what i still do', 'what i do now', 'what i now do',
    // ... or would do now, or again: "What I'd do now is ask the cutters first", "What I'd repeat: argue with data".
    "what i'd do now", 'what i would do now', "what i'd repeat", 'what i would repeat', "what i'd do again", 'what i would do again',
    // A rule the speaker added or kept: "What I added is a rule: ...", "Rule I kept: ...", "the rule I follow now".
    'what i added', 'is a rule', 'rule i kept', 'rule i keep', 'rule i follow', 'rule i took', 'rule i use', 'rule i live by',
    'rule we kept', 'rule we keep', 'rule we follow',
    // "So now it's a rule for me: foot pain for more than five days, she's off jumps".
    'rule for me', 'a rule for us',
    'i changed afterwards', 'changed in myself', 'the change in me', 'changed how i', 'changed the way i',
    // Owning what one got wrong, and the habit it ended: "Where I was wrong: ...", "I've stopped trusting my instinct".
    'where i was wrong', 'what i got wrong', "i've stopped", 'i have stopped', 'i no longer',
    // With an adverb between: "what I actually learned is", "I really learned".
    'i actually learned', 'i actually learnt', 'i really learned', 'i really learnt', 'i finally learned', 'i finally learnt',
    // A lesson added to someone else's saying: "My old foreman used to say ... I'd add: always keep a way back."
    "i'd add", 'i would add',
    // What the story left behind in the teller: "The habit it left me with: ...", "What stuck: ...", "Two rules came out
    // of it", "What I actually took from this".
    'left me with', 'what stuck', 'came out of it', 'came out of this', 'what i actually took', 'what i really took',
    // What the speaker would change, said without "differently": "Done again, I'd count the pages much earlier".
    "done again i'd", 'done again i would', "doing it again i'd", 'doing it again i would', 'if i did it again', 'if i did this again',
    'if i were doing it again', 'if i had to do it again',
    // The same with any verb: "If I ran it again I'd...", "if I started this again", "if I could do that over".
    'if i * it again', 'if i * this again', 'if i * that again', 'if i * it over', 'if i * this over', 'if i could * it again',
    "i've learnt", 'i have learnt', "what i'd say now", 'what i would say now',
    // "The thing I took from it is, ...", "What changed after: the threshold is a hard gate now".
    'i took from it', 'i took from this', 'i took from that', 'what changed after', 'what changed since', "what's different now",
  ],
  /** Evidence the lesson was applied later. */
  learnApplied: [
    'since then', 'ever since', 'going forward', 'from then on', 'i now', 'now i', 'these days', 'i have used',
    // "After that I changed my own process: I read every measurement back": the speaker's own way of working, changed
    // once the story was over.
    'after that i changed my own', 'afterwards i changed my own', 'after this i changed my own',
    // What the speaker would do now: "I'd now ask an engineer to teach us the routine fixes on day one".
    "i'd now", 'i would now',
    "i've used", 'i have applied', "i've applied", 'on my next', 'every project since', 'each project since',
    // "I still check...", not "I still think about that a lot".
    'i still use', 'i still do', 'i still check', 'i still ask', 'i still keep', 'i still apply', 'i still run', 'i still make',
    'i still start', 'i still write', 'i always now', 'times since', "i've since", 'i have since', "we've since", 'we have since', 'now build', 'i apply', 'i now always',
    'on every project', 'in every project', 'every project now', 'every time since',
    // A rule the speaker keeps now: "My rule now is...", "I've made it a habit to...".
    'my rule', 'rule of thumb', 'my test for', 'my test now', 'my check now', 'a habit', 'habit of', 'make a point of', 'made a point of', 'nowadays', 'to this day',
    // The rule or habit named as the one kept: "The habit I kept: ...", "Rule I work by now: ...".
    // "I've kept the habit: when a curve has a bump, I find out why".
    'kept the habit', 'i keep the habit',
    // "The thing I've kept: I never read feedback as one pile any more".
    "the thing i've kept", 'the thing i have kept', 'the thing i kept', "one thing i've kept", 'one thing i kept',
    // Told as a note's heading too: "Habit I kept: disagree with data and a smaller option, then commit".
    'habit i kept', 'habit i built', 'habit i formed', 'habit i picked up', 'rule i work by', 'rule i follow',
    'rule i live by', 'rule i go by', 'rule i keep',
    // "Every migration I've planned since keeps the old system wired".
    "i've * since", 'i have * since', "we've * since", 'we have * since',
    // The lesson used again: "I used the same rule in May when...".
    'used the same', 'applied the same', 'same rule',
    // The lesson built into how the work is done: "that's written into the lab procedure".
    ...BUILT_IN_PHRASES,
  ],
  /** Phrases that open or mark an outcome. */
  resultMarker: [
    'as a result', 'the result', 'result was', 'resulted in', 'the outcome', 'in the end', 'ended up', 'led to',
    'by the end', 'ultimately', 'which meant', 'this meant', 'the impact', 'outcome was', 'end result', 'in the end we',
    'this cut', 'this saved', 'this reduced', 'this increased', 'this improved', 'that brought', 'overall',
  ],
  /** Verbs and nouns of change: with a measure they describe a result. */
  changeVerb: [
    'reduce', 'reduction', 'cut', 'drop', 'decrease', 'lower', 'increase', 'raise', 'grew', 'grow', 'growth',
    'improve', 'improvement', 'boost', 'double', 'triple', 'halve', 'save', 'saving', 'recover', 'shrank', 'shrink',
    'fell', 'fall', 'went from', 'went down', 'went up', 'exceed', 'beat', 'eliminate', 'lift', 'gain', 'down',
    'up', 'faster', 'slower', 'fewer', 'less', 'more', 'higher', 'lower', 'shorter', 'from # to', 'to under',
    'to below', 'to above', 'to over', 'climb', 'rose', 'jump', 'shave', 'speed up', 'sped up',
  ],
  /** Outcomes stated without a measure: these leave the listener guessing. */
  vagueResult: [
    'went well', 'went really well', 'went very well', 'went so well', 'went pretty well', 'went quite well', 'worked out', 'it all worked', 'everyone was happy', 'everybody was happy', 'was happy',
    'was a success', 'was successful', 'was faster', 'was better', 'significantly', 'noticeable', 'noticeably',
    'improved a lot', 'a lot better', 'good experience', 'felt good', 'positive feedback', 'got it done',
    'got there', 'came together', 'picked back up', 'much better', 'huge improvement', 'big improvement',
    'made a difference', 'made an impact', 'was good', 'a bit better', 'got better over time', 'better over time',
    // "I think it made us better at what we do".
    'made us better', 'made me better', 'made them better',
    // With its verb, so "wasn't very happy" is not read as one.
    'was really happy', 'was very happy', 'was so happy', 'were really happy', 'were very happy', 'was really pleased', 'was very pleased',
    // "The client was satisfied and there were no more problems", "the customers are happy": vague, but an outcome.
    'was satisfied', 'were satisfied', 'was pleased', 'were pleased', 'were happy', 'are happy', 'made a real difference',
    'made a big difference', 'made a huge difference', 'no more problems', 'no more complaints', 'no more issues',
    // "It helped the team, I think, and the bridges worked better".
    'worked better', 'it helped the team', 'it helped us',
    // "later data showed that it was the right call": the call judged by how it turned out, without a measure.
    'was the right call', 'was the right decision', 'was the right choice',
    // "after a while things became faster and the queue was moving better, and the staff were less stressed".
    ...['became', 'got'].flatMap((verb) => ['faster', 'quicker', 'easier', 'smoother', 'calmer'].map((state) => `${verb} ${state}`)),
    'moving better', 'moving faster', 'less stressed',
    // "the drivers were happier, and things were much calmer on the shift".
    ...['was', 'were', 'much', 'a lot'].flatMap((lead) => [`${lead} happier`, `${lead} calmer`]),
    // "it was working again", "Everyone was pretty happy that it got sorted quickly, and the support team said thanks".
    'was working again', 'were working again', 'got sorted', 'said thanks',
    ...['pretty', 'quite'].flatMap((degree) => [`was ${degree} happy`, `were ${degree} happy`]),
  ],
  /** Verbs that report an outcome once the work is done. */
  outcome: [
    'launched', 'shipped', 'delivered', 'achieved', 'reached', 'hit the', 'met the', 'met all', 'met our',
    'generated', 'acquired', 'won', 'completed', 'finished', 'released', 'went live', 'on time', 'on schedule',
    'as promised', 'was adopted', 'were adopted', 'been adopted', 'became the standard', 'became standard', 'became the template',
    'is still in use', 'still in use', 'passed', 'closed the', 'signed', 'recovered', 'resolved',
    // Someone else's decision in the speaker's favour, once the speaker has acted: the customer renewed.
    'renewed', 'approved', 'accepted', 'stayed with', 'came back', 'back to', 'returned to', 'paid the', 'paid in full',
    // Running again, and the loss feared not borne: "we were back on condensate by evening", "zero lost grinding hours".
    'were back on', 'was back on', 'back online', 'zero lost', 'no lost',
    // How things moved once the speaker had acted, said of them rather than of the speaker ("the atmosphere
    // improved", "the board stayed dry", "the session went ahead").
    'improved', 'got better', 'went ahead', 'went down', 'went up', 'stayed', 'fell', 'rose', 'dropped',
    // "Slowly the atmosphere started to change", "after some discussion things were corrected".
    'started to change', 'began to change', 'started to improve', 'began to improve', 'things were corrected', 'it was corrected',
    // Time moving on after the action: what happened next is the outcome.
    'within a', 'within #', 'afterwards', 'after that', 'later told', 'weeks later', 'months later', 'a month later',
    'a week later', 'the following', 'by the end of', 'the next quarter', 'the next release', 'ever after',
    // The hour reached once the speaker had acted: "By 11:40 we had 86 jurors in the room", "by noon the line was clear"
    // (a clock time is two figures; "By 2022 we had..." sets a scene).
    'by # #', 'by noon', 'by midday', 'by lunchtime', 'by nightfall', 'by the afternoon', 'by the evening', 'by half',
    'at the end of the year', 'at the end of the half', 'at the end of the month', 'at the end of the quarter',
    'at the end of the season', 'at the end of the term', 'at the end of the trial', 'at the end of the pilot',
    // The first stretch after the change, and people coming back: "in the first run after the change", "booked again".
    'after the change', 'since the change', 'after that change', 'booked again', 'ordered again', 'came again', 'signed up again',
    'in the next', 'over the next', 'for the next', 'within an', 'a year later', 'years later', 'days later',
    'after # weeks', 'after # months', 'after * weeks', 'after * months', 'after * days', 'peaked at',
    // "After two winters, no new salt damage on the lime sections".
    // ("after the winter" is a time still ahead as often as one passed, so only a count of them.)
    ...['winters', 'summers', 'seasons', 'years'].flatMap((span) => ['#', 'two', 'three', 'four', 'five', 'several'].map((count) => `after ${count} ${span}`)),
    // A later month or season, once the speaker has acted: "In April he had one late visit", "By the summer the rep was back".
    ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((month) => [`in ${month}`, `by ${month}`]),
    ...['spring', 'summer', 'autumn', 'winter'].flatMap((season) => [`by ${season}`, `by the ${season}`]),
    // The time just after, and thanks coming back: "got a working edition the next week", "rang back to say thank you".
    'the next week', 'the next day', 'the next month', 'the next morning', 'the next season', 'over time', 'got busier',
    'rang back', 'wrote back', 'to say thank you', 'said thank you', 'thanked us', 'thanked me',
    // How the people it was for took it, and things settling, once the speaker has acted: "The patients were happy",
    // "everybody was safe", "the relationship got back on track".
    'were happy', 'were happier', 'much happier', 'a lot happier', 'far happier', 'seemed happy', 'seemed happier', 'was pleased', 'were pleased', 'were thankful',
    'were grateful', 'was grateful', 'really grateful', 'very grateful', 'so grateful', 'were satisfied', 'was safe', 'were safe', 'back on track', 'calmed down',
    'settled down', 'next quarter', 'next term', 'next year',
    // Someone grown into the work, and things no longer going wrong: "she got more confident", "none lost".
    'more confident', 'did really well', 'did very well', 'seemed to like', 'had gone out', 'none lost',
    'nothing lost', 'fewer mistakes', 'fewer errors', 'fewer mix ups', 'was solved', 'were solved', 'started coming to me',
    // A deadline beaten, a year closed better, a change that nobody paid for: "before the October deadline".
    'before the deadline', 'before the * deadline', 'ahead of the deadline', 'ended the year', 'in a better position',
    "didn't notice any difference", 'did not notice any difference', 'was very positive', 'were very positive', 'were implemented',
    'looked better', 'became more', 'became less', 'liked the change', 'liked the changes', 'became better', 'got happier',
    'after these changes', 'after those changes', 'after this change', 'after the changes', 'appreciated that', 'appreciated it',
    'probably helped', 'helped sales',
    // How it compares with before or with what was feared: "for the first time", "the year before we lost 60 head", "we lost
    // maybe 150 kilo, not the pond", "4 days in place of 3 weeks".
    'for the first time', 'the year before', 'than the year before', 'than last year', 'in place of', 'lost no', 'lost nothing',
    'lost maybe', 'only lost', 'lost only',
    // The rest of the work done without the trouble: "the remaining upgrades went through without a clash".
    'went through without', 'without a clash', 'without a hitch', 'without incident', 'without a problem', 'without an issue',
    'got through it', 'still open', 'still trading', 'some of it worked',
    // Where the people in the story ended up.
    'was promoted', 'got promoted', 'were promoted',
    // Time since the change, and a harm that stopped: "in the two years since", "there have been no falls".
    'years since', 'months since', 'weeks since', 'not a single', 'none did', 'none of them did', 'has shown no',
    'have shown no', 'there have been no', 'there has been no', "there's been no", 'we have had no', "we've had no",
    'no one was hurt', 'nobody was hurt', 'no one was injured', 'nobody was injured', 'no one was caught',
    "it's been over", 'it has been over', "it's been a year", "it's been # months", 'nobody has been', 'no one has been',
    // The time since told as a distance, and what is (not) there now: "a year on there's no flaking anywhere".
    'a year on', 'months on', 'weeks on', 'a month on', "there's no", 'there is no',
    // A fault that ended, said of the fault: "the complaints went away" ("the freezing stopped": see sections.ts).
    'went away', 'disappeared', 'never came back', "didn't need", 'did not need', "didn't have to", 'did not have to',
  ],
  /** Phrases that set the task or goal. */
  taskMarker: [
    'my goal', 'the goal', 'our goal', 'my task', 'the task', 'i was asked', 'i was tasked', 'i was responsible',
    'i was assigned', 'responsible for', 'my job was', 'my role was', 'needed to', 'had to', 'i had to',
    'the challenge', 'objective', 'my mandate', 'charged with', 'aim was', 'i set out', 'i wanted to', 'target was',
    'i needed', 'was to', 'i owned', 'i needed to', 'the ask',
    // A standing role told in the present: "my job is basically to decide: wait, or send them the long way".
    'my job is to', 'my job is * to', 'my role is to', 'my role is * to',
    // The decision the story turns on, set out as the speaker's: "I had two choices: ...", "My options were ...".
    'i had two choices', 'i had two options', 'i had three options', 'i had three choices', 'i had a choice', 'my options were',
    'the decision was mine', 'it was my call', 'i had to decide', 'i had to choose',
  ],
  /** Phrases that set the scene. */
  situationMarker: [
    'at my last', 'at my previous', 'at my current', 'at my old', 'while working', 'when i was', 'i was working',
    'i joined', 'the situation', 'the problem was', 'the context', 'background', 'at the time', 'last year',
    'years ago', 'months ago', 'weeks ago', 'last spring', 'last summer', 'last autumn', 'last fall', 'last winter',
    'last quarter', 'last month', 'earlier this year', 'back in', 'i was the', 'i was a', 'i was on', 'i was leading', 'our team was', 'we were',
    'we had', 'there was', 'in my role', 'in my first', 'as a', 'during', 'the issue was', 'was experiencing',
    'were experiencing', 'had been', 'used to',
  ],
  /** Alternatives weighed and what was given up. */
  alternative: [
    'instead of', 'rather than', 'alternative', 'option', 'considered', 'weigh', 'trade off', 'tradeoff',
    'at the cost of', 'at the expense of', 'downside', 'versus', 'vs', 'pros and con', 'compared', 'evaluate',
    'proof of concept', 'chose * over', 'chose between', 'choose between', 'the other approach',
    'cost of', 'in exchange', 'but it meant', 'which meant giving up', 'opportunity cost',
  ],
  /** Something consciously given up or pushed back. */
  givenUp: [
    'defer', 'descope', 'de scope', 'cut scope', 'deprioritize', 'deprioritise', 'gave up', 'give up', 'sacrifice',
    'accepted the risk', 'accept the risk', 'postpone', 'push back', 'pushed back', 'said no', 'dropped the',
    'left out', 'scoped down', 'scope down', 'not to', 'decided against', 'held off', 'hold off', 'delay the',
  ],
  /** Guardrails against risk. */
  guardrail: [
    'feature flag', 'behind a flag', 'kill switch', 'canary', 'rollback', 'roll back', 'rollback plan',
    'rollback trigger', 'rate limit', 'throttle', 'circuit breaker', 'fallback', 'fall back', 'staged rollout',
    'phased rollout', 'phase', 'gradual', 'gradually', 'percent of user', 'of traffic', 'pilot', 'a b test',
    'ab test', 'shadow', 'dry run', 'backout', 'back out plan', 'guardrail', 'safeguard', 'blast radius', 'load test',
    'backup', 'failover', 'beta', 'small group of user', 'dark launch', 'idempotent', 'retry', 'on call',
    'runbook', 'alarm', 'alert', 'monitor', 'dashboard',
  ],
  /** Risk named and managed. */
  risk: ['risk', 'mitigate', 'mitigation', 'worst case', 'what could go wrong', 'failure mode', 'contingency', 'plan b'],
  /** A stated reason. */
  reason: [
    'because', 'since', 'so that', 'in order to', 'given', 'the reason', 'which meant', 'to avoid', 'to protect',
    'to reduce risk', 'to limit', 'to keep', 'as it', 'due to',
  ],
  /** Hedges: softening that buries the claim. */
  hedge: [
    'kind of', 'sort of', 'kinda', 'sorta', 'maybe', 'perhaps', 'probably', 'possibly', 'i think', 'i guess',
    'i feel like', 'i suppose', 'somewhat', 'a bit', 'not sure', 'i believe', 'more or less', 'to some degree',
    "i don't remember", 'i do not remember', "i don't recall", "don't remember", 'or something', 'or so', 'i assume',
    'if i recall', 'a little',
  ],
  /** Fillers: words that carry nothing in a typed answer. */
  filler: [
    'um', 'uh', 'erm', 'hmm', 'you know', 'i mean', 'basically', 'literally', 'actually', 'honestly', 'totally',
    'and stuff', 'and everything', 'whatever', 'so yeah', 'yeah', 'just', 'like so', 'so like', 'pretty much',
    'stuff like that', 'things like that',
  ],
  /**
   * Blame or contempt. Three kinds, told apart by tone.ts from the clause around them: judgements of a person
   * ("lazy", "incompetent"), failures pinned on someone ("their fault", "dropped the ball"), and the act of blaming
   * ("blamed", "accused", "pointed fingers"), which the speaker may only be reporting.
   */
  blame: [
    'incompetent', 'lazy', 'clueless', 'useless', 'hopeless', 'careless', 'sloppy', 'negligent', 'unprofessional',
    'stupid', 'idiot', 'pathetic',
    'fault', 'not my fault', "wasn't my fault", 'was not my fault',
    'their mistake', 'his mistake', 'her mistake', 'because of them', 'because of him', 'because of her', 'no thanks to',
    'threw me under', 'dropped the ball', 'messed up', 'messed * up', 'screwed up', 'screwed * up', 'could not be bothered',
    "couldn't be bothered", 'never bothered', 'did not care', "didn't care", 'nobody listened', 'no one listened',
    'they never', 'they refused', 'he refused', 'she refused', 'pull * weight', 'never did * part', 'not do * part',
    "didn't do * part",
    'blame', 'accuse', 'point finger', 'point the finger',
    // Judgements of a person ("a weak teacher", "the parent was aggressive") and deflection ("it wasn't down to me").
    'weak', 'terrible', 'awful', 'aggressive', 'rude', 'unhelpful', 'unmotivated', 'unreliable', 'arrogant',
    "wasn't down to me", "wasn't really down to me", 'not down to me', 'not really down to me', 'out of my hands',
    'nothing to do with me', 'let us down', 'letting us down', 'let me down', 'letting me down', 'on their part',
    'never gave us', 'never gave me', "weren't very helpful", "wasn't very helpful", "wasn't very motivated",
    "weren't very motivated", 'completely out of order',
  ],
  /**
   * Disparaging what someone did, with no blame word: "the day team had been sitting on it for months", "he had never
   * once checked", "signed off whatever he produced without looking", "clearly nobody else was going to". Blame when
   * the clause's subject is someone else; said of the speaker, it is accountability.
   */
  disparaging: [
    'sitting on the', 'sitting on it', 'sat on the', 'sat on it', 'never once', 'without looking', 'without even looking',
    'without checking', 'without even checking', 'rubber stamped', 'rubber stamp', 'signed off whatever', 'clearly nobody',
    'obviously nobody', 'clearly no one', 'obviously no one', 'had no idea what', 'no clue', "didn't have a clue",
    'asleep at the wheel',
  ],
  /** Talking oneself down. */
  selfDeprecation: [
    "i'm not good at", 'i am not good at', "i'm bad at", 'i am bad at', 'i was just', 'i only did', 'nothing special',
    'not a big deal', "i'm not really", "i'm no expert", 'sorry', "i'm blanking", 'mind went blank', "i'm terrible", 'i am terrible',
    'i got lucky', 'just lucky', 'not sure if this counts', "this probably isn't", "i don't know if", 'not that impressive',
  ],
  /** Claims that fit any story unless something concrete backs them. */
  genericClaim: [
    'aligned stakeholder', 'align stakeholder', 'aligned with stakeholder', 'drove alignment', 'drive alignment',
    'drove consensus', 'drove result', 'worked closely', 'work closely', 'helped with', 'helped out', 'took ownership',
    'communicated effectively', 'communicate effectively', 'collaborated cross functionally', 'cross functionally',
    'went above and beyond', 'made some change', 'made change', 'looked into it', 'kept thing moving', 'moving along',
    'fell through the crack', 'on the same page', 'best practice', 'leveraged', 'synergy', 'moved the needle',
    'outside the box', 'at the end of the day', 'a lot of work', 'worked really hard', 'worked hard', 'stayed late',
    'various', 'several thing', 'many thing', 'some thing', 'lots of thing', 'did everything', 'fixed everything',
    'improved efficiency', 'improved thing', 'added value', 'streamlined', 'enhanced the', 'ensured',
    'robust', 'seamless', 'holistic', 'proactively', 'effectively', 'efficiently', 'diligently', 'successfully',
    'tirelessly', 'in depth research', 'thoroughly', 'kept pushing', 'took initiative', 'took the initiative',
    'team player', 'work well with', 'worked with everyone', 'with everyone', 'the whole time', 'everything',
  ],
  /** Reflections that fit any story. */
  genericLesson: [
    'communication is', 'communication matter', 'importance of', 'value of', 'is important', 'are important',
    'matters a lot', 'matter a lot', 'never give up', 'hard work', 'teamwork', 'team work', 'work together',
    // "a cooperative is strongest when everyone pulls together": teamwork again, in other words.
    'pulls together', 'pull together', 'pulling together',
    'speed matter', 'always be', 'be proactive', 'keep learning', 'it is important', "it's important",
    'good experience', 'learned a lot', 'learnt a lot', 'grew a lot', 'a lot about', 'stay positive',
    'is very important', 'is really important', 'is so important', 'is key', 'is crucial', 'is essential',
    'is critical', 'key to success', 'made me a better', 'make me a better', 'makes me a better', 'plan ahead',
    // People agreeing, not a sheet: "everyone on the same page" ("the kilos and the health number on the same page" is a page).
    'everyone on the same page', 'everybody on the same page', 'all on the same page', 'was on the same page', 'were on the same page',
    'is on the same page', 'are on the same page', 'be on the same page', 'being on the same page', 'brought on the same page',
    'us on the same page', 'them on the same page', 'team on the same page', 'people on the same page', 'keep on the same page',
    "it's really important", 'it is really important', "it's very important", 'it is very important', "it's so important",
    // An effort promised rather than a rule kept: "I've always tried to make sure", "I am always trying to take ownership".
    'always tried to', 'always trying to', 'always try to', 'try to make sure', 'tried to make sure', 'trying to make sure',
    // A value held up instead of a rule: "that's something I try to do every day", "something I really value".
    'something i try', 'something i always', 'something i value', 'something i really value', "something i'm always",
    'something i am always', 'something i believe', 'are key', 'key to long', 'best policy', 'what i try to', 'when i have time',
    'how important it is', 'taught me a lot', 'are the key', 'is the key', 'make a big difference', 'makes a big difference',
    'make the biggest difference', 'makes the biggest difference',
    'small things can',
    // A virtue as the lesson's subject: "trust takes time to build", "honesty is the best policy".
    'trust takes', 'honesty is', 'quality is', 'consistency is', 'patience is', 'integrity is', 'respect is',
    'transparency is', 'courage to speak', 'goes a long way', 'go a long way',
    // A virtue defined, or said to take time: "being frugal is about being smart", "relationships take time", "high
    // standards have to come from the leader"; and what anyone deserves: "everybody has potential".
    'is about being', 'are about being', 'takes time', 'take time', 'standards have to', 'standards come from', 'standards start',
    'has potential', 'have potential', 'believe in them',
    // A value the speaker has always held: "That's something I've always believed in and it's why I do this job".
    "something i've always", 'something i have always', 'why i do this', 'why i love this',
    // The plural and the "key" forms of the same: "patience and encouragement are really important", "curiosity is really
    // the key to being a good researcher", "never stop learning", "always stick to my standards".
    'are really important', 'are very important', 'are so important', 'really the key', 'the key to being', 'never stop learning',
    'own pace', 'stick to my standards', 'let things slide',
    // The same effort promised in other words: "I still try to", "Now I try always to", "now we try to share things more";
    // and proverbs: "you're never too old to learn", "asking for help is a strength".
    'still try to', 'try always to', 'we try to', 'never too old', 'is a strength',
    // A priority any story could claim: "safety has to come first, always", "the patient comes first".
    'come first', 'comes first',
    // People held up as what matters most: "people really are the most important thing", "if you invest in your team it
    // pays off".
    'are the most important', 'invest in your team', 'invest in your people', 'invest in people',
    // Ambition as a proverb: "if you dream big, anything is possible", "the sky is the limit".
    'anything is possible', 'everything is possible', 'nothing is impossible', 'sky is the limit', 'dream big', 'aim high',
    'reach for the stars',
    // Proverbs any story could close on: "where there's a will, there's a way", "the devil is in the details".
    "where there's a will", 'where there is a will', 'devil is in the details', 'devil is always in the details',
    'devil is really in the details', 'devil really is in the details',
  ],
  /** Answers about what one would or usually does, not what one did. */
  hypothetical: [
    'i would', 'i will', "i'll", "i'm going to", 'i am going to', 'i usually', 'i typically', 'i tend to',
    'i try to', 'i generally', 'i normally', 'if i were', 'in general', 'what i would', 'my approach would',
    'i always make sure', 'i make sure', 'i like to', 'i prefer to', 'i would probably', 'i could',
    'my approach is', 'my process is', 'my usual approach', 'what i do is', 'what i usually do',
    // "What I do instead is take...", "what I do first is...": the same routine with a word between.
    'what i do * is',
  ],
  /** Decisions a team takes in chorus: the speaker's own judgement disappears. */
  collectiveDecision: [
    'we decided', 'we chose', 'we agreed', 'we aligned', 'we determined', 'we concluded', 'we collectively',
    'the team decided', 'it was decided', 'we came up with', 'we figured', 'we took ownership', 'we drove',
    'we prioritized', 'we prioritised', 'we proposed', 'we pushed back', 'team chose', 'we picked', 'we settled on',
    'we made the call', 'we opted',
  ],
  /** Helping rather than doing. */
  helperVerb: [
    'i helped', 'i assisted', 'i supported', 'i participated', 'i was involved', 'i was part of', 'i contributed',
    'i was on the team', 'i got involved', 'i joined the effort', 'i sent them', 'i asked them to',
  ],
} as const;

export type LexiconCategory = keyof typeof LEXICON;

export const LEXICON_MATCHER = new PhraseMatcher<LexiconCategory>(LEXICON);

/** A set of stems from plain words, so the lists below read as English and match whatever inflection is used. */
function stems(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => stem(w)));
}

/** First-person verbs that show a choice the speaker made. */
export const DECISION_STEMS = stems([
  'decide', 'chose', 'choose', 'propose', 'recommend', 'prioritize', 'prioritise', 'negotiate', 'insist', 'commit',
  'reject', 'approve', 'defer', 'pick', 'opt', 'veto', 'escalate', 'convince', 'persuade', 'push', 'challenge',
  'argue', 'pitch', 'ask', 'set', 'call', 'stop', 'cancel', 'decline', 'refuse', 'overrule', 'accept', 'determine',
  'made', 'raise', 'flag', 'limit', 'scope', 'drop', 'freeze', 'froze', 'pause', 'kill', 'change', 'switch', 'move',
  'reassign', 'hire', 'fire', 'budget', 'redirect', 'question', 'disagree', 'took',
  // The stemmer drops the final "e" of "agree" but not of "agreed" ("agre" against "agr"): the past is listed as well.
  'agreed', 'disagreed',
]);

/** Irregular participles that are not also a past tense ("gone", "taken"), and a few that are ("lost", "spent"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['done', 'been', 'taken', 'given', 'gone', 'seen', 'written', 'chosen', 'driven', 'shown', 'known', 'gotten', 'cost', 'hit', 'lost', 'run', 'spent', 'sold', 'meant', 'broken', 'eaten', 'hidden', 'ridden', 'fallen', 'forgotten', 'stolen', 'risen', 'grown', 'thrown', 'drawn', 'worn', 'torn', 'sworn', 'frozen', 'woken', 'spoken', 'bitten', 'beaten', 'shaken', 'mistaken', 'overtaken', 'undertaken']);

/** Irregular past tenses that mark a finished action after "I" or "we" (compared as written, not stemmed). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'built', 'wrote', 'led', 'made', 'ran', 'took', 'chose', 'set', 'found', 'got', 'went', 'gave', 'drove', 'spent',
  'sent', 'brought', 'kept', 'met', 'sat', 'told', 'thought', 'caught', 'cut', 'put', 'began', 'saw', 'spoke',
  'held', 'won', 'rewrote', 'broke', 'did', 'had', 'knew', 'felt', 'left', 'paid', 'read', 'shut', 'stood', 'taught',
  'understood', 'undertook', 'withdrew', 'overcame', 'oversaw', 'dug', 'split', 'sought', 'bought', 'hid', 'let',
  'rode', 'shot', 'swam', 'threw', 'woke', 'fought', 'ate', 'came', 'became', 'tore', 'drew', 'grew', 'hung', 'lit',
  'quit', 'shed', 'slid', 'spun', 'stuck', 'struck', 'swept', 'upheld', 'wound', 'forgot', 'heard', 'hurt', 'lost',
  'sold', 'said', 'fell', 'rang', 'bent', 'fed', 'froze', 'laid', 'lent', 'meant', 'rebuilt', 'sped',
  'spread', 'stole', 'swore', 'wore', 'forbade', 'forgave', 'foresaw', 'mislaid', 'misread',
  'flew', 'blew', 'dealt', 'fled', 'sank', 'sang', 'swung', 'slept', 'wept', 'crept', 'knelt', 'leapt', 'dreamt', 'bore',
  'bound', 'bred', 'clung', 'flung', 'shook', 'shone', 'strove', 'strode', 'underwent', 'withheld', 'withstood', 'rose',
  'arose', 'awoke', 'bit', 'bled', 'drank', 'mistook', 'overtook', 'overheard', 'stung', 'sprang', 'shrank', 'wrung',
  'forecast', 'spat', 'sewed', 'sewn',
]);

/**
 * Verbs that do not show an action even in the past tense: states, wishes, attempts, and reflection ("I learned",
 * "I realised"), which belongs to the lesson and is no step of the Action.
 */
export const STATE_VERBS = stems([
  'was', 'were', 'had', 'felt', 'thought', 'knew', 'want', 'like', 'love', 'hope', 'need', 'seem', 'believe', 'wish',
  'enjoy', 'appreciate', 'try', 'learned', 'learnt', 'realized', 'realised', 'understood',
  // "Then she did something I hadn't expected": what the speaker looked for, not a step.
  'expect',
  // "Before the closure we averaged 5,100 tonnes a day": a measure of the work, not a step in it.
  'averaged',
  // "I really admired the way Mrs Adeyemi handled it": a feeling about someone else's work.
  'admire',
]);

/** Nouns for people: a number before one is a headcount, not a result. */
export const PEOPLE_NOUNS = stems([
  'engineer', 'developer', 'people', 'person', 'employee', 'member', 'teammate', 'colleague', 'report', 'intern',
  'grad', 'staff', 'designer', 'pm', 'manager', 'contractor', 'hire', 'volunteer', 'student', 'analyst', 'tester',
  'lead', 'director', 'vp', 'scientist', 'researcher', 'sre', 'devops', 'dev', 'founder', 'team', 'squad', 'peer',
  'stakeholder', 'partner', 'vendor', 'cofounder', 'coworker', 'co',
]);

/** Units of time: with a number they are a duration, which is a result only when it measures something. */
/** The speaker's own words for themself, and for the team they speak for. */
export const FIRST_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
export const FIRST_PLURAL: ReadonlySet<string> = new Set(['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", "we'll"]);

export const TIME_UNITS = stems([
  'ms', 'millisecond', 'second', 'sec', 's', 'minute', 'min', 'mins', 'hour', 'hr', 'hrs', 'h', 'day', 'week', 'wk',
  'month', 'quarter', 'year', 'yr', 'sprint', 'weekend', 'night', 'business', 'fortnight',
]);

/** Things whose time is a measurement: latency, load time, build time. */
export const MEASURED_TIME_STEMS = stems([
  'latency', 'p50', 'p90', 'p95', 'p99', 'p999', 'load', 'response', 'build', 'processing', 'downtime', 'mttr',
  'mttd', 'turnaround', 'lead', 'cycle', 'wait', 'runtime', 'startup', 'query', 'ttfb', 'resolution', 'deploy',
  'onboarding', 'checkout', 'page', 'render', 'time', 'duration', 'outage', 'recovery', 'handling', 'review',
  'approval', 'release', 'test', 'suite', 'pipeline', 'ci', 'refresh', 'sync', 'backlog', 'queue',
]);

/**
 * Currencies named after a figure that are no everyday word ("40,000 shillings", "480,000 SEK"); "real", "won" or
 * "rand" after a number are more often something else ("two real options").
 */
const CURRENCY_NAMES = [
  'euro', 'dollar', 'pound', 'baht', 'rupee', 'peso', 'yen', 'yuan', 'naira', 'shilling', 'franc', 'krona', 'kronor', 'kroner',
  'zloty', 'lira', 'dirham', 'riyal', 'ringgit', 'reais', 'forint', 'cedi', 'kwacha', 'dinar', 'rupiah', 'tenge', 'birr',
  'lari', 'usd', 'eur', 'gbp', 'sek', 'nok', 'dkk', 'chf', 'inr', 'aed', 'kes', 'ugx', 'tzs', 'ngn', 'zar', 'jpy', 'sgd', 'myr',
  'thb', 'aud', 'nzd', 'pln', 'czk', 'huf', 'koruna', 'korun',
];

/** Words after a number that make it an amount of something measured. */
export const MEASURE_UNITS = stems([
  ...CURRENCY_NAMES, 'percent', 'pct', 'percentage', 'point', 'pp', 'bp', 'basis', 'k', 'm',
  'million', 'billion', 'thousand', 'x', 'time', 'fold', 'star', 'rps', 'qps', 'tps', 'gb', 'tb', 'mb', 'kb',
  'request', 'user', 'customer', 'order', 'ticket', 'error', 'bug', 'defect', 'incident', 'complaint', 'refund',
  'transaction', 'signup', 'download', 'call', 'alert', 'outage', 'escalation', 'session', 'visit', 'click',
  'conversion', 'lead', 'deal', 'sale', 'review', 'rating', 'install', 'subscriber', 'account', 'record', 'row', 'job',
  'failure', 'crash', 'page', 'nps', 'csat', 'cost', 'server', 'instance', 'node', 'machine', 'host', 'case',
  'shipment', 'package', 'claim', 'message', 'email', 'line', 'test',
]);

/** Currencies written as words after their figure ("1 million baht", "300 euros"), with the everyday-word ones too. */
export const CURRENCY_WORDS = stems([...CURRENCY_NAMES, 'rand', 'sol', 'soles', 'real', 'won', 'dong', 'lei', 'quid', 'bucks',
  // "2.1 million crowns": Czech, Danish, Norwegian and Swedish money in English; only ever read after a figure.
  'crown', 'crowns']);

/**
 * Currency codes and short signs written before a figure: "SEK 480,000", "KSh 2,500", "Rs 40,000". Matched as written,
 * since "try", "pen" or "cad" are words too; codes that are also common abbreviations (CAD, COP, PHP, AMD, RON) are left out.
 */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'SEK', 'NOK', 'DKK', 'ISK', 'CHF', 'INR', 'PKR', 'LKR', 'NPR', 'BDT', 'AED', 'SAR', 'QAR', 'OMR', 'KWD', 'BHD', 'KES',
  'KSh', 'Ksh', 'UGX', 'TZS', 'TSh', 'NGN', 'GHS', 'ZAR', 'EGP', 'BRL', 'MXN', 'ARS', 'CLP', 'JPY', 'CNY', 'RMB', 'KRW',
  'TWD', 'HKD', 'SGD', 'MYR', 'THB', 'IDR', 'VND', 'AUD', 'NZD', 'USD', 'EUR', 'GBP', 'PLN', 'CZK', 'HUF', 'BGN', 'UAH',
  'RUB', 'KZT', 'UZS', 'GEL', 'AZN', 'XOF', 'XAF', 'ETB', 'MWK', 'ZMW', 'RWF', 'MZN', 'BWP', 'NAD', 'FJD', 'Rs', 'RM',
  'Rp', 'Tk',
]);

/** Business or customer outcomes: a measured change to one of these is impact. */
export const IMPACT_STEMS = stems([
  'revenue', 'cost', 'spend', 'saving', 'save', 'conversion', 'churn', 'retention', 'satisfaction', 'csat', 'nps',
  'sale', 'profit', 'margin', 'ticket', 'complaint', 'customer', 'user', 'abandonment', 'signup', 'adoption',
  'engagement', 'order', 'incident', 'outage', 'downtime', 'client', 'shopper', 'buyer', 'subscriber', 'star',
  'rating', 'budget', 'bill', 'income', 'booking', 'deal', 'lead', 'escalation', 'refund', 'availability', 'uptime',
  'sla', 'slo', 'error', 'failure', 'hour', 'week', 'month', 'year', 'annual', 'annually', 'dollar', 'per',
]);

/** Everyday nouns of engineering and business work: naming one makes a sentence more concrete than none. */
export const CONCRETE_STEMS = stems([
  'api', 'cache', 'cdn', 'database', 'db', 'schema', 'query', 'index', 'endpoint', 'server', 'cluster', 'queue',
  'pipeline', 'dashboard', 'alarm', 'log', 'pr', 'runbook', 'postmortem', 'spreadsheet', 'doc', 'prototype',
  'survey', 'interview', 'recording', 'funnel', 'checkout', 'invoice', 'refund', 'contract', 'form', 'email',
  'backlog', 'roadmap', 'sprint', 'migration', 'bug', 'incident', 'outage', 'ticket', 'trace', 'profile', 'flag',
  'canary', 'rollback', 'script', 'cron', 'lambda', 'container', 'kubernetes', 'deploy', 'release', 'branch',
  'commit', 'library', 'sdk', 'vendor', 'warehouse', 'shipment', 'payment', 'gateway', 'auth', 'login', 'search',
  'page', 'app', 'mobile', 'ios', 'android', 'browser', 'proxy', 'load', 'balancer', 'memory', 'cpu', 'latency',
  'p95', 'p99', 'test', 'suite', 'ci', 'build', 'compiler', 'retry', 'timeout', 'webhook', 'ui', 'design',
  'mockup', 'wireframe', 'spec', 'rfc', 'proposal', 'metric', 'standup', 'retro', 'demo', 'poc', 'workshop', 'war',
  'room', 'address', 'cart', 'order', 'feature', 'code', 'review', 'sql', 'json', 'csv', 'slide', 'deck', 'budget',
  'service', 'microservice', 'repo', 'monolith', 'batch', 'stream', 'kafka', 'redis', 'postgres', 'mysql', 'graphql',
  'rest', 'grpc', 'sla', 'slo', 'oncall', 'pager', 'alert', 'monitor', 'onboarding', 'contractor', 'hire',
  'candidate', 'offer', 'promotion', 'salary', 'headcount', 'quarter', 'okr', 'kpi', 'dataset', 'model',
  'experiment', 'cohort', 'segment',
  // The same for work done with hands, vehicles and paper outside an office: naming the van, the valve or the rota.
  'rota', 'roster', 'ward', 'clinic', 'van', 'lorry', 'truck', 'trailer', 'crane', 'forklift', 'shelf', 'tray',
  'crate', 'pallet', 'dock', 'aisle', 'sensor', 'valve', 'pump', 'engine', 'gearbox', 'boiler', 'heater', 'fridge',
  'freezer', 'oven', 'menu', 'recipe', 'ingredient', 'cable', 'connector', 'microphone', 'camera', 'map', 'drawing',
  'manual', 'checklist', 'logbook', 'handbook', 'timetable', 'label', 'barcode', 'scanner', 'printer',
  'meter', 'gauge', 'thermometer', 'prescription', 'dose', 'medicine', 'vaccine', 'wound', 'specimen',
  'tank', 'barrel', 'bottle', 'runway', 'aircraft', 'depot', 'pipe', 'battery', 'fuel', 'tyre', 'brake', 'lens',
  'timesheet', 'payslip', 'payroll', 'ledger', 'receipt', 'transcript', 'hoist', 'ladder', 'harness', 'helmet',
  'locker', 'trolley', 'ramp', 'kiln', 'generator',
]);

/** Words that are common in any English prose; their share tells English text from other languages or code. */
export const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'i', 'we',
  'my', 'our', 'me', 'us', 'it', 'its', 'this', 'that', 'these', 'those', 'was', 'were', 'is', 'are', 'be', 'been',
  'had', 'has', 'have', 'did', 'do', 'not', 'so', 'which', 'who', 'what', 'when', 'after', 'before', 'then', 'they',
  'he', 'she', 'their', 'his', 'her', 'them', 'into', 'about', 'over', 'than', 'there', 'all', 'also', 'because',
  'while', 'would', 'could', 'can', 'will', 'if', 'each', 'more', 'most', 'only', 'out', 'up', 'no', 'one', 'two',
]);

/** Function words and interview filler: they say nothing about which principle a story shows, or which story a lesson drew on. */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing done down during each either else even ever every few for from further get got
  had has have having he her here hers herself him himself his how i i'd i'll i'm i've if in into is it it's its itself
  just let me might more most much must my myself no nor not now of off on once one only or other our ours ourselves
  out over own quite rather really same she should so some such than that that's the their theirs them themselves
  then there these they this those through to too under until up upon us very was we we'd we'll we're we've were what
  when where which while who whom why will with within without would you your yours yourself something anything
  everything thing things lot lots way ways kind sort also still yet tell describe time times example situation story
  happened happen happens answer question went go going goes come came make made making say said says take took taken
  give gave like well back two three four five first next last new old many several able day days week weeks
  month months year years`.split(/\s+/),
);
