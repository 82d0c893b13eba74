import type { App } from '@slack/bolt';
import type { LpSubcommand } from './commands/subcommand.js';
import type { PersonalFeatureDeps } from './personal-deps.js';
import * as practice from './practice/index.js';

export type { PersonalFeatureDeps } from './personal-deps.js';

/** The private side of LP Coach: practice rounds, coverage and story bank, the App Home, privacy. */
export function registerPersonalFeatures(app: App, deps: PersonalFeatureDeps): LpSubcommand[] {
  return [...practice.register(app, deps)];
}
