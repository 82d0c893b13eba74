import { existsSync, readFileSync } from 'node:fs';
import { ContentError, contentFilePath, dataFileUrl } from '../content-file.js';
import { parseFitModel, type FitModel, type FitModelFile } from './learned-fit.js';
import { LEARNED_CRITERIA, LEARNED_LABELS, LEARNED_MODEL_FILES, type LearnedModels } from './learned-steps.js';

export const FIT_MODEL_FILE = 'fit-model.json';

/**
 * Reads `data/fit-model.json` when it is there. Without it the rubric reads principle fit from the profiles alone, as
 * it did before the model existed; a file that is there but broken, or trained for other principles, is an error.
 */
export function loadFitModel(principles: ReadonlyArray<{ id: string }>, file: URL | string = dataFileUrl(FIT_MODEL_FILE)): FitModel | undefined {
  return loadModel(file, principles.map((p) => p.id), 'unknown principles');
}

/** Reads the learned readings' models (learned-steps.ts) that are there; a criterion without one keeps its rules alone. */
export function loadLearnedModels(): LearnedModels {
  const models: LearnedModels = {};
  for (const criterion of LEARNED_CRITERIA) {
    const model = loadModel(dataFileUrl(LEARNED_MODEL_FILES[criterion]), LEARNED_LABELS, 'unknown labels');
    if (model !== undefined) models[criterion] = model;
  }
  return models;
}

function loadModel(file: URL | string, known: readonly string[], unknownWhat: string): FitModel | undefined {
  const path = contentFilePath(file);
  if (!existsSync(path)) return undefined;
  let parsed: FitModelFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as FitModelFile;
  } catch (error) {
    throw new ContentError(`${path}: cannot be read as JSON (${(error as Error).message})`);
  }
  const unknown = parsed.ids?.filter((id) => !known.includes(id)) ?? [];
  if (parsed.version !== 1 || !Array.isArray(parsed.features) || typeof parsed.weights !== 'string' || unknown.length > 0) {
    throw new ContentError(`${path}: not a model of this version${unknown.length > 0 ? ` (${unknownWhat}: ${unknown.join(', ')})` : ''}; run \`npm run train:fit\``);
  }
  try {
    return parseFitModel(parsed);
  } catch (error) {
    throw new ContentError(`${path}: ${(error as Error).message}; run \`npm run train:fit\``);
  }
}
