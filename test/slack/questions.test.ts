import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { findBlockKitProblems } from '../../src/local-slack/index.js';
import { ADMIN, MEMBER, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';
import { CSV_HEADER_LINE, validCsvRows } from '../unit/question-bank/fixtures.js';

/**
 * Tracks and the team's own questions over the real Bolt app and the Slack stand-in: `/lp config track`,
 * `/lp questions` (list, add, edit, retire), import with bad rows, export, `/lp help metrics`, and the daily prompt
 * that follows.
 */

let h: Harness;
let ui: Interactions;
beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T07:00:00Z'));
  ui = interactions(h);
  h.channels.upsertSchedule({ channelId: TEAM_CHANNEL, promptTime: '09:30', timezone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
});
afterEach(async () => {
  await h.close();
});

type Json = Record<string, any>;
const pm = loadContent().tracks?.find((t) => t.id === 'pm');
const teamRows = () => h.db.prepare('SELECT * FROM team_questions ORDER BY rowid').all() as Json[];
const viewText = (viewId: string) => JSON.stringify(ui.view(viewId).blocks);

/** The text of the daily prompt's question as posted in the channel. */
function postedQuestion(): string {
  const post = h.api.callsTo('chat.postMessage').filter((c) => c.args.channel === TEAM_CHANNEL).at(-1);
  const blocks = (typeof post?.args.blocks === 'string' ? JSON.parse(post.args.blocks) : post?.args.blocks) as Json[];
  return String(blocks.find((b) => b.block_id === 'lp_prompt_question')?.text.text ?? '').replace(/^\*|\*$/g, '');
}

async function openImport(): Promise<string> {
  const result = await h.runLp('questions import');
  expect(result.text).toBe('');
  const view = ui.topModal(ADMIN);
  expect(findBlockKitProblems('modal', ui.view(view.id))).toEqual([]);
  return view.id;
}

describe('an admin switches the channel to the PM track and imports the team questions', () => {
  it('2 bad rows in 20 are reported by line and nothing is imported; fixed, all 20 are, and the next prompts ask PM or team questions', async () => {
    const switched = await h.runLp('config track pm');
    expect(switched.text).toMatch(/^<#C0TEAM001> is now on the \*Product \/ program manager\* track/);
    expect((await h.runLp('config', { user: MEMBER })).text).toContain('track: *Product / program manager* (`pm`)');

    const viewId = await openImport();
    const rows = validCsvRows();
    rows[3] = 'dive-depp,Tell me about a time you found the real cause of an outage.,,pm';
    rows[11] = 'ownership,Too short?,,pm';
    const pasted = [CSV_HEADER_LINE, ...rows].join('\n');
    const refused = (await ui.submit(ADMIN, viewId, { lpq_import_0: pasted })) as Json;
    expect(refused.response_action).toBe('update');
    const shown = viewText(viewId);
    expect(shown).toContain('Nothing was imported.');
    expect(shown).toContain('2 problems');
    expect(shown).toContain('line 5: principle \\"dive-depp\\" is not one of the 16: did you mean `dive-deep`?');
    expect(shown).toContain('line 13: question is 10 characters: write a full question of at least 20');
    expect(teamRows()).toEqual([]);
    // The paste comes back in the box, ready to fix.
    const box = (ui.view(viewId).blocks as Json[]).find((b) => b.block_id === 'lpq_import_1');
    expect(box?.element.initial_value).toBe(pasted);

    const fixed = [CSV_HEADER_LINE, ...validCsvRows()].join('\n');
    await ui.submit(ADMIN, viewId, { lpq_import_1: fixed });
    expect(viewText(viewId)).toContain('Imported *20* questions into <#C0TEAM001>');
    expect(teamRows()).toHaveLength(20);
    expect(teamRows()[0]).toMatchObject({ id: 'team-1', channel_id: TEAM_CHANNEL, principle_id: 'customer-obsession', track: null, created_by: ADMIN, retired_at: null });

    // The next prompts: each a PM-track question in the PM wording, or one of the team's.
    const teamTexts = new Map(teamRows().map((r) => [r.id as string, r.text as string]));
    for (let day = 0; day < 6; day += 1) {
      const outcome = await h.lp.dailyPrompts.postNow(TEAM_CHANNEL);
      expect(outcome.status).toBe('posted');
      const prompt = h.db.prepare('SELECT question_id FROM prompts ORDER BY id DESC LIMIT 1').get() as Json;
      const id = prompt.question_id as string;
      const expected = teamTexts.get(id) ?? (pm?.questions.includes(id) ? (pm.wordings[id] ?? loadContent().questions.find((q) => q.id === id)?.text) : undefined);
      expect(expected, `question ${id} is neither a PM-track nor a team question`).toBeDefined();
      expect(postedQuestion()).toBe(expected);
    }
  });

  it('a member gets a clear refusal and changes nothing', async () => {
    expect((await h.runLp('config track pm', { user: MEMBER })).text).toMatch(/^Only LP Coach admins can do that/);
    expect((await h.runLp('questions', { user: MEMBER })).text).toMatch(/^Only LP Coach admins can do that/);
    expect((await h.runLp('questions import', { user: MEMBER })).text).toMatch(/^Only LP Coach admins can do that/);
    expect((await h.runLp('questions export csv', { user: MEMBER })).text).toMatch(/^Only LP Coach admins can do that/);
    expect(h.api.callsTo('views.open')).toEqual([]);
    expect(h.db.prepare('SELECT track FROM channels').get()).toEqual({ track: null });
  });

  it('a wrong track or format says what to type', async () => {
    expect((await h.runLp('config track sales')).text).toBe(
      'There is no track `sales`. Type `/lp config track <swe|pm|em|ops|default>`: `swe` (Software engineer), `pm` (Product / program manager), `em` (Engineering manager), `ops` (Operations / general), or `default` for the whole built-in bank.',
    );
    expect((await h.runLp('questions export pdf')).text).toMatch(/^`pdf` is not a format: use `csv` or `json`\./);
    expect((await h.runLp('config track default')).text).toMatch(/back on the whole built-in bank/);
    // No track: `/lp config` reads as before tracks.
    expect((await h.runLp('config')).text).not.toContain('track');
  });
});

describe('/lp questions: the modal', () => {
  it('adds with validation, edits, and retires a question, which keeps its history', async () => {
    await h.runLp('config track pm');
    await h.runLp('questions');
    const listId = ui.topModal(ADMIN).id;
    expect(findBlockKitProblems('modal', ui.view(listId))).toEqual([]);
    expect(viewText(listId)).toContain('No team questions yet');

    await ui.clickInView(ADMIN, listId, 'lp_questions_add', TEAM_CHANNEL);
    const addId = ui.topModal(ADMIN).id;
    expect(addId).not.toBe(listId);
    expect(findBlockKitProblems('modal', ui.view(addId))).toEqual([]);
    const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });
    const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
    const bad = (await ui.submitState(ADMIN, addId, {
      lpq_principle: select('dive-deep'),
      lpq_question: text('Why?'),
      lpq_probe_1: text('How?'),
      lpq_track: select('pm'),
    })) as Json;
    expect(bad).toEqual({
      response_action: 'errors',
      errors: {
        lpq_question: 'Question is 4 characters: write a full question of at least 20',
        lpq_probe_1: 'Write a follow-up question of at least 10 characters, or leave it empty.',
      },
    });
    expect(teamRows()).toEqual([]);
    await ui.submitState(ADMIN, addId, {
      lpq_principle: select('dive-deep'),
      lpq_question: text('Tell me about a time a dashboard hid a problem from your team.'),
      lpq_probe_1: text('How did you find out?'),
      lpq_track: select('pm'),
    });
    expect(teamRows()).toMatchObject([{ id: 'team-1', principle_id: 'dive-deep', track: 'pm', probes: '["How did you find out?"]' }]);
    expect(viewText(listId)).toContain('Added team-1');
    expect(viewText(listId)).toContain('Tell me about a time a dashboard hid a problem from your team.');

    await ui.clickInView(ADMIN, listId, 'lp_questions_edit_open', 'team-1');
    const editId = ui.topModal(ADMIN).id;
    await ui.submitState(ADMIN, editId, {
      lpq_principle: select('dive-deep'),
      lpq_question: text('Tell me about a time a dashboard hid a real problem.'),
      lpq_track: select('any'),
    });
    expect(teamRows()[0]).toMatchObject({ text: 'Tell me about a time a dashboard hid a real problem.', track: null, probes: '[]' });

    await ui.clickInView(ADMIN, listId, 'lp_questions_retire', 'team-1');
    expect(viewText(listId)).toContain('Retired team-1');
    expect(viewText(listId)).toContain('No team questions yet');
    expect(teamRows()[0]).toMatchObject({ text: 'Tell me about a time a dashboard hid a real problem.', retired_at: expect.any(String) });
    // No longer asked.
    for (let i = 0; i < 3; i += 1) await h.lp.dailyPrompts.postNow(TEAM_CHANNEL, { principleId: 'dive-deep' });
    const lastThree = h.db.prepare('SELECT question_id FROM prompts ORDER BY id DESC LIMIT 3').all() as Json[];
    expect(lastThree.map((p) => p.question_id)).not.toContain('team-1');
  });

  it('exports the active questions as CSV by direct message, in the format import reads', async () => {
    const viewId = await openImport();
    await ui.submit(ADMIN, viewId, { lpq_import_0: [CSV_HEADER_LINE, ...validCsvRows(3)].join('\n') });
    const result = await h.runLp('questions export csv');
    expect(result.text).toMatch(/^Sent 3 team questions to our direct messages as `lp-coach-questions-2026-11-30\.csv`\.$/);
    const file = [...h.workspace.files.values()].at(-1);
    const csv = file?.content?.toString('utf8') ?? '';
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER_LINE);
    expect(csv).toContain('"Tell me about launch number 1, and what you changed for customers."');
  });
});

describe('/lp help metrics', () => {
  it("shows the channel's track's cheat-sheet, another track's on request, and /lp help is unchanged", async () => {
    const general = await h.runLp('help metrics', { user: MEMBER });
    expect(general.text).toMatch(/^\*Metrics cheat-sheet\*.*no track/);
    await h.runLp('config track pm');
    const own = await h.runLp('help metrics', { user: MEMBER });
    expect(own.ackCount).toBe(1);
    expect(own.text).toMatch(/^\*Metrics cheat-sheet: Product \/ program manager\* \(this channel's track\)/);
    expect(own.text).toContain('Retention and churn');
    const swe = await h.runLp('help metrics swe', { user: MEMBER });
    expect(swe.text).toContain('p95 and p99');
    expect(swe.text).not.toContain("this channel's track");
    expect((await h.runLp('help metrics sales', { user: MEMBER })).text).toMatch(/^There is no track `sales`/);
    const help = await h.runLp('help', { user: MEMBER });
    for (const sub of ['setup', 'schedule', 'questions', 'help metrics', 'config']) expect(help.text).toContain(`/lp ${sub}`);
    expect(h.api.calls.filter((c) => c.method !== 'users.info')).toEqual([]);
  });
});
