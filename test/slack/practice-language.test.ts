import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBlockKitProblems } from '../../src/local-slack/index.js';
import { MEMBER, startHarness, type Harness } from './harness.js';
import { interactions, type Interactions } from './interactions.js';

// Issue 11 part 4 in the practice modal: a story in another language was "2 words", and then nine "Not scored" lines.
const CHINESE_STORY =
  '去年我负责了支付系统的迁移。团队一开始不想更换数据库，但我展示了延迟数据，我们分阶段完成了迁移。最后错误减少了百分之四十，我也学会了先倾听再提出方案。';
const SPANISH_STORY =
  'El año pasado lideré la migración de nuestro sistema de pagos. El equipo no quería cambiar la base de datos, pero yo mostré los datos de latencia y decidimos hacerlo por fases. Al final redujimos los errores un 40% y aprendí a escuchar antes de proponer.';

let h: Harness;
let ui: Interactions;
beforeEach(async () => {
  h = await startHarness(new Date('2026-11-30T10:00:00Z'));
  ui = interactions(h);
});
afterEach(async () => {
  await h.close();
});

type Json = Record<string, any>;

async function submitStory(story: string): Promise<Json> {
  await h.runLp('practice dive deep', { user: MEMBER });
  const viewId = ui.topModal(MEMBER).id;
  return (await ui.submit(MEMBER, viewId, { lp_answer: story })) as Json;
}

describe('a practice story in another language', () => {
  for (const [language, story] of [['Chinese', CHINESE_STORY], ['Spanish', SPANISH_STORY]] as const) {
    it(`${language}: is stored and told once, kindly, that feedback is for English answers`, async () => {
      const acked = await submitStory(story);
      expect(acked.response_action).toBe('update');
      const text = JSON.stringify(acked.view.blocks);
      expect(text).toContain('LP Coach gives feedback on English answers; your story is saved');
      expect(text).not.toContain('Not scored');
      expect(text.match(/English answers/g)).toHaveLength(1);
      // Retelling it is one click away.
      expect(text).toContain('lp_practice_retry');
      expect(findBlockKitProblems('modal', acked.view)).toEqual([]);
      const stored = h.db.prepare('SELECT a.text, f.level FROM answers a JOIN feedback f ON f.answer_id = a.id').all() as Json[];
      expect(stored).toHaveLength(1);
      expect(stored[0]?.text).toBe(story);
      // Below the bar: it never counts toward coverage.
      expect(stored[0]?.level).toBe('Not yet');
    });
  }

  it('a freestanding practice round does not promise a streak (only prompt answers count)', async () => {
    const acked = await submitStory(CHINESE_STORY);
    expect(JSON.stringify(acked.view.blocks)).not.toContain('streak');
  });
});
