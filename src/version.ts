import { readFileSync } from 'node:fs';

/** The version in package.json (src/ and dist/ both sit one level below it). */
export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
