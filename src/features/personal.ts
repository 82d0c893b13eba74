import type { App } from '@slack/bolt';
import type { LpSubcommand } from './commands/subcommand.js';
import type { PersonalFeatureDeps, PostOnceDeps } from './personal-deps.js';
import * as home from './home/index.js';
import * as practice from './practice/index.js';
import * as privacy from './privacy/index.js';
import * as stories from './stories/index.js';

export type { PersonalFeatureDeps } from './personal-deps.js';
export { createPersonalSummaryJob } from './home/index.js';

/** The private side of LP Coach: practice rounds, coverage and story bank, the App Home, privacy. */
export function registerPersonalFeatures(app: App, deps: PersonalFeatureDeps & PostOnceDeps): LpSubcommand[] {
  const refreshHome = home.createHomePublisher(deps);
  return [
    ...practice.register(app, deps, refreshHome),
    ...stories.register(app, deps),
    ...privacy.register(app, deps, refreshHome),
    ...home.register(app, deps),
  ];
}
