/**
 * How Slack reads a Web API request: arguments from the query string and a form-encoded or JSON body, the token from
 * `Authorization: Bearer` or (form bodies only) a `token` field.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SlackArgs } from './web-api.js';

export interface ParsedWebApiRequest {
  /** Arguments without `token`. */
  args: SlackArgs;
  token: string | undefined;
  /** Warnings Slack adds to the response, e.g. `missing_charset` for JSON without a charset. */
  warnings: string[];
  /** A request-level error Slack answers before looking at the method (`invalid_json`, `invalid_post_type`, …). */
  error?: string;
}

export function parseWebApiRequest(headers: IncomingHttpHeaders, rawBody: string, query: URLSearchParams): ParsedWebApiRequest {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  const contentType = (headers['content-type'] ?? '').toLowerCase();
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  const queryArgs: SlackArgs = Object.fromEntries(query);
  const warnings: string[] = [];

  let bodyArgs: SlackArgs = {};
  let formToken: string | undefined;
  if (mediaType === 'application/json') {
    if (!contentType.includes('charset=')) warnings.push('missing_charset');
    const parsed = parseJson(rawBody);
    if (parsed === undefined) return { args: queryArgs, token: bearer, warnings, error: 'invalid_json' };
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { args: queryArgs, token: bearer, warnings, error: 'json_not_object' };
    }
    // Slack ignores a `token` property in a JSON body: JSON callers must authenticate with the header.
    bodyArgs = withoutToken(parsed as SlackArgs);
  } else if (mediaType === 'application/x-www-form-urlencoded' || (mediaType === '' && rawBody === '')) {
    const form = Object.fromEntries(new URLSearchParams(rawBody));
    formToken = form.token;
    bodyArgs = withoutToken(form);
  } else {
    return { args: queryArgs, token: bearer, warnings, error: 'invalid_post_type' };
  }

  // Apps created since 2021 may not send tokens in the query string, so a query `token` is dropped, not used.
  return { args: withoutToken({ ...queryArgs, ...bodyArgs }), token: bearer ?? formToken, warnings };
}

function withoutToken(args: SlackArgs): SlackArgs {
  const copy = { ...args };
  delete copy.token;
  return copy;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
