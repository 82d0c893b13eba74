import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { silentLogger } from '../../src/logger.js';
import { startPlayground, type RunningPlayground } from '../../src/playground/start.js';

/**
 * The playground in this process (a temporary database, a fixed start on the clock) and Debian's Chromium driven by
 * playwright-core. `npx playwright install` cannot download browsers here, so the tests use the system binary.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run, or undefined when they can. */
export const NO_BROWSER_REASON = existsSync(CHROMIUM_PATH)
  ? undefined
  : `no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`;

const repo = fileURLToPath(new URL('../../', import.meta.url));

// Chromium's background services try to reach Google; on a closed network that means refused connections at start.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright starts Chromium with a new, empty profile directory of its own each launch. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Compiles the page's TypeScript with our tsc into a folder of this suite's own, so the test never races
 * `npm run build` (which another test file runs) over dist/.
 */
export function buildPageScripts(suite: string): URL {
  const dir = join(repo, 'test-output', 'browser-build', suite);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repo, 'tsconfig.build.json'),
      compilerOptions: { outDir: join(dir, 'out'), rootDir: join(repo, 'src'), sourceMap: false },
      include: [join(repo, 'src', 'playground', 'web')],
    }),
  );
  execFileSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], { cwd: repo, stdio: 'pipe' });
  return pathToFileURL(join(dir, 'out', 'playground', 'web') + '/');
}

export interface PlaygroundFixture {
  playground: RunningPlayground;
  browser: Browser;
  page: Page;
  /** `readmeName`: with LP_README_SCREENSHOTS=1, the shot is also saved as docs/screenshots/<readmeName>.png. */
  shot(step: string, readmeName?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts a clean playground whose clock starts at `startAt`, opens it in Chromium at 1200x760, and writes a
 * screenshot per step to test-output/screenshots/<suite>/ (git-ignored), so a failure can be looked at.
 */
export async function openPlayground(suite: string, startAt: Date): Promise<PlaygroundFixture> {
  const browserScriptsDir = buildPageScripts(suite);
  const dataDir = mkdtempSync(join(tmpdir(), `lp-${suite}-`));
  const playground = await startPlayground({
    port: 0,
    databasePath: join(dataDir, 'playground.db'),
    reset: true,
    env: {},
    logger: silentLogger,
    logLevel: 'error',
    version: 'browser-test',
    startAt,
    browserScriptsDir,
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  const shotsDir = join(repo, 'test-output', 'screenshots', suite);
  rmSync(shotsDir, { recursive: true, force: true });
  mkdirSync(shotsDir, { recursive: true });
  let count = 0;
  return {
    playground,
    browser,
    page,
    async shot(step, readmeName) {
      count += 1;
      const path = join(shotsDir, `${String(count).padStart(2, '0')}-${step}.png`);
      await page.screenshot({ path });
      if (readmeName !== undefined && process.env.LP_README_SCREENSHOTS === '1') {
        mkdirSync(join(repo, 'docs', 'screenshots'), { recursive: true });
        await page.screenshot({ path: join(repo, 'docs', 'screenshots', `${readmeName}.png`) });
      }
      return path;
    },
    async close() {
      await browser.close();
      await playground.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Switches the page to another demo person with the user switcher. */
export async function actAs(page: Page, userId: string): Promise<void> {
  await page.selectOption('#person', userId);
  await page.waitForSelector(`body[data-me="${userId}"]`);
}
