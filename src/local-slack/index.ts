/**
 * The local Slack stand-in: a workspace in memory, its Web API over HTTP, and Slack's requests to the app.
 *
 *   const workspace = new Workspace({ now: () => clock.now() });
 *   workspace.addUser({ id: 'U0ALICE', name: 'alice', is_admin: true });
 *   workspace.addChannel({ id: 'C0TEAM', name: 'lp-practice', members: ['U0ALICE'], botIsMember: true });
 *   const slack = await startLocalSlackApi({ workspace, botToken: 'xoxb-local' });
 *   // app: new App({ token: 'xoxb-local', clientOptions: { slackApiUrl: slack.url }, ... })
 *   // Socket Mode: startLocalSlackApi({ ..., appToken: 'xapp-local' }), then the app connects and
 *   //   const ack = await slack.socketMode.send('slash_commands', { command: '/lp', text: 'help', ... });
 *   await sendSignedRequest(appUrl, { body: slashCommandBody({ ..., response_url: slack.responseUrl('cmd-1'),
 *     trigger_id: workspace.issueTriggerId('U0ALICE') }), contentType: FORM_CONTENT_TYPE, signingSecret });
 *   expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
 */
export { Workspace, TRIGGER_LIFETIME_MS } from './workspace.js';
export type {
  BotIdentity,
  Channel,
  ClipInput,
  ClipTranscript,
  EphemeralMessage,
  StoredClip,
  StoredFile,
  StoredMessage,
  StoredView,
  Team,
  TranscriptStatus,
  WorkspaceChange,
  WorkspaceListener,
  WorkspaceOptions,
  WorkspaceState,
  WorkspaceUser,
} from './workspace.js';
export { slackClientText, slackCommandText } from './typed-text.js';
export { channelTypeOf, clipMessageEvent, fileChangeEvent, fileDeletedEvent, messageChangedEvent, messageDeletedEvent } from './message-events.js';
export { transcriptText } from './methods/files.js';
export { vttOf } from './spoken-vtt.js';
export type { TypedTextDirectory } from './typed-text.js';
export { startLocalSlackApi } from './server.js';
export type { BlockKitRejection, LocalSlackApi, LocalSlackApiOptions, RecordedCall, RecordedResponse, ResponseUrlTarget } from './server.js';
export { answerWebApiCall, SUPPORTED_METHODS } from './web-api.js';
export type { SlackArgs, SocketModeAccess, WebApiAnswer, WebApiCall } from './web-api.js';
export { SOCKET_MODE_PATH } from './socket-mode.js';
export type {
  EnvelopeType,
  RecordedEnvelope,
  SendEnvelopeOptions,
  SocketModeAck,
  SocketModeConnection,
  SocketModeEnvelope,
  SocketModeStandIn,
} from './socket-mode.js';
export { BLOCK_KIT_LIMITS, findBlockKitProblems } from './block-kit-limits.js';
export type { BlockKitCheckOptions, BlockKitSurface } from './block-kit-limits.js';
export {
  blockActionsBody,
  eventCallbackBody,
  FORM_CONTENT_TYPE,
  JSON_CONTENT_TYPE,
  sendSignedRequest,
  signSlackRequest,
  slashCommandBody,
  urlVerificationBody,
  viewClosedBody,
  viewSubmissionBody,
} from './requests.js';
export { applyCommandAck, applyViewSubmissionAck } from './interaction-responses.js';
export type { CommandAckOutcome, CommandOrigin, ViewSubmissionOutcome } from './interaction-responses.js';
export type { EventCallbackFields, SignedHeaders, SignedRequestOptions, SignedRequestResult, SlashCommandFields } from './requests.js';
