import { loadPrinciples, type Principle } from './principles.js';
import { loadQuestions, type Question } from './questions.js';
import { loadTracks, type Track } from './question-bank/tracks.js';

/** Principles and questions, loaded together and checked against each other. */
export interface Content {
  principles: Principle[];
  questions: Question[];
  /** The role tracks (`data/tracks.json`), checked against the questions; absent in hand-built test content. */
  tracks?: Track[];
}

let cached: Content | undefined;

/** Loads `data/principles.json`, `data/questions.json` and `data/tracks.json` once per process; all are read-only at run time. */
export function loadContent(): Content {
  if (cached === undefined) {
    const principles = loadPrinciples();
    const questions = loadQuestions(principles);
    cached = { principles, questions, tracks: loadTracks(principles, questions) };
  }
  return cached;
}
