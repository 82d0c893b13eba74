import { describe, expect, it } from 'vitest';
import { readThreadMessage } from '../../../src/features/thread-answers/message-event.js';

const bot = { botId: 'B0LPCOACH', botUserId: 'U0LPCOACH' };
const reply = { type: 'message', channel: 'C1', user: 'U1', text: 'hi', ts: '2.000200', thread_ts: '1.000100', event_ts: '2.000200' };

describe('readThreadMessage', () => {
  it('reads a reply, a broadcast reply and a reply with a file', () => {
    const expected = { kind: 'reply', channelId: 'C1', ts: '2.000200', threadTs: '1.000100', userId: 'U1', text: 'hi' };
    expect(readThreadMessage(reply, bot)).toEqual(expected);
    expect(readThreadMessage({ ...reply, subtype: 'thread_broadcast' }, bot)).toEqual(expected);
    expect(readThreadMessage({ ...reply, subtype: 'file_share' }, bot)).toEqual(expected);
  });

  it('ignores top-level messages, bots, the app itself and other subtypes', () => {
    expect(readThreadMessage({ ...reply, thread_ts: undefined }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ ...reply, thread_ts: reply.ts }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ ...reply, bot_id: 'B0OTHER' }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ ...reply, subtype: 'bot_message' }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ ...reply, user: 'U0LPCOACH' }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ ...reply, subtype: 'channel_join' }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ type: 'message' }, bot).kind).toBe('ignore');
  });

  it('reads an edit from `message`, and ignores edits of bot posts even when only previous_message says so', () => {
    const edit = { type: 'message', subtype: 'message_changed', channel: 'C1', hidden: true, ts: '3.0', event_ts: '3.0' };
    const message = { type: 'message', user: 'U1', text: 'new', ts: '2.000200', thread_ts: '1.000100', edited: { user: 'U1', ts: '3.0' } };
    expect(readThreadMessage({ ...edit, message, previous_message: { ...message, text: 'old' } }, bot)).toEqual({
      kind: 'edit',
      channelId: 'C1',
      ts: '2.000200',
      threadTs: '1.000100',
      userId: 'U1',
      text: 'new',
    });
    expect(readThreadMessage({ ...edit, message: { ...message, bot_id: 'B0LPCOACH' } }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ ...edit, message: { ...message, user: 'U0LPCOACH' } }, bot).kind).toBe('ignore');
    expect(readThreadMessage({ ...edit, message, previous_message: { bot_id: 'B0LPCOACH', ts: '2.000200' } }, bot).kind).toBe('ignore');
  });

  it('reads a deletion by deleted_ts', () => {
    const deletion = { type: 'message', subtype: 'message_deleted', channel: 'C1', hidden: true, deleted_ts: '2.000200', ts: '4.0', previous_message: { user: 'U1', ts: '2.000200', text: 'x' } };
    expect(readThreadMessage(deletion, bot)).toEqual({ kind: 'delete', channelId: 'C1', ts: '2.000200' });
  });
});
