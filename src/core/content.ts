import { loadPrinciples, type Principle } from './principles.js';
import { loadQuestions, type Question } from './questions.js';
import { loadTracks, type Track } from './question-bank/tracks.js';
import { loadFitModel, loadLearnedModels } from './rubric/fit-model-file.js';
import type { FitModel } from './rubric/learned-fit.js';
import type { LearnedModels } from './rubric/learned-steps.js';

/** Principles and questions, loaded together and checked against each other. */
export interface Content {
  principles: Principle[];
  questions: Question[];
  /** The role tracks (`data/tracks.json`), checked against the questions; absent in hand-built test content. */
  tracks?: Track[];
  /** The learned principle fit (`data/fit-model.json`, see rubric/learned-fit.ts); absent in hand-built test content. */
  fitModel?: FitModel;
  /** The learned readings of trade-offs, lessons and metrics (see rubric/learned-steps.ts), those whose file is there. */
  learnedModels?: LearnedModels;
}

let cached: Content | undefined;

/** Loads `data/principles.json`, `data/questions.json` and `data/tracks.json` once per process; all are read-only at run time. */
export function loadContent(): Content {
  if (cached === undefined) {
    const principles = loadPrinciples();
    const questions = loadQuestions(principles);
    const fitModel = loadFitModel(principles);
    cached = {
      principles,
      questions,
      tracks: loadTracks(principles, questions),
      ...(fitModel === undefined ? {} : { fitModel }),
      learnedModels: loadLearnedModels(),
    };
  }
  return cached;
}
