/**
 * Example answers written for these tests (not taken from any published set). Each one exercises one behaviour; the
 * strong ones follow the product brief: STAR-L, 150-225 words, baseline -> change -> impact, "I" for decisions.
 */

/** Strong, labelled in Slack mrkdwn: bold labels, a link, an emoji, a mention, a code span. */
export const STRONG_LABELLED = [
  '*Situation:* Last March our checkout API at a travel startup had a p95 latency of 1.8s and support got about 120 tickets a week about failed payments. :fire:',
  '*Task:* As the on-call lead I owned getting p95 under 400ms before the summer sale, 6 weeks out.',
  '*Action:* I profiled the service with <https://example.com/flamegraph|a flame graph> and found that `price_quote` called the currency service once per line item. I proposed batching those calls instead of adding a cache, because a cache would have served stale rates to customers. I wrote the batching change myself, put it behind a feature flag and rolled it out to 5% of traffic with a rollback trigger on error rate. <@U123ABC> reviewed the rate-limit settings with me. We ran the remaining rollout as a team over two days.',
  '*Result:* p95 went from 1.8s to 280ms (-84%), payment failures fell by 42%, and support tickets dropped from 120 to 45 a week, which kept about $30K a month in bookings.',
  '*Learning:* I learned to measure before choosing a fix: the cache everyone wanted would have hidden the real cause. Since then I start every performance task with a profile, and I have used that rule on three projects.',
].join('\n');

/** The same story without labels. */
export const STRONG_UNLABELLED = STRONG_LABELLED.replace(/\*[A-Za-z]+:\* /g, '');

/** The same story as Slack bullets. */
export const STRONG_BULLETED = STRONG_LABELLED.split('\n')
  .map((line) => `• ${line}`)
  .join('\n');

/** Longer than CRISP_SPECIFIC, but vague: no numbers, "we" for everything, generic claims. */
export const VAGUE_PADDED = `So basically this was a really big project at my company and it was kind of a difficult time for everyone
involved. There were a lot of moving parts and a lot of stakeholders and honestly things were not in a great place when
it started. We aligned stakeholders across the organisation and we drove alignment on the overall direction. We worked
closely with everyone to make sure that nothing fell through the cracks, and we communicated effectively the whole time.
We collaborated cross-functionally with various teams and we leveraged best practices wherever we could. We decided to
take ownership of the overall outcome together, and we just kept pushing and pushing until it all came together. There
were some challenges along the way, of course, and some things did not go exactly to plan, but we worked really hard and
we stayed late a lot of nights to get everything done. In the end it went well and everyone was happy with how it turned
out. The leadership team was really pleased. I think the big thing I took away from it is that communication is really
important, and that teamwork matters a lot in situations like this one. It was a good experience overall for the team
and I think we all grew a lot from it.`;

/** Shorter than VAGUE_PADDED, but specific and owned. */
export const CRISP_SPECIFIC = `At a logistics company, our nightly invoice job failed twice a week and finance reconciled by hand. I traced the
failures to a timeout in the tax API, so I added retries with backoff instead of raising the timeout, which would have
blocked the batch window. I shipped it behind a flag to one region first. Failures went from 8 a month to 0, and finance
saved 6 hours a week. I learned to read the logs before touching the config, and I have done that since.`;

/** "We" for the context and the team's execution, "I" for every decision. */
export const WE_CONTEXT_I_DECISIONS = `We were a team of six building a booking app, and we had a release every two weeks. Our crash rate on Android was
climbing. I decided to pause feature work for one sprint, and I proposed a crash-budget rule to the product manager. I
chose to fix the three top crashes first because they covered most users. I wrote the fix for the image loader myself.
We shipped the fixes together in the next release. Crash-free sessions went from 97.1% to 99.6%.`;

/** The same story with every decision collective. */
export const WE_EVERYTHING = `We were a team of six building a booking app, and we had a release every two weeks. Our crash rate on Android was
climbing. We decided to pause feature work for one sprint, and we proposed a crash-budget rule to the product manager.
We chose to fix the three top crashes first because they covered most users. We wrote the fix for the image loader. We
shipped the fixes together in the next release. Crash-free sessions went from 97.1% to 99.6%.`;

/** Numbers everywhere, but none measures a result. */
export const NUMBERS_NOT_METRICS = `In 2023 I led the upgrade of our billing service from Java 11 to Java 17 with a team of 5 engineers. The
migration took 2 weeks and we released version 3.2.1 on 14 June. I planned the work in 4 phases and wrote the
runbook myself. It went well and everyone was happy.`;

/** A measured result with baseline, change and impact. */
export const METRICS_ANSWER = `I rewrote the search ranking query. p95 went 1.8s -> 280ms (-84%), and support tickets about slow search fell by
42%, saving about $12K a month in support cost.`;

/** What the speaker would do, not what they did. */
export const HYPOTHETICAL = `If a customer was unhappy, I would first listen to them carefully. I would then look at the data and find the root
cause. I would involve my manager if needed, and I will always make sure the customer is kept informed. In general I try
to put the customer first.`;

/** Blame and hedges. */
export const BLAME_AND_HEDGES = `The launch slipped because the QA team dropped the ball, it was honestly their fault. They never tested the payment
flow. I kind of tried to fix it, I guess, and basically just patched it the night before. It sort of worked, maybe.`;

/** A direct, accountable telling of a failure. */
export const ACCOUNTABLE_FAILURE = `In my first month as tech lead I promised a six-week migration without asking the team for estimates. I missed it by
three weeks. I told my director the slip was mine, I re-planned with the team and we cut the scope to the two services
customers used most. We finished those on the new date. I learned to estimate with the people doing the work, and I
have run estimation sessions before every commitment since.`;

export const SPANISH = `El año pasado lideré la migración de nuestro sistema de pagos. Reduje la latencia de 2 segundos a 300 milisegundos
y los clientes dejaron de quejarse. Aprendí que medir antes de cambiar es lo más importante para el equipo.`;

export const JAPANESE = '昨年、私は決済システムの移行を担当しました。レイテンシを2秒から300ミリ秒に短縮し、顧客からの苦情がなくなりました。';

export const CODE_ONLY = '```\nfunction retry(fn, n) {\n  for (let i = 0; i < n; i++) {\n    try { return fn(); } catch (e) { if (i === n - 1) throw e; }\n  }\n}\n```';

export const BARE_CODE = 'const x = await fetch(url); if (!x.ok) { throw new Error(x.status); } return x.json(); for (let i = 0; i < n; i++) { a[i] = b[i]; }';

/** Casual Slack typing: one run-on sentence, lower case, no labels, but a complete, strong story. */
export const RUN_ON = `so last year at my job our signup page was losing about half the people on mobile and nobody owned it so i picked it up, i looked at the funnel data and saw the sms verification step was where people dropped, i pitched replacing it with email magic links to my manager and she agreed, i built it in about two weeks and shipped it to 10% of users first with a kill switch in case login broke, signup completion went from 48% to 71% and support tickets about codes disappeared, what i learned is to look at the funnel before guessing and i do that on every project now`;

/** A claim nobody would believe without proof. */
export const IMPLAUSIBLE = `I was the only PM at a 4-person startup with no budget. I personally rebuilt the whole platform over one weekend. As a result, revenue grew from $3 million to $900 million in a single week. I learned that speed is everything.`;

/** A strong story whose stakes are not measurable: the Result is what changed for a person. */
export const QUALITATIVE = `Two years ago a senior engineer on my team, Dana, kept missing code reviews and the team started routing around her. Instead of escalating to our manager, I asked her for coffee and asked what was going on. She told me she was caring for a parent and was embarrassed to say so. I proposed that she take the on-call rotation off for a quarter and own the design reviews instead, which she could do asynchronously, and I took the proposal to our manager with her permission. The team agreed. Within a month she was reviewing again, and she later told me it was the first time she felt safe raising a personal problem at work. I learned to ask before assuming someone is disengaged, and I now do a private check-in before any performance conversation.`;
