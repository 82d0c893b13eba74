import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActionsBody, FORM_CONTENT_TYPE, sendSignedRequest, viewSubmissionBody, type LocalSlackApi, type Workspace } from '../../src/local-slack/index.js';
import { waitFor } from './e2e-app.js';
import type { RunningProcess } from './main-process.js';
import { startMockPoolFixture, type MockPoolFixture } from './mock-pool.js';

/**
 * A mock-loop scorecard with a real process (a scorecard is stored once per interviewer, principle and loop, and
 * sending it again edits it): `node dist/main.js` pairs two people at start-up; the interviewer opens the scorecard
 * modal from their packet and sends it; the process is killed (SIGKILL) while it is still busy (a group DM's post
 * hangs, and an edit is in flight); started again on the same file, the interviewer edits the scorecard, sends the
 * other principle's twice at once (a double click), and edits again twice at once. One row per interviewer,
 * principle and loop, holding the last edit, and one debrief DM to the candidate.
 */

const BOT_TOKEN = 'xoxb-mock-scorecard-restart';
const SIGNING_SECRET = 'mock-scorecard-restart-signing-secret-0123';
const CHANNEL = 'C0MOCKSC01';
const PEOPLE = ['U0MOCKSC00', 'U0MOCKSC01'];

let fixture: MockPoolFixture;
let workspace: Workspace;
let api: LocalSlackApi;
const startApp = (): Promise<RunningProcess> => fixture.startApp();
const query = <T,>(sql: string, ...params: unknown[]): T[] => fixture.query<T>(sql, ...params);

type Json = Record<string, unknown>;
const userOf = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: workspace.team.id });
const team = () => ({ id: workspace.team.id, domain: 'local' });

/** A signed POST to the process; status 0 when it died with the request open. */
async function post(port: number, body: string): Promise<{ status: number; body: string }> {
  try {
    return await sendSignedRequest(`http://127.0.0.1:${port}/slack/events`, { body, contentType: FORM_CONTENT_TYPE, signingSecret: SIGNING_SECRET });
  } catch {
    return { status: 0, body: '' };
  }
}

/**
 * The packet's "Scorecard: <principle>" button, pressed by `user`: the app opens the modal with views.open, and the
 * modal comes back as Slack would put it in a view_submission payload.
 */
async function openScorecard(port: number, user: string, pairId: number, principleId: string): Promise<Json> {
  const before = api.callsTo('views.open').length;
  const clicked = await post(
    port,
    blockActionsBody({
      user: userOf(user),
      api_app_id: workspace.bot.appId,
      token: 'local-verification-token',
      trigger_id: workspace.issueTriggerId(user),
      team: team(),
      container: { type: 'message', message_ts: '1764500000.000100', channel_id: CHANNEL, is_ephemeral: true },
      response_url: api.responseUrl(`scorecard-${user}-${principleId}-${before}`),
      actions: [
        {
          type: 'button',
          action_id: 'mock_scorecard',
          block_id: 'packet',
          text: { type: 'plain_text', text: 'Scorecard' },
          value: `${pairId}:${principleId}`,
          action_ts: '1764500000.000101',
        },
      ],
    }),
  );
  expect(clicked.status).toBe(200);
  const opened = await waitFor(() => api.callsTo('views.open')[before], 'the scorecard modal to open', 10_000);
  expect(opened.response).toMatchObject({ ok: true });
  const view = opened.response.view as Json;
  expect(view).toMatchObject({ callback_id: 'mock_scorecard_view', private_metadata: JSON.stringify({ pairId, principleId }) });
  return view;
}

interface Entry {
  rating: string;
  strong: string[];
  missing: string[];
  note: string;
  title: string;
}

/** The modal sent with `entry` filled in, as Slack's view_submission; the HTTP status and the ack's JSON. */
async function submitScorecard(port: number, user: string, view: Json, entry: Entry): Promise<{ status: number; ack: Json | undefined }> {
  const option = (value: string) => ({ value, text: { type: 'plain_text', text: value } });
  const values = {
    rating: { value: { type: 'radio_buttons', selected_option: option(entry.rating) } },
    strong: { value: { type: 'checkboxes', selected_options: entry.strong.map(option) } },
    missing: { value: { type: 'checkboxes', selected_options: entry.missing.map(option) } },
    note: { value: { type: 'plain_text_input', value: entry.note } },
    title: { value: { type: 'plain_text_input', value: entry.title } },
  };
  const result = await post(
    port,
    viewSubmissionBody({
      team: team(),
      user: userOf(user),
      api_app_id: workspace.bot.appId,
      token: 'local-verification-token',
      trigger_id: workspace.issueTriggerId(user),
      view: { ...view, state: { values } },
      response_urls: [],
    }),
  );
  return { status: result.status, ack: result.body === '' ? undefined : (JSON.parse(result.body) as Json) };
}

interface CardRow {
  pair_id: number;
  interviewer_id: string;
  candidate_id: string;
  principle_id: string;
  rating: string;
  strong: string;
  missing: string;
  note: string | null;
  story_title: string | null;
}
const cards = () =>
  query<CardRow>(
    'SELECT pair_id, interviewer_id, candidate_id, principle_id, rating, strong, missing, note, story_title FROM mock_scorecards ORDER BY principle_id',
  );
const rowOf = (pairId: number, interviewerId: string, candidateId: string, principleId: string, entry: Entry): CardRow => ({
  pair_id: pairId,
  interviewer_id: interviewerId,
  candidate_id: candidateId,
  principle_id: principleId,
  rating: entry.rating,
  strong: JSON.stringify(entry.strong),
  missing: JSON.stringify(entry.missing),
  note: entry.note,
  story_title: entry.title,
});

/** The bot's DM with `user`, if the app ever opened one. */
const dmOf = (user: string) => [...workspace.channels.values()].find((channel) => channel.is_im && channel.user === user)?.id;
/** chat.postMessage calls the app made to the person's DM (any outcome), and the messages that landed there. */
function dmPosts(user: string): { calls: number; messages: string[] } {
  const dm = dmOf(user);
  if (dm === undefined) return { calls: 0, messages: [] };
  return {
    calls: api.callsTo('chat.postMessage').filter((call) => call.args.channel === dm).length,
    messages: (workspace.messages.get(dm) ?? []).map((message) => message.text ?? ''),
  };
}

beforeAll(async () => {
  fixture = await startMockPoolFixture({ tmpPrefix: 'lp-mock-scorecard-', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, channelId: CHANNEL, people: PEOPLE });
  ({ workspace, api } = fixture);
}, 120_000);

afterAll(async () => {
  await fixture?.close();
});

describe('kill -9 around a mock-loop scorecard', () => {
  it('keeps one scorecard per interviewer, principle and loop with the last edit, and sends the debrief once', async () => {
    // The pair's group DM post hangs: the first process is still in the middle of its work when it is killed.
    api.hangNext('chat.postMessage', 1);
    const first = await startApp();
    await waitFor(() => api.callsTo('chat.postMessage').some((call) => call.httpStatus === 0), 'the group DM post to hang', 20_000);
    const assignments = query<{ pair_id: number; interviewer_id: string; candidate_id: string; principle_id: string }>(
      'SELECT pair_id, interviewer_id, candidate_id, principle_id FROM mock_assignments ORDER BY interviewer_id, position',
    );
    const interviewer = PEOPLE[0] as string;
    const packet = assignments.filter((a) => a.interviewer_id === interviewer);
    expect(packet).toHaveLength(2);
    const { pair_id: pairId, candidate_id: candidate } = packet[0]!;
    const [p1, p2] = packet.map((a) => a.principle_id) as [string, string];
    expect(candidate).toBe(PEOPLE[1]);

    const v1: Entry = { rating: 'not-inclined', strong: ['structure'], missing: ['metrics'], note: 'v1: vague on numbers', title: 'Pager rota' };
    const v1b: Entry = { ...v1, note: 'v1b: edit cut short by the kill' };
    const v2: Entry = { rating: 'inclined', strong: ['structure', 'metrics'], missing: [], note: 'v2: p95 down 40%, after a probe', title: 'Pager rota' };
    const p2Card: Entry = { rating: 'strongly-inclined', strong: ['ownership'], missing: ['learning'], note: 'p2: owned the rollback call', title: 'Bad deploy' };
    const v3: Entry = { rating: 'strongly-inclined', strong: ['metrics'], missing: ['learning'], note: 'v3: final, after rereading my notes', title: 'Pager rota, 2025' };

    // The scorecard of the first principle, from the packet's button, sent: stored at once.
    const modal = await openScorecard(first.port, interviewer, pairId, p1);
    expect(await submitScorecard(first.port, interviewer, modal, v1)).toEqual({ status: 200, ack: { response_action: 'clear' } });
    expect(cards()).toEqual([rowOf(pairId, interviewer, candidate, p1, v1)]);

    // An edit in flight, and kill -9 while the process still waits on the hung group DM.
    const inFlight = submitScorecard(first.port, interviewer, modal, v1b);
    first.child.kill('SIGKILL');
    await first.exited;
    await inFlight;
    const afterKill = cards();
    expect(afterKill).toHaveLength(1);
    expect([v1.note, v1b.note]).toContain(afterKill[0]?.note);

    // Started again on the same file: the modal opens with what was stored (to edit), and the edit replaces it.
    const second = await startApp();
    const again = await openScorecard(second.port, interviewer, pairId, p1);
    expect(JSON.stringify(again.blocks)).toContain(afterKill[0]?.note as string);
    expect(again.submit).toMatchObject({ text: 'Save changes' });
    expect(await submitScorecard(second.port, interviewer, again, v2)).toEqual({ status: 200, ack: { response_action: 'clear' } });
    expect(cards()).toEqual([rowOf(pairId, interviewer, candidate, p1, v2)]);
    expect(dmPosts(candidate).calls).toBe(0);

    // The second principle, sent twice at once (a double click): it completes the packet, so both race to the debrief.
    const second2 = await openScorecard(second.port, interviewer, pairId, p2);
    const twice = await Promise.all([0, 1].map(() => submitScorecard(second.port, interviewer, second2, p2Card)));
    expect(twice.map((r) => r.status)).toEqual([200, 200]);
    await waitFor(() => dmPosts(candidate).messages.length > 0, 'the candidate\'s debrief DM', 15_000);

    // The first principle edited once more, twice at once: the last edit's values, and no second debrief.
    const last = await openScorecard(second.port, interviewer, pairId, p1);
    const edits = await Promise.all([0, 1].map(() => submitScorecard(second.port, interviewer, last, v3)));
    expect(edits.map((r) => r.status)).toEqual([200, 200]);
    // Time for a second debrief, if one were (wrongly) owed, to be posted.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    // One row per interviewer, principle and loop, holding the last values sent.
    expect(query('SELECT COUNT(*) AS n FROM mock_scorecards')).toEqual([{ n: 2 }]);
    expect(cards()).toEqual(
      [rowOf(pairId, interviewer, candidate, p1, v3), rowOf(pairId, interviewer, candidate, p2, p2Card)].sort((a, b) => a.principle_id.localeCompare(b.principle_id)),
    );
    // The candidate's debrief: one post to their DM, once both scorecards were in (with the edit then current).
    const debrief = dmPosts(candidate);
    expect(debrief.calls).toBe(1);
    expect(debrief.messages).toHaveLength(1);
    expect(debrief.messages[0]).toContain('debrief');
    expect(query('SELECT candidate_id, status, attempts FROM mock_debriefs')).toEqual([{ candidate_id: candidate, status: 'sent', attempts: 1 }]);
    const posted = api.callsTo('chat.postMessage').find((call) => call.args.channel === dmOf(candidate));
    const blocks = typeof posted?.args.blocks === 'string' ? posted.args.blocks : JSON.stringify(posted?.args.blocks);
    expect(blocks).toContain('v2: p95 down 40%');
    expect(blocks).toContain('p2: owned the rollback call');
    // Nobody else got a debrief: the interviewer was not scored, and nothing went to the channel.
    expect(dmPosts(interviewer).calls).toBe(0);
    expect(api.callsTo('chat.postMessage').filter((call) => call.args.channel === CHANNEL)).toEqual([]);
    second.child.kill('SIGKILL');
    await second.exited;
  }, 60_000);
});
