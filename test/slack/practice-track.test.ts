import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, TEAM_CHANNEL, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';
import { STRONG_STORY } from './story-fixtures.js';
import { deliver, userReply } from './thread-events.js';

/** `/lp practice` asks the questions of the person's channel: its track's, in the track's wording. */
let h: Harness;
let ui: Interactions;
beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T07:00:00Z'));
  ui = interactions(h);
  await h.runLp('setup 09:30 UTC mon-fri');
});
afterEach(async () => {
  await h.close();
});

const pm = (JSON.parse(readFileSync(new URL('../../data/tracks.json', import.meta.url), 'utf8')) as { id: string; questions: string[]; wordings: Record<string, string> }[]).find((t) => t.id === 'pm');

describe('practice on a track', () => {
  it('asks a question of the channel track, worded for the role, once the person answers in that channel', async () => {
    await h.runLp('config track pm');
    h.clock.now = new Date('2026-11-30T09:30:00Z');
    await h.lp.minuteTick.runDue();
    const promptTs = String(h.api.callsTo('chat.postMessage').find((c) => c.args.channel === TEAM_CHANNEL && c.args.thread_ts === undefined)?.response.ts);
    await deliver(h, userReply(h, TEAM_CHANNEL, promptTs, ADMIN, STRONG_STORY).event);

    for (let round = 0; round < 4; round++) {
      await h.runLp('practice customer obsession');
      const modal = ui.view(ui.topModal(ADMIN).id);
      const { q } = JSON.parse(String(modal.private_metadata)) as { q: string };
      expect(pm?.questions).toContain(q);
      const wording = pm?.wordings[q];
      if (wording !== undefined) expect(JSON.stringify(modal)).toContain(wording.slice(0, 40));
      h.workspace.modalStackByUser.delete(ADMIN);
    }
  });
});
