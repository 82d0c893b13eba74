/**
 * Where the stand-in takes uploads and serves files, under its own origin. Kept apart from the Web API methods so the
 * workspace (which makes the URLs of clips a person records) and the HTTP server can share them without an import
 * cycle through the methods.
 */

export const UPLOAD_PATH = '/upload/v1/';
/** `url_private`, as Slack's `files.slack.com/files-pri/…`. */
export const FILES_PATH = '/files-pri/';
/** A clip's transcript (`vtt`): derived media, which Slack serves apart from the file itself. */
export const VTT_PATH = '/files-tmb/';

/** Slack's host for files, used when no stand-in server origin is known (a workspace used without a server). */
export const SLACK_FILES_ORIGIN = 'https://files.slack.com';

/** `url_private`: `<origin>/files-pri/<team>-<file>/<name>`. */
export function privateFileUrl(origin: string, teamId: string, fileId: string, name: string): string {
  return `${origin}${FILES_PATH}${teamId}-${fileId}/${encodeURIComponent(name)}`;
}

/** A clip's `vtt`: `<origin>/files-tmb/<team>-<file>/file.vtt`. */
export function transcriptUrl(origin: string, teamId: string, fileId: string): string {
  return `${origin}${VTT_PATH}${teamId}-${fileId}/file.vtt`;
}

/** The file id in a `url_private` or `vtt` path after its prefix (`T…-F…/name`), or undefined. */
export function fileIdInPath(rest: string): string | undefined {
  return /^[A-Z0-9]+-(F[A-Z0-9]+)\//.exec(rest)?.[1];
}
