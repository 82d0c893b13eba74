/**
 * The server side of a WebSocket (RFC 6455) on node:http's `upgrade` event: just enough for Socket Mode's client
 * (undici's WebSocket): text messages, ping/pong, answering the client's close; no extensions, no dependency.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OPCODE = { continuation: 0x0, text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

export interface WebSocketHandlers {
  onText(text: string): void;
  /** Once, when the TCP socket is gone; `code` is the peer's close code when it sent a close frame. */
  onClosed(code: number | undefined): void;
}

export interface WebSocketPeer {
  readonly open: boolean;
  sendText(text: string): void;
  /** Drops the connection without a handshake. */
  terminate(): void;
}

/** Completes the handshake and returns the connection, or answers 400 and returns undefined for a bad request. */
export function acceptWebSocket(request: IncomingMessage, socket: Duplex, head: Buffer, handlers: WebSocketHandlers): WebSocketPeer | undefined {
  const key = request.headers['sec-websocket-key'];
  const isWebSocket = request.headers.upgrade?.toLowerCase() === 'websocket' && request.headers['sec-websocket-version'] === '13';
  if (!isWebSocket || typeof key !== 'string' || key === '') {
    rejectUpgrade(socket, 400, 'Bad Request');
    return undefined;
  }
  const accept = createHash('sha1').update(key + HANDSHAKE_GUID).digest('base64');
  socket.write(
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' + `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );

  let open = true;
  let closeSent = false;
  let peerCloseCode: number | undefined;
  let pending: Buffer = head.length > 0 ? Buffer.from(head) : Buffer.alloc(0);
  let fragments: Buffer[] = [];
  let messageOpcode: number = OPCODE.text;

  const writeFrame = (opcode: number, payload: Buffer): void => {
    if (socket.destroyed || closeSent) return;
    socket.write(Buffer.concat([frameHeader(opcode, payload.length), payload]));
  };
  const sendClose = (code: number): void => {
    if (closeSent) return;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    writeFrame(OPCODE.close, payload);
    closeSent = true;
    open = false;
  };

  const onFrame = (fin: boolean, opcode: number, payload: Buffer): void => {
    if (opcode === OPCODE.close) {
      peerCloseCode = payload.length >= 2 ? payload.readUInt16BE(0) : undefined;
      // Answer the peer's close with the same code, then end: the handshake is complete either way.
      sendClose(peerCloseCode ?? 1000);
      socket.end();
      return;
    }
    if (opcode === OPCODE.ping) return writeFrame(OPCODE.pong, payload);
    if (opcode === OPCODE.pong) return;
    // A message may come in fragments: the first frame names its kind, the rest are continuations.
    if (opcode !== OPCODE.continuation) messageOpcode = opcode;
    fragments.push(payload);
    if (!fin) return;
    const message = Buffer.concat(fragments);
    fragments = [];
    // Socket Mode only speaks JSON text; binary messages are dropped.
    if (messageOpcode === OPCODE.text) handlers.onText(message.toString('utf8'));
  };

  const drain = (): void => {
    for (;;) {
      const frame = readFrame(pending);
      if (frame === undefined) return;
      pending = pending.subarray(frame.length);
      onFrame(frame.fin, frame.opcode, frame.payload);
    }
  };

  socket.on('data', (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    drain();
  });
  // The peer went away without a close frame: finish our side too.
  socket.on('end', () => socket.end());
  socket.on('error', () => socket.destroy());
  socket.on('close', () => {
    open = false;
    handlers.onClosed(peerCloseCode);
  });
  if (pending.length > 0) queueMicrotask(drain);

  return {
    get open() {
      return open && !socket.destroyed;
    },
    sendText: (text) => writeFrame(OPCODE.text, Buffer.from(text, 'utf8')),
    terminate: () => socket.destroy(),
  };
}

export function rejectUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function frameHeader(opcode: number, length: number): Buffer {
  // Server frames are never masked.
  if (length < 126) return Buffer.from([0x80 | opcode, length]);
  if (length < 0x10000) {
    const header = Buffer.alloc(4);
    header[0] = 0x80 | opcode;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/** One complete frame at the start of `data` (client frames are masked), or undefined until more bytes arrive. */
function readFrame(data: Buffer): { fin: boolean; opcode: number; payload: Buffer; length: number } | undefined {
  const first = data[0];
  const second = data[1];
  if (first === undefined || second === undefined) return undefined;
  const masked = (second & 0x80) !== 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return undefined;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return undefined;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const maskOffset = offset;
  if (masked) offset += 4;
  if (data.length < offset + length) return undefined;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (masked) {
    for (let i = 0; i < payload.length; i += 1) payload[i] = (payload[i] as number) ^ (data[maskOffset + (i % 4)] as number);
  }
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload, length: offset + length };
}
