import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN_JS = join(REPO, 'dist', 'main.js');

const LOCK = join(REPO, 'test-output', '.build-lock');
// A lock older than this was left by a run that was killed mid-build.
const STALE_LOCK_MS = 120_000;

/**
 * `npm run build`, once at a time: test files run in parallel workers, and two compilers writing dist/ together
 * can leave a file half written for the other's process to load.
 */
export function buildDist(): void {
  mkdirSync(join(REPO, 'test-output'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() - lockTime() > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'pipe' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockTime(): number {
  try {
    return statSync(LOCK).mtimeMs;
  } catch {
    return Date.now();
  }
}
