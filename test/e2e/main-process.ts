import { spawn, type ChildProcess } from 'node:child_process';
import { MAIN_JS } from './build-dist.js';

/** `node dist/main.js` started as a user starts it, listening on its own port. */
export interface RunningProcess {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** What it printed so far (stdout and stderr), for a failing test's message. */
  output: () => string;
}

/**
 * Starts `node dist/main.js` in `cwd` with only `env` (and PATH) set, and resolves once it prints its port. `running`
 * holds every process started and not yet exited, so a failing test can kill what it left behind.
 */
export async function startMainProcess(options: { cwd: string; env: Record<string, string>; running: Set<ChildProcess> }): Promise<RunningProcess> {
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  options.running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      options.running.delete(child);
      resolve(code);
    }),
  );
  const deadline = Date.now() + 20_000;
  for (;;) {
    const match = /listening on :(\d+)/.exec(output);
    if (match !== null) return { child, port: Number(match[1]), exited, output: () => output };
    if (Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
