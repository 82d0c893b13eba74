import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFlagsOfStartScript, startFlags } from '../../src/bench/start-command.js';

describe('the flags npm start gives Node', () => {
  it('reads the flags between node and dist/main.js', () => {
    expect(nodeFlagsOfStartScript('node --max-semi-space-size=4 dist/main.js')).toEqual(['--max-semi-space-size=4']);
    expect(nodeFlagsOfStartScript('node dist/main.js')).toEqual([]);
    expect(nodeFlagsOfStartScript('node --a=1  --b dist/main.js --playground')).toEqual(['--a=1', '--b']);
  });

  it('refuses a start script that does not run dist/main.js with node, so a bench never measures something else', () => {
    expect(() => nodeFlagsOfStartScript('tsx src/main.ts')).toThrow(/does not run/);
    expect(() => nodeFlagsOfStartScript('node dist/cli/lp-coach.js')).toThrow(/does not run/);
  });

  it("caps V8's young generation in npm start, which keeps resident memory under load near a bare Bolt app's", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
    expect(startFlags()).toEqual(nodeFlagsOfStartScript(pkg.scripts.start));
    expect(startFlags()).toContain('--max-semi-space-size=4');
  });
});
