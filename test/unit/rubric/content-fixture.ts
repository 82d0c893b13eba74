import type { Content } from '../../../src/core/content.js';

/** A small stand-in for data/*.json, so these tests do not depend on the content files' wording. */
export const CONTENT: Content = {
  principles: [
    {
      id: 'customer-obsession',
      name: 'Customer Obsession',
      description: 'Starts from the customer and works backwards; earns and keeps customer trust.',
      signals: ['customer', 'support tickets', 'churn', 'user research'],
      aliases: ['cx', 'customer first'],
    },
    {
      id: 'dive-deep',
      name: 'Dive Deep',
      description: 'Stays connected to the details, audits frequently, and is sceptical when metrics and anecdote differ.',
      signals: ['root cause', 'logs', 'profiled', 'traced', 'dug into'],
      aliases: ['deep dive'],
    },
    {
      id: 'frugality',
      name: 'Frugality',
      description: 'Accomplishes more with less; constraints breed resourcefulness and invention.',
      signals: ['budget', 'cost', 'saved', 'cheaper'],
      aliases: ['frugal'],
    },
    {
      id: 'earn-trust',
      name: 'Earn Trust',
      description: 'Listens attentively, speaks candidly, and is vocally self-critical when things go wrong.',
      signals: ['trust', 'transparent', 'admitted', 'apologized'],
      aliases: ['trust'],
    },
  ],
  questions: [
    {
      id: 'dd-slow-service',
      principle: 'dive-deep',
      text: 'Tell me about a time you found the root cause of a problem others had missed.',
      probes: [
        { kind: 'metrics', text: 'What did the numbers look like before and after your fix?' },
        { kind: 'tradeoffs', text: 'Which fixes did you rule out, and why?' },
        { kind: 'ownership', text: 'Which part of the investigation did you do yourself?' },
      ],
    },
    {
      id: 'dd-data-mismatch',
      principle: 'dive-deep',
      text: 'Tell me about a time the data and the anecdotes disagreed.',
      probes: [
        { kind: 'learning', text: 'What would you check first if this happened again?' },
        { kind: 'detail', text: 'Which query or log line told you the most?' },
      ],
    },
  ],
};
