import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/** A data file that is missing, not JSON, or does not match its schema. The message names file, entry and field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

export function dataFileUrl(fileName: string): URL {
  // src/core and dist/core sit at the same depth below the package root, so this resolves in both.
  return new URL(`../../data/${fileName}`, import.meta.url);
}

/**
 * Reads a JSON array from `data/` and validates it. `describeEntry` turns an entry index into something a person
 * can find in the file (its id when it has one).
 */
export function loadJsonArray<T>(
  file: URL | string,
  schema: z.ZodType<T[]>,
  describeEntry: (raw: unknown, index: number) => string,
): T[] {
  const path = contentFilePath(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(`${path}: cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 10).map((issue) => {
    const [index, ...field] = issue.path;
    const entry = typeof index === 'number' ? describeEntry((raw as unknown[])[index], index) : 'the file';
    const fieldName = field.length > 0 ? field.join('.') : '(whole entry)';
    return `${path}: ${entry}, field ${fieldName}: ${issue.message}`;
  });
  throw new ContentError(lines.join('\n'));
}

/** The file as a path, so every ContentError names it the same way whether it was given as a URL or a string. */
export function contentFilePath(file: URL | string): string {
  return typeof file === 'string' ? file : fileURLToPath(file);
}

export function describeById(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `entry ${index} (id "${id}")` : `entry ${index}`;
}
