import { readFileSync } from 'node:fs';

/**
 * The Node flags before `dist/main.js` in a `start` script, e.g. `node --max-semi-space-size=4 dist/main.js` gives
 * `['--max-semi-space-size=4']`. Throws when the script does not start `dist/main.js` with node.
 */
export function nodeFlagsOfStartScript(script: string): string[] {
  const match = /^node((?:\s+--\S+)*)\s+dist\/main\.js(?:\s|$)/.exec(script.trim());
  if (match === null) throw new Error(`The start script does not run "node [flags] dist/main.js": ${script}`);
  return (match[1] ?? '').split(/\s+/).filter((flag) => flag !== '');
}

/** The flags `npm start` gives Node (package.json, one level above src/ and dist/), so a bench starts the app as a user does. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts?: { start?: unknown } };
  const start = pkg.scripts?.start;
  if (typeof start !== 'string') throw new Error('package.json has no start script');
  return nodeFlagsOfStartScript(start);
}
