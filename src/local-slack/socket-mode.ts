/**
 * Socket Mode for the local Slack stand-in: `apps.connections.open` issues a one-time URL on the stand-in's own server,
 * the app's WebSocket connects there and gets Slack's `hello`, and a test (or the playground) pushes envelopes
 * (`slash_commands`, `events_api`, `interactive`) and collects the app's acks (`{ envelope_id, payload }`).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AppLogger } from '../logger.js';
import { acceptWebSocket, rejectUpgrade, type WebSocketPeer } from './websocket.js';

export const SOCKET_MODE_PATH = '/socket-mode';
/** Slack waits 3 seconds for an ack before it treats the envelope as failed. */
const ACK_TIMEOUT_MS = 3000;

export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

export interface SocketModeEnvelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  /** Events API envelopes only: 0 for the first delivery, then 1, 2, 3 for redeliveries. */
  retry_attempt?: number;
  retry_reason?: string;
}

/** What the app sends back for an envelope; `payload` carries a slash command's or view submission's response. */
export interface SocketModeAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface SendEnvelopeOptions {
  /** Defaults: true for slash commands and interactivity, false for events (as Slack sends them). */
  acceptsResponsePayload?: boolean;
  /** A redelivery of an event: `retry_attempt` and `retry_reason: 'timeout'`. */
  retryAttempt?: number;
  envelopeId?: string;
  /** How long to wait for the ack; Slack's 3 seconds by default. */
  ackTimeoutMs?: number;
}

export interface SocketModeConnection {
  id: string;
  readonly open: boolean;
  /** Resolves when the WebSocket is gone, with the app's close code if it sent one (1000 for a normal close). */
  closed: Promise<{ code: number | undefined }>;
}

export interface RecordedEnvelope {
  envelope: SocketModeEnvelope;
  connectionId: string;
  /** Set once the app has acked. */
  ack?: SocketModeAck;
}

/** The Socket Mode side of the stand-in, as tests drive it. */
export interface SocketModeStandIn {
  /** Every connection the app made, newest last (closed ones stay, for assertions). */
  connections: SocketModeConnection[];
  /** The newest open connection, waiting for one to be made (fails after `timeoutMs`). */
  waitForConnection(timeoutMs?: number): Promise<SocketModeConnection>;
  /** Pushes an envelope over the newest open connection and resolves with the app's ack. */
  send(type: EnvelopeType, payload: Record<string, unknown>, options?: SendEnvelopeOptions): Promise<SocketModeAck>;
  envelopes: RecordedEnvelope[];
}

export interface SocketModeServer {
  standIn: SocketModeStandIn;
  /** A one-time WebSocket URL for `apps.connections.open`, on the server at `origin` (`http://host:port`). */
  issueUrl(origin: string): string;
  /** The server's `upgrade` handler. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Drops every connection (the stand-in is closing). */
  closeAll(): void;
}

interface LiveConnection extends SocketModeConnection {
  peer: WebSocketPeer;
}

export function createSocketModeServer(options: { appId: string; logger: AppLogger }): SocketModeServer {
  const { logger } = options;
  const tickets = new Set<string>();
  const live: LiveConnection[] = [];
  const envelopes: RecordedEnvelope[] = [];
  const waitingAcks = new Map<string, (ack: SocketModeAck) => void>();
  const connectionWaiters: ((connection: SocketModeConnection) => void)[] = [];

  const newestOpen = (): LiveConnection | undefined => [...live].reverse().find((connection) => connection.open);

  const onMessage = (text: string): void => {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      logger.warn(`local Slack: Socket Mode message is not JSON: ${text.slice(0, 200)}`);
      return;
    }
    const ack = message as Partial<SocketModeAck>;
    if (typeof ack.envelope_id !== 'string') {
      logger.warn(`local Slack: Socket Mode message without envelope_id: ${text.slice(0, 200)}`);
      return;
    }
    const recorded = envelopes.find((entry) => entry.envelope.envelope_id === ack.envelope_id);
    if (recorded === undefined) {
      logger.warn(`local Slack: Socket Mode ack for unknown envelope ${ack.envelope_id}`);
      return;
    }
    const received: SocketModeAck = { envelope_id: ack.envelope_id, ...(ack.payload !== undefined ? { payload: ack.payload } : {}) };
    recorded.ack ??= received;
    waitingAcks.get(ack.envelope_id)?.(received);
    waitingAcks.delete(ack.envelope_id);
  };

  const standIn: SocketModeStandIn = {
    connections: live,
    envelopes,
    waitForConnection(timeoutMs = 5000) {
      const current = newestOpen();
      if (current !== undefined) return Promise.resolve(current);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no Socket Mode connection within ${timeoutMs} ms`)), timeoutMs);
        connectionWaiters.push((connection) => {
          clearTimeout(timer);
          resolve(connection);
        });
      });
    },
    send(type, payload, sendOptions = {}) {
      const connection = newestOpen();
      if (connection === undefined) return Promise.reject(new Error(`cannot send ${type}: no open Socket Mode connection`));
      const envelope: SocketModeEnvelope = {
        envelope_id: sendOptions.envelopeId ?? randomUUID(),
        type,
        payload,
        accepts_response_payload: sendOptions.acceptsResponsePayload ?? type !== 'events_api',
        ...(type === 'events_api'
          ? { retry_attempt: sendOptions.retryAttempt ?? 0, retry_reason: sendOptions.retryAttempt ? 'timeout' : '' }
          : {}),
      };
      const timeoutMs = sendOptions.ackTimeoutMs ?? ACK_TIMEOUT_MS;
      const acked = new Promise<SocketModeAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          waitingAcks.delete(envelope.envelope_id);
          reject(new Error(`no ack for ${type} envelope ${envelope.envelope_id} within ${timeoutMs} ms`));
        }, timeoutMs);
        waitingAcks.set(envelope.envelope_id, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
      });
      envelopes.push({ envelope, connectionId: connection.id });
      connection.peer.sendText(JSON.stringify(envelope));
      return acked;
    },
  };

  return {
    standIn,
    issueUrl(origin) {
      const ticket = randomUUID();
      tickets.add(ticket);
      return `${origin.replace(/^http/, 'ws')}${SOCKET_MODE_PATH}?ticket=${ticket}&app_id=${encodeURIComponent(options.appId)}`;
    },
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://local');
      const ticket = url.searchParams.get('ticket') ?? '';
      if (url.pathname !== SOCKET_MODE_PATH || !tickets.delete(ticket)) {
        // Slack's tickets are single use: a URL from apps.connections.open connects once.
        rejectUpgrade(socket, url.pathname === SOCKET_MODE_PATH ? 401 : 404, url.pathname === SOCKET_MODE_PATH ? 'Unauthorized' : 'Not Found');
        return;
      }
      let markClosed: (closed: { code: number | undefined }) => void = () => {};
      const closed = new Promise<{ code: number | undefined }>((resolve) => {
        markClosed = resolve;
      });
      const peer = acceptWebSocket(request, socket, head, { onText: onMessage, onClosed: (code) => markClosed({ code }) });
      if (peer === undefined) return;
      const connection: LiveConnection = {
        id: ticket,
        peer,
        closed,
        get open() {
          return peer.open;
        },
      };
      live.push(connection);
      peer.sendText(
        JSON.stringify({
          type: 'hello',
          num_connections: live.filter((c) => c.open).length,
          debug_info: { host: 'local-slack', approximate_connection_time: 3600 },
          connection_info: { app_id: options.appId },
        }),
      );
      for (const notify of connectionWaiters.splice(0)) notify(connection);
    },
    closeAll() {
      for (const connection of live) connection.peer.terminate();
    },
  };
}
