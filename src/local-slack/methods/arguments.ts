import type { Workspace } from '../workspace.js';

/** Arguments of one Web API call as parsed from the request: strings from forms, any JSON value from JSON bodies. */
export type SlackArgs = Record<string, unknown>;

export interface MethodContext {
  workspace: Workspace;
  args: SlackArgs;
  /** The stand-in server's origin (`http://127.0.0.1:PORT`), for URLs it serves itself (file uploads). */
  origin?: string;
}

/** A method's successful response without `ok` (the dispatcher adds it). */
export type MethodResult = Record<string, unknown>;

export type MethodHandler = (context: MethodContext) => MethodResult;

/**
 * A platform error: Slack answers HTTP 200 with `{ ok: false, error: code, ...extra }`. `blockKitProblems` marks a call
 * rejected for breaking Block Kit limits, so the server can report it loudly.
 */
export class SlackApiError extends Error {
  constructor(
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
    readonly blockKitProblems: string[] = [],
  ) {
    super(code);
    this.name = 'SlackApiError';
  }
}

/** Slack's answer to a malformed or missing argument: `invalid_arguments` with the reasons as messages. */
export function invalidArguments(...messages: string[]): SlackApiError {
  return new SlackApiError('invalid_arguments', { response_metadata: { messages } });
}

/** A string argument; numbers are accepted as strings, as Slack does for form-encoded values. Empty means absent. */
export function optionalString(args: SlackArgs, name: string): string | undefined {
  const value = args[name];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && value !== '') return value;
  return undefined;
}

export function requiredString(args: SlackArgs, name: string, missingCode?: string): string {
  const value = optionalString(args, name);
  if (value !== undefined) return value;
  if (missingCode) throw new SlackApiError(missingCode);
  throw invalidArguments(`[ERROR] missing required field: ${name}`);
}

export function booleanArg(args: SlackArgs, name: string): boolean {
  const value = args[name];
  return value === true || value === 'true' || value === '1' || value === 1;
}

export function integerArg(args: SlackArgs, name: string): number | undefined {
  const value = args[name];
  const number = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isInteger(number) ? number : undefined;
}

/**
 * A structured argument (`blocks`, `attachments`, `view`): the WebClient sends it as a JSON string inside the form, a
 * JSON body carries it as a value. `invalidCode` is the error Slack gives when it does not parse.
 */
export function structuredArg(args: SlackArgs, name: string, invalidCode: string): unknown {
  const value = args[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new SlackApiError(invalidCode, { response_metadata: { messages: [`[ERROR] ${name} is not valid JSON`] } });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
