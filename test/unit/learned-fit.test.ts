import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content.js';
import { analyzeAnswer } from '../../src/core/rubric/analysis.js';
import { learnedScores, parseFitModel, storyFeatures, type FitModelFile } from '../../src/core/rubric/learned-fit.js';
import { PRINCIPLE_IDS } from '../../src/core/principles.js';
import { principleFit } from '../../src/core/rubric/principle-fit.js';
import type { PrincipleRef } from '../../src/core/rubric/criteria/types.js';
import { DEFAULT_TRAINING, idsHash, isTrainingItem, trainFitModel, trainingExamples, type TrainingExample } from '../../src/eval/fit-training.js';
import { loadSuite, SUITE_DIR } from '../../src/eval/suite.js';

const features = (text: string) => storyFeatures(analyzeAnswer(text));

describe("a story's features for the learned fit", () => {
  it('has its content words, its word pairs, and marks what a negation denies', () => {
    const f = features('I sat with each new starter. I never told the client.');
    expect(f).toContain('sat_with');
    expect(f).toContain('new_starter');
    expect(f).toContain('not_client');
    expect(f).not.toContain('client');
  });

  it("leaves the principles' own names out: naming one is not showing it", () => {
    const f = features('I showed customer obsession and a bias for action.');
    expect([...f].some((x) => x.includes('obsession') || x.includes('obsess'))).toBe(false);
    expect(f).not.toContain('bias_for');
  });
});

describe('training', () => {
  const ids = ['earn-trust', 'frugality'];
  const examples: TrainingExample[] = [
    ...['I admitted my mistake to the client', 'I told the client the truth early', 'I apologised to the client for the error'].map((text, i) => ({ id: `t${i}`, label: 'earn-trust', features: features(text) })),
    ...['I cut the budget and reused old kit', 'I bought second hand and saved money', 'I saved money on the budget'].map((text, i) => ({ id: `f${i}`, label: 'frugality', features: features(text) })),
  ];
  const options = { smoothing: 0.5, features: 100, minStories: 1, clip: 1.5, blend: 1 };

  it('learns which words belong to which principle', () => {
    const model = parseFitModel(trainFitModel(examples, ids, options));
    const trust = learnedScores(model, features('I admitted the mistake to the client'), ids);
    const thrift = learnedScores(model, features('We saved money by reusing old kit'), ids);
    expect(trust[0]).toBeGreaterThan(trust[1] as number);
    expect(thrift[1]).toBeGreaterThan(thrift[0] as number);
  });

  it('gives the same file for the same stories in any order', () => {
    expect(trainFitModel([...examples].reverse(), ids, options)).toEqual(trainFitModel(examples, ids, options));
  });

  it('clips every weight, so no single word decides a story', () => {
    const model = parseFitModel(trainFitModel(examples, ids, { ...options, clip: 0.5 }));
    for (const w of model.weights) expect(Math.abs(w)).toBeLessThanOrEqual(0.5 + 1e-6);
  });
});

describe('the shipped model', () => {
  const content = loadContent();

  it('is loaded with the content and is what training on the suite as it is now gives (else: npm run train:fit)', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/fit-model.json', import.meta.url), 'utf8')) as FitModelFile;
    const items = loadSuite(SUITE_DIR);
    const training = items.filter(isTrainingItem);
    expect(content.fitModel).toBeDefined();
    expect(file.trainedOn).toEqual({ answers: training.length, idsHash: idsHash(training.map((item) => item.id)) });
    // The rubric's tokenizer feeds the features: a change to it needs the model trained again too.
    expect(trainFitModel(trainingExamples(items), PRINCIPLE_IDS, { ...DEFAULT_TRAINING, blend: file.blend })).toEqual(file);
  }, 60_000);

  it('reads a story told in words no profile lists, yet common in stories of its principle', () => {
    // A kitchen story of a new cook taught by working beside them: Hire and Develop shown without its usual words.
    const answer =
      'I run the kitchen of a small hotel. Our new commis was slow and burnt two trays in her first week, and the head chef wanted her gone. ' +
      'I asked for a month. I worked next to her on every breakfast shift, showed her how I lay out my station, and let her run the eggs on Sunday ' +
      'with me watching. By the end of the month her plates went out as fast as mine. Two years later she runs the breakfast service and trains ' +
      'the new commis herself. I learned that a slow start is often a missing habit, not a missing talent.';
    const asked = content.principles.find((p) => p.id === 'hire-and-develop-the-best') as PrincipleRef;
    const fitWith = (fitModel: typeof content.fitModel) =>
      principleFit({ analysis: analyzeAnswer(answer), asked, principles: content.principles, questions: content.questions, questionText: undefined, fitModel }).asked;
    const learned = fitWith(content.fitModel);
    expect(learned?.fit).toBe('strong');
    expect(learned?.similarity ?? 0).toBeGreaterThan(fitWith(undefined)?.similarity ?? 0);
  });
});

describe('the model file', () => {
  it('is optional, and a broken one is named with what to run', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadFitModel } = await import('../../src/core/rubric/fit-model-file.js');
    const dir = mkdtempSync(join(tmpdir(), 'lp-fit-model-'));
    const principles = loadContent().principles;
    expect(loadFitModel(principles, join(dir, 'absent.json'))).toBeUndefined();
    writeFileSync(join(dir, 'broken.json'), '{"version": 1, "ids": ["not-a-principle"], "features": [], "weights": ""}');
    expect(() => loadFitModel(principles, join(dir, 'broken.json'))).toThrow(/broken\.json.*unknown principles: not-a-principle.*npm run train:fit/);
  });
});
