/**
 * The playground's channel survives a restart: the stand-in workspace (messages, reactions, views) and the playground
 * clock are saved as JSON next to the playground database, a moment after each change and when the process stops.
 * Without it a restart would show an empty channel while the database still remembers the prompts and answers.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Workspace, WorkspaceState } from '../local-slack/index.js';
import type { AppLogger } from '../logger.js';

/** `data/playground.db` -> `data/playground.slack.json`. */
export function savedWorkspacePath(databasePath: string): string {
  return `${databasePath.replace(/\.(db|sqlite3?)$/, '')}.slack.json`;
}

const SavedSchema = z.object({
  /** The playground clock when saved (milliseconds): it never goes back behind what the database has seen. */
  clockMs: z.number(),
  workspace: z
    .object({
      version: z.literal(1),
      lastTsMicros: z.number(),
      idCounter: z.number(),
      channels: z.array(z.object({ id: z.string(), members: z.array(z.string()) }).loose()),
      messages: z.record(z.string(), z.array(z.object({ ts: z.string(), channel: z.string(), reactions: z.array(z.tuple([z.string(), z.array(z.string())])) }).loose())),
      views: z.array(z.object({ id: z.string(), user: z.string(), definition: z.record(z.string(), z.unknown()) }).loose()),
      homeViewIdByUser: z.record(z.string(), z.string()),
    })
    .loose(),
});

export interface SavedPlayground {
  clockMs: number;
  workspace: WorkspaceState;
}

/** The saved state, or undefined when there is none; a file that does not parse is reported and ignored. */
export function loadSavedWorkspace(path: string, logger: AppLogger): SavedPlayground | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = SavedSchema.parse(JSON.parse(text));
    return { clockMs: parsed.clockMs, workspace: parsed.workspace as unknown as WorkspaceState };
  } catch (error) {
    logger.warn(`playground: ignoring ${path}, it is not a saved playground (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return undefined;
  }
}

export function deleteSavedWorkspace(path: string): void {
  rmSync(path, { force: true });
}

/** Saves shortly after changes (a burst of them is one write); `flush` writes now, for shutdown. */
export function keepWorkspaceSaved(
  path: string,
  workspace: Workspace,
  clockMs: () => number,
  logger: AppLogger,
): { flush(): void; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const write = (): void => {
    timer = undefined;
    try {
      mkdirSync(dirname(path), { recursive: true });
      // Write then rename: a crash mid-write leaves the previous save, never half a file.
      writeFileSync(`${path}.tmp`, JSON.stringify({ clockMs: clockMs(), workspace: workspace.exportState() }));
      renameSync(`${path}.tmp`, path);
    } catch (error) {
      logger.warn(`playground: cannot save the channel to ${path}:`, error);
    }
  };
  const unsubscribe = workspace.onChange(() => {
    timer ??= setTimeout(write, 250);
  });
  return {
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      write();
    },
    stop() {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
