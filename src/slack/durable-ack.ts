import { App } from '@slack/bolt';

type ReceiverEvent = Parameters<App['processEvent']>[0];

/** The context key a listener calls once what Slack sent is safely in SQLite: `context[ACK_WHEN_STORED]()`. */
export const ACK_WHEN_STORED = 'ackWhenStored';

/**
 * Slack gives up on an ack after 3 seconds; an event whose listener has not said "stored" by then is acked anyway,
 * so a slow listener never turns into a Slack retry storm.
 */
export const ACK_DEADLINE_MS = 2000;

/**
 * Bolt acknowledges every Events API request before any middleware runs, so an answer acked just before a crash
 * was never stored, and Slack does not send it again. This App holds the ack of an event back until its listener
 * reports the event stored (`context.ackWhenStored()`), until processing ends, or until ACK_DEADLINE_MS: a crash
 * before the store leaves the event un-acked, and Slack's retry brings it back. Commands and actions are untouched:
 * their listeners ack themselves, as Bolt expects.
 */
export class DurableAckApp extends App {
  override async processEvent(event: ReceiverEvent): Promise<void> {
    if ((event.body as { type?: unknown }).type !== 'event_callback') return super.processEvent(event);
    const held = holdAck(event.ack);
    try {
      await super.processEvent({ ...event, ack: held.ack, customProperties: { ...event.customProperties, [ACK_WHEN_STORED]: held.release } });
    } finally {
      held.release();
    }
    await held.sent;
  }
}

interface HeldAck {
  /** What Bolt calls: remembers the ack, sent once released. */
  ack: ReceiverEvent['ack'];
  /** Lets the ack go: at once if Bolt asked for it already, else as soon as it does. */
  release: () => void;
  /** Settles once the ack went (or when released without Bolt ever asking). */
  sent: Promise<void>;
}

function holdAck(realAck: ReceiverEvent['ack']): HeldAck {
  let released = false;
  let asked: { response: unknown } | undefined;
  let settle: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => (settle = resolve));
  // The receiver answers the HTTP request or the Socket Mode envelope; a failure there is the receiver's to log.
  const send = (response: unknown): void => void Promise.resolve(realAck(response as never)).then(settle, settle);
  const release = (): void => {
    if (released) return;
    released = true;
    clearTimeout(deadline);
    if (asked === undefined) settle();
    else send(asked.response);
  };
  const deadline = setTimeout(release, ACK_DEADLINE_MS);
  return {
    ack: async (response?: unknown) => {
      if (released) send(response);
      else asked = { response };
    },
    release,
    sent,
  };
}

/** For a listener: what Slack sent is stored, the held ack may go. A no-op outside DurableAckApp. */
export function ackWhenStored(context: Record<string, unknown>): void {
  const release = context[ACK_WHEN_STORED];
  if (typeof release === 'function') (release as () => void)();
}
