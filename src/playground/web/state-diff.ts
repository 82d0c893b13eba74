/**
 * Live updates as changes: what changed between two states one person sees, and that change applied to the older
 * state. The server keeps the last state it sent each page and sends only the difference; the page applies it.
 * Pure functions over plain JSON values, shared by the server and the page (so no Node or DOM in here).
 *
 * Lists of messages and ephemerals are keyed by `ts` (the list of group DMs by channel id): a changed item carries
 * only its changed fields, new items are appended, and the full key order is sent only when the result would
 * otherwise come out in another order.
 * Applying never changes the old state: unchanged messages are the same objects in the new state, so the page can
 * keep what it drew for them.
 */
import type { ChannelView, EphemeralView, MessageView, PlaygroundState } from '../state-types.js';

/** One item of a keyed list that changed: the fields with new values, and the fields it no longer has. */
export interface ItemChange<T> {
  key: string;
  set?: Partial<T>;
  unset?: string[];
}

export interface ListDiff<T> {
  remove?: string[];
  change?: ItemChange<T>[];
  /** New items, appended after the ones kept. */
  add?: T[];
  /** Every key in its new order, only when "kept in place, new ones last" is not the new order. */
  order?: string[];
}

export interface ChannelDiff {
  id?: string;
  name?: string;
  messages?: ListDiff<MessageView>;
  /** Parent ts -> changes to its replies; null when the thread is gone. */
  threads?: Record<string, ListDiff<MessageView> | null>;
}

/** Changes to a list of channels (the group DMs), keyed by channel id, in the same way as ListDiff. */
export interface ChannelListDiff {
  remove?: string[];
  /** Channel id -> what changed in it. */
  change?: Record<string, ChannelDiff>;
  /** New channels, appended after the ones kept. */
  add?: ChannelView[];
  /** Every id in its new order, only when "kept in place, new ones last" is not the new order. */
  order?: string[];
}

/** Parts of the state that are replaced whole when they change (each is small, or changes whole anyway). */
type WholeField = 'me' | 'people' | 'bot' | 'home' | 'modal' | 'problems' | 'clock' | 'names';

export interface StateDiff {
  set?: Partial<Pick<PlaygroundState, WholeField>>;
  channel?: ChannelDiff;
  directMessages?: ChannelDiff;
  groupDirectMessages?: ChannelListDiff;
  ephemerals?: ListDiff<EphemeralView>;
}

/**
 * What the server sends on the live-update stream. The first message on each connection is the whole state; after
 * it, each message is the change from the message before (`base` is that message's `seq`). A page that finds
 * `base` is not the last `seq` it applied asks for the whole state again.
 */
export type LiveUpdate = { seq: number; state: PlaygroundState } | { seq: number; base: number; diff: StateDiff };

/** Thrown by applyStateDiff when the change does not fit the state it is applied to (the page then resyncs). */
export class StateDiffMismatch extends Error {}

const WHOLE_FIELDS: readonly WholeField[] = ['me', 'people', 'bot', 'home', 'modal', 'problems', 'clock', 'names'];

/** What changed from `before` to `after`, or undefined when nothing did. */
export function diffState(before: PlaygroundState, after: PlaygroundState): StateDiff | undefined {
  const diff: StateDiff = {};
  const set: Partial<Record<WholeField, unknown>> = {};
  for (const field of WHOLE_FIELDS) if (!sameValue(before[field], after[field])) set[field] = after[field];
  if (Object.keys(set).length > 0) diff.set = set as StateDiff['set'];
  const channel = diffChannel(before.channel, after.channel);
  if (channel) diff.channel = channel;
  const directMessages = diffChannel(before.directMessages, after.directMessages);
  if (directMessages) diff.directMessages = directMessages;
  const groups = diffChannels(before.groupDirectMessages, after.groupDirectMessages);
  if (groups) diff.groupDirectMessages = groups;
  const ephemerals = diffList(before.ephemerals, after.ephemerals);
  if (ephemerals) diff.ephemerals = ephemerals;
  return Object.keys(diff).length === 0 ? undefined : diff;
}

/** `before` with `diff` applied; `before` itself is left as it was. */
export function applyStateDiff(before: PlaygroundState, diff: StateDiff): PlaygroundState {
  return {
    ...before,
    ...diff.set,
    channel: diff.channel ? applyChannel(before.channel, diff.channel) : before.channel,
    directMessages: diff.directMessages ? applyChannel(before.directMessages, diff.directMessages) : before.directMessages,
    groupDirectMessages: diff.groupDirectMessages ? applyChannels(before.groupDirectMessages, diff.groupDirectMessages) : before.groupDirectMessages,
    ephemerals: diff.ephemerals ? applyList(before.ephemerals, diff.ephemerals) : before.ephemerals,
  };
}

function diffChannel(before: ChannelView, after: ChannelView): ChannelDiff | undefined {
  const diff: ChannelDiff = {};
  if (before.id !== after.id) diff.id = after.id;
  if (before.name !== after.name) diff.name = after.name;
  const messages = diffList(before.messages, after.messages);
  if (messages) diff.messages = messages;
  const threads: Record<string, ListDiff<MessageView> | null> = {};
  for (const parent of Object.keys(before.threads)) if (after.threads[parent] === undefined) threads[parent] = null;
  for (const [parent, replies] of Object.entries(after.threads)) {
    const change = diffList(before.threads[parent] ?? [], replies);
    if (change) threads[parent] = change;
  }
  if (Object.keys(threads).length > 0) diff.threads = threads;
  return Object.keys(diff).length === 0 ? undefined : diff;
}

function applyChannel(before: ChannelView, diff: ChannelDiff): ChannelView {
  let threads = before.threads;
  if (diff.threads) {
    threads = { ...before.threads };
    for (const [parent, change] of Object.entries(diff.threads)) {
      if (change === null) delete threads[parent];
      else threads[parent] = applyList(threads[parent] ?? [], change);
    }
  }
  return {
    id: diff.id ?? before.id,
    name: diff.name ?? before.name,
    messages: diff.messages ? applyList(before.messages, diff.messages) : before.messages,
    threads,
  };
}

function diffChannels(before: ChannelView[], after: ChannelView[]): ChannelListDiff | undefined {
  return diffKeyed(before, after, (channel) => channel.id, diffChannel, (changes) => Object.fromEntries(changes));
}

function applyChannels(before: ChannelView[], diff: ChannelListDiff): ChannelView[] {
  return applyKeyed(before, diff, new Map(Object.entries(diff.change ?? {})), (channel) => channel.id, applyChannel, 'conversation');
}

function diffList<T extends { ts: string }>(before: T[], after: T[]): ListDiff<T> | undefined {
  return diffKeyed(before, after, (item) => item.ts, diffFields, (changes) => changes.map(([key, fields]) => ({ key, ...fields })));
}

function applyList<T extends { ts: string }>(before: T[], diff: ListDiff<T>): T[] {
  return applyKeyed(before, diff, new Map((diff.change ?? []).map((change) => [change.key, change])), (item) => item.ts, patch, 'message');
}

/**
 * The diff of a list keyed by `keyOf` (ListDiff, ChannelListDiff): keys removed, what changed in each item kept
 * (`diffItem`, only for an item that is a new object; `collect` gives the list's shape of them), new items
 * appended, and every key in its new order only when "kept in place, new ones last" is not the new order.
 */
function diffKeyed<T, C, D>(
  before: T[],
  after: T[],
  keyOf: (item: T) => string,
  diffItem: (old: T, item: T) => C | undefined,
  collect: (changes: [string, C][]) => D,
): { remove?: string[]; change?: D; add?: T[]; order?: string[] } | undefined {
  const previous = new Map(before.map((item) => [keyOf(item), item]));
  const kept = new Set(after.map(keyOf));
  const diff: { remove?: string[]; change?: D; add?: T[]; order?: string[] } = {};
  const remove = before.filter((item) => !kept.has(keyOf(item))).map(keyOf);
  const change: [string, C][] = [];
  const add: T[] = [];
  for (const item of after) {
    const old = previous.get(keyOf(item));
    if (old === undefined) add.push(item);
    else if (old !== item) {
      const itemDiff = diffItem(old, item);
      if (itemDiff) change.push([keyOf(item), itemDiff]);
    }
  }
  if (remove.length > 0) diff.remove = remove;
  if (change.length > 0) diff.change = collect(change);
  if (add.length > 0) diff.add = add;
  const expected = [...before.filter((item) => kept.has(keyOf(item))), ...add];
  if (expected.some((item, index) => index >= after.length || keyOf(item) !== keyOf(after[index] as T))) diff.order = after.map(keyOf);
  return Object.keys(diff).length === 0 ? undefined : diff;
}

/** Applies a diffKeyed diff whose changes are `changes` (key -> change); `noun` names an item in a mismatch. */
function applyKeyed<T, C>(
  before: T[],
  diff: { remove?: string[]; add?: T[]; order?: string[] },
  changes: Map<string, C>,
  keyOf: (item: T) => string,
  patchItem: (item: T, change: C) => T,
  noun: string,
): T[] {
  const removed = new Set(diff.remove ?? []);
  const result: T[] = [];
  for (const item of before) {
    const key = keyOf(item);
    if (removed.has(key)) continue;
    const change = changes.get(key);
    changes.delete(key);
    result.push(change === undefined ? item : patchItem(item, change));
  }
  if (changes.size > 0 || result.length !== before.length - removed.size) {
    throw new StateDiffMismatch(`a change names a ${noun} this state does not have`);
  }
  result.push(...(diff.add ?? []));
  if (diff.order === undefined) return result;
  const byKey = new Map(result.map((item) => [keyOf(item), item]));
  if (diff.order.length !== result.length) throw new StateDiffMismatch(`the new order does not list every ${noun}`);
  return diff.order.map((key) => {
    const item = byKey.get(key);
    if (item === undefined) throw new StateDiffMismatch(`the new order names an unknown ${noun} ${key}`);
    return item;
  });
}

function diffFields<T extends object>(before: T, after: T): { set?: Partial<T>; unset?: string[] } | undefined {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  const unset: string[] = [];
  for (const key of Object.keys(old)) if (old[key] !== undefined && now[key] === undefined) unset.push(key);
  for (const [key, value] of Object.entries(now)) if (value !== undefined && !sameValue(old[key], value)) set[key] = value;
  if (Object.keys(set).length === 0 && unset.length === 0) return undefined;
  return { ...(Object.keys(set).length > 0 ? { set: set as Partial<T> } : {}), ...(unset.length > 0 ? { unset } : {}) };
}

function patch<T>(item: T, change: ItemChange<T>): T {
  const result = { ...item, ...change.set } as Record<string, unknown>;
  for (const key of change.unset ?? []) delete result[key];
  return result as T;
}

/** Deep equality of JSON values (what the state is made of); an absent field and `undefined` are the same. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of Object.keys(left)) if (!sameValue(left[key], right[key])) return false;
  for (const key of Object.keys(right)) if (!(key in left) && right[key] !== undefined) return false;
  return true;
}
