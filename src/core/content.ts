import { loadPrinciples, type Principle } from './principles.js';
import { loadQuestions, type Question } from './questions.js';

/** Principles and questions, loaded together and checked against each other. */
export interface Content {
  principles: Principle[];
  questions: Question[];
}

let cached: Content | undefined;

/** Loads `data/principles.json` and `data/questions.json` once per process; both are read-only at run time. */
export function loadContent(): Content {
  if (cached === undefined) {
    const principles = loadPrinciples();
    cached = { principles, questions: loadQuestions(principles) };
  }
  return cached;
}
