/** Stories for the private-side tests: one strong enough to reach the bar, one weak, one too short. */
export const STRONG_STORY = [
  'Situation: In March our checkout service failed 4% of payments during the spring sale, and nobody knew why.',
  'Task: As the on-call lead I owned finding the cause and fixing it within two weeks, before the summer sale.',
  'Action: I dug into the logs and traced the failures to a connection pool leak in the payment client. I wrote a',
  'load test that reproduced it in staging, then fixed the pool handling and added alarms on pool saturation. I chose',
  'to delay a loyalty feature by one week to ship the fix safely, a trade-off I explained to my manager and the',
  'product owner. We rolled the fix out gradually, 10% of traffic first, and I watched the error dashboards each hour.',
  'Result: payment errors fell from 4% to 0.2%, which saved about $40k a month in lost orders, and the summer sale',
  'ran without an incident.',
  'Learning: I now add a load test for every client library change before peak season, and I taught the team to do the same.',
].join('\n');

export const WEAK_STORY =
  'We had some problems with the system at some point and the team worked on it together for a while. ' +
  'It was hard but eventually things got somewhat better and everyone was reasonably happy with how it turned out in the end, more or less.';

export const SHORT_STORY = 'I fixed a bug in the payment service.';
