import { writeFileSync } from 'node:fs';
import type { Content } from '../core/content.js';
import { contentFilePath, dataFileUrl } from '../core/content-file.js';
import { loadPrinciples, PRINCIPLE_IDS } from '../core/principles.js';
import { loadQuestions } from '../core/questions.js';
import { FIT_MODEL_FILE } from '../core/rubric/fit-model-file.js';
import { parseFitModel, type FitModelFile } from '../core/rubric/learned-fit.js';
import { LEARNED_CRITERIA, LEARNED_LABELS, LEARNED_MODEL_FILES } from '../core/rubric/learned-steps.js';
import { criterionExamples, DEFAULT_TRAINING, LEARNED_TRAINING, trainFitModel, trainingExamples, type TrainingExample } from './fit-training.js';
import { evaluateSuite, isHeldOut, loadSuite, SUITE_DIR, type SuiteItem } from './suite.js';

/**
 * `npm run train:fit`: trains the learned principle fit and the learned readings of trade-offs, lessons and metrics on
 * the development half of the suite (the held-out fifth is never read) and writes data/fit-model.json and the readings'
 * files (learned-steps.ts LEARNED_MODEL_FILES). How much the learned score counts is chosen by five-fold
 * cross-validation on the development half: each fold is scored by a model trained on the other four, and the
 * blends are compared by how many of the folds' alignment, principle-shown and first-gate expectations they meet.
 */
const BLENDS = [0, 0.2, 0.4, 0.6, 0.8, 1, 1.5, 2, 3];
const FOLDS = 5;
const NEAR_BEST = 0.001;

function foldOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) >>> 0;
  return hash % FOLDS;
}

function chooseBlend(items: readonly SuiteItem[], examples: readonly TrainingExample[], content: Content, log: (line: string) => void): number {
  const dev = items.filter((item) => !isHeldOut(item.id));
  const met = new Map<number, number>(BLENDS.map((b) => [b, 0]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const file = trainFitModel(examples.filter((e) => foldOf(e.id) !== fold), PRINCIPLE_IDS);
    const scored = dev.filter((item) => foldOf(item.id) === fold);
    for (const blend of BLENDS) {
      const report = evaluateSuite(scored, { ...content, fitModel: parseFitModel({ ...file, blend }) }).dev;
      met.set(blend, (met.get(blend) ?? 0) + (report.criteria.alignment?.met ?? 0) + report.fits.met + report.gate.met);
    }
  }
  for (const [blend, count] of met) log(`  blend ${blend}: ${count} expectations met across the folds`);
  // Folds of a few hundred stories cannot tell blends a few expectations apart: the smallest blend within a tenth of a
  // percent of the best is taken, so the learned reading counts no more than the evidence asks.
  const best = Math.max(...met.values());
  return [...met].filter(([, count]) => count >= best * (1 - NEAR_BEST)).sort((a, b) => a[0] - b[0])[0]?.[0] ?? 0;
}

function trainAndWrite(log: (line: string) => void = console.log): void {
  const items = loadSuite(SUITE_DIR);
  const examples = trainingExamples(items);
  // Scored without the models on file, which may be missing or stale: the folds' own models stand in for the fit, and
  // the learned readings do not move the gates the blend is chosen on.
  const principles = loadPrinciples();
  const content: Content = { principles, questions: loadQuestions(principles) };
  log(`Training on ${examples.length} development answers; choosing the blend by ${FOLDS}-fold cross-validation:`);
  const blend = chooseBlend(items, examples, content, log);
  const file = trainFitModel(examples, PRINCIPLE_IDS, { ...DEFAULT_TRAINING, blend });
  log(`Wrote ${writeModel(FIT_MODEL_FILE, file)}: ${file.features.length} features, blend ${blend}.`);
  for (const criterion of LEARNED_CRITERIA) {
    const model = trainFitModel(criterionExamples(items, criterion), LEARNED_LABELS, LEARNED_TRAINING);
    log(`Wrote ${writeModel(LEARNED_MODEL_FILES[criterion], model)}: the learned ${criterion} reading, ${model.features.length} features from ${model.trainedOn.answers} stories.`);
  }
}

/** Writes a model to its file in data/; returns the path written. */
function writeModel(name: string, model: FitModelFile): string {
  const path = contentFilePath(dataFileUrl(name));
  writeFileSync(path, `${JSON.stringify(model, null, 1)}\n`);
  return path;
}

trainAndWrite();
