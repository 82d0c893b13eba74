/// <reference lib="dom" />
/**
 * The playground page: draws what the server says one person sees (server-sent events: the whole state when the
 * stream opens, then only what changed) and turns clicks and typing into calls to the playground API, which delivers
 * them to LP Coach as Slack would. Only what changed is drawn again; a long channel draws its newest messages first.
 */
import type { ChannelView, ClipView, EphemeralView, FileView, MessageView, PlaygroundState } from '../state-types.js';
import type { RawInputValues } from '../view-state.js';
import { renderBlocks, type RenderContext } from './block-kit.js';
import { DEFAULT_CLIP_WPM, DEFAULT_PAUSE_MS, PAUSE_MARK } from './clip-text.js';
import { REACTION_CHOICES } from './emoji.js';
import { decodeSlackEntities, escapeHtml } from './html.js';
import { emojiHtml, mrkdwnToHtml } from './mrkdwn.js';
import { applyStateDiff, diffState, type LiveUpdate } from './state-diff.js';

/** The team channel, the app's Home and Messages tabs, or a group DM (`page.group`). */
type Screen = 'channel' | 'home' | 'messages' | 'group';

const page = {
  state: undefined as PlaygroundState | undefined,
  /** The sequence number of the last live update applied to `state`. */
  seq: 0,
  me: new URLSearchParams(location.search).get('user') ?? localStorage.getItem('lp-playground-person') ?? '',
  screen: 'channel' as Screen,
  /** The group DM shown when `screen` is 'group'. */
  group: undefined as string | undefined,
  openThread: undefined as string | undefined,
  events: undefined as EventSource | undefined,
  /** Modal id + hash + errors last drawn, so typing is not wiped by unrelated updates. */
  drawnModal: '',
  /** The modal the person just closed: hidden at once, before the server confirms. */
  closedModal: '',
  /** The person's own message being edited in place, and the text typed so far. */
  editing: undefined as { channel: string; ts: string; draft: string } | undefined,
  /** What the main area shows ("channel:C…:U…", "home", …): a change starts it afresh. */
  contentKind: '',
  /** How many of the newest messages the main area draws; older ones are added in the background. */
  shownItems: 0,
  olderPending: false,
  clockShown: false,
  /** Whether a state was drawn yet, and whether a draw waits for the next frame. */
  drawn: false,
  renderPending: false,
  /** The main area's last HTML when it is one piece (the App Home), and the thread panel's, so an update that does
   * not touch them leaves them alone. */
  contentHtml: '',
  threadHtml: '',
  /** The sidebar's group DM list as last drawn. */
  groupNavHtml: '',
};

/**
 * A long channel opens with its newest messages (enough to fill the screen); the older ones follow in idle time, a
 * batch at a time. style.css lays out only the newest 25 eagerly.
 */
const FIRST_DRAW_ITEMS = 12;
const OLDER_BATCH_ITEMS = 30;

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
};

/** The stream index.html opens before the page scripts load, with the messages that arrived while they loaded. */
interface EarlyStream {
  me: string;
  events: EventSource;
  arrived: MessageEvent[];
}

function connect(): void {
  page.events?.close();
  inbox.messages = [];
  // The first time, take over the stream the page opened while this script loaded (for the same person).
  const early = (window as { lpEarlyStream?: EarlyStream }).lpEarlyStream;
  delete (window as { lpEarlyStream?: EarlyStream }).lpEarlyStream;
  if (early !== undefined && early.me !== page.me) early.events.close();
  const adopted = early !== undefined && early.me === page.me ? early : undefined;
  // Without a (known) person, the server picks the first demo person and says who in `me`.
  const events = adopted?.events ?? new EventSource(`/events?user=${encodeURIComponent(page.me)}`);
  events.onmessage = (message) => {
    if (page.events === events) deliver(message);
  };
  page.events = events;
  for (const message of adopted?.arrived ?? []) deliver(message);
}

/** Stream messages not applied yet, in order: while the first state is drawn and painted, the rest waits. */
const inbox = { messages: [] as MessageEvent[], waiting: false };

function deliver(message: MessageEvent): void {
  inbox.messages.push(message);
  if (!inbox.waiting) drainInbox();
}

function drainInbox(): void {
  for (let message = inbox.messages.shift(); message !== undefined; message = inbox.messages.shift()) {
    const first = !page.drawn;
    receive(message);
    if (first && page.drawn) {
      // Whatever comes straight after the first state (the older history) waits until the newest messages are painted.
      inbox.waiting = true;
      afterPaint(() => {
        inbox.waiting = false;
        drainInbox();
      });
      return;
    }
  }
}

/** One message of the live-update stream: the whole state, or the change since the last one. */
function receive(message: MessageEvent): void {
  const update = JSON.parse(message.data as string) as LiveUpdate;
  if ('state' in update) {
    // After a reconnect, what did not change keeps its objects, so what was drawn for it is kept too.
    const before = page.state;
    const diff = before === undefined ? undefined : diffState(before, update.state);
    page.state = before === undefined ? update.state : diff === undefined ? before : applyStateDiff(before, diff);
  } else {
    // A change that does not follow the last one applied (or does not fit): ask for the whole state again.
    if (page.state === undefined || update.base !== page.seq) return connect();
    try {
      page.state = applyStateDiff(page.state, update.diff);
    } catch {
      return connect();
    }
  }
  page.seq = update.seq;
  page.me = page.state.me;
  // The first state is drawn at once; later updates are drawn with the next frame, several at a time if they came
  // together (the older history right after the first state, a prompt and its reactions).
  if (page.drawn) scheduleRender();
  else {
    page.drawn = true;
    render();
  }
}

async function post(path: string, body: Record<string, unknown>, keepalive = false): Promise<void> {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), keepalive });
  const result = (await response.json().catch(() => ({}))) as { notice?: string; error?: string };
  if (result.notice !== undefined) showNotice(result.notice);
  else if (!response.ok) showNotice(`The playground refused that: ${result.error ?? response.status}`);
}

function showNotice(text: string): void {
  const notice = byId('notice');
  notice.textContent = text;
  notice.hidden = false;
  window.setTimeout(() => {
    if (notice.textContent === text) notice.hidden = true;
  }, 6000);
}

function context(state: PlaygroundState, errors?: Record<string, string>): RenderContext {
  return { names: state.names, ...(errors !== undefined ? { errors } : {}) };
}

// ---- drawing ----

/** Runs `work` once what is drawn now has been painted (two frames on, so the first frame is left alone). */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(work, 0)));
}

function scheduleRender(): void {
  if (page.renderPending) return;
  page.renderPending = true;
  requestAnimationFrame(() => {
    page.renderPending = false;
    render();
  });
}

function render(): void {
  const state = page.state;
  if (!state) return;
  // Whose view this is, for people reading the DOM (and the browser tests waiting on a switch).
  document.body.dataset.me = state.me;
  document.body.dataset.screen = page.screen;
  if (page.screen === 'group' && page.group !== undefined) document.body.dataset.group = page.group;
  else delete document.body.dataset.group;
  renderSidebar(state);
  renderProblems(state);
  renderMain(state);
  renderThread(state);
  renderModal(state);
  if (page.editing !== undefined) focusEditBox();
}

function renderSidebar(state: PlaygroundState): void {
  const select = byId<HTMLSelectElement>('person');
  const options = state.people.map((p) => `<option value="${escapeHtml(p.id)}">${escapeHtml(p.realName)}${p.isAdmin ? ' (admin)' : ''}</option>`).join('');
  if (select.innerHTML !== options) select.innerHTML = options;
  select.value = state.me;
  byId('nav-channel').classList.toggle('active', page.screen === 'channel');
  byId('nav-app').classList.toggle('active', page.screen === 'home' || page.screen === 'messages');
  drawGroupNav(state);
  // The first draw leaves the clock until it is painted: a page's first date format takes tens of milliseconds
  // (the locale data loads), which the messages need not wait for.
  if (page.clockShown) drawClock(state);
  else {
    page.clockShown = true;
    afterPaint(() => page.state && drawClock(page.state));
  }
}

/** The person's group DMs under the app, as Slack's sidebar lists them: by the other people's names. */
function drawGroupNav(state: PlaygroundState): void {
  const nav = byId('nav-groups');
  const groups = state.groupDirectMessages;
  const html =
    groups.length === 0
      ? ''
      : '<div class="sidebar-section">Direct messages</div>' +
        groups
          .map((group) => {
            const active = page.screen === 'group' && page.group === group.id;
            return (
              `<button type="button" class="nav-item group-dm${active ? ' active' : ''}" data-nav="group" data-group="${escapeHtml(group.id)}" ` +
              `title="${escapeHtml(group.name)}">${escapeHtml(group.name)}</button>`
            );
          })
          .join('');
  // Compared with what was drawn last rather than with innerHTML, which the browser may serialize differently.
  if (page.groupNavHtml === html) return;
  nav.innerHTML = html;
  page.groupNavHtml = html;
}

function drawClock(state: PlaygroundState): void {
  const { clock } = state;
  byId('clock-now').textContent = readableTime(clock.now, clock.zone);
  byId('clock-next').textContent = clock.next === null ? 'Nothing scheduled' : `Next: ${readableTime(clock.next.at, clock.zone)}: ${clock.next.what}`;
  // The daily prompt, holidays skipped, when a digest or a reminder comes first.
  const prompt = byId('clock-prompt');
  prompt.hidden = clock.nextPrompt === undefined;
  prompt.textContent = clock.nextPrompt === undefined ? '' : `Next prompt: ${readableTime(clock.nextPrompt, clock.zone)}`;
  const holiday = byId('clock-holiday');
  holiday.hidden = clock.holiday === undefined;
  holiday.textContent = clock.holiday === undefined ? '' : `${clock.holiday === 'Holiday' ? 'Holiday' : `Holiday (${clock.holiday})`}: no prompt today`;
}

function renderProblems(state: PlaygroundState): void {
  const box = byId('problems');
  box.hidden = state.problems.length === 0;
  if (state.problems.length === 0) return;
  const items = state.problems
    .map((p) => `<li><strong>${escapeHtml(p.method)}</strong> at ${escapeHtml(formatTime(p.at, false))}<ul>${p.problems.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join('')}</ul></li>`)
    .join('');
  box.innerHTML =
    `<strong>Slack would refuse ${state.problems.length} call${state.problems.length === 1 ? '' : 's'} from the app: Block Kit limits broken.</strong>` +
    ` These fail in a real workspace.<ul>${items}</ul>`;
}

function renderMain(state: PlaygroundState): void {
  // A group DM this person is not in (after switching person) is not shown: back to the channel.
  const group = page.screen === 'group' ? state.groupDirectMessages.find((g) => g.id === page.group) : undefined;
  if (page.screen === 'group' && group === undefined) {
    page.screen = 'channel';
    page.group = undefined;
    document.body.dataset.screen = page.screen;
    delete document.body.dataset.group;
    byId('nav-channel').classList.add('active');
    drawGroupNav(state);
  }
  const content = byId('content');
  const nearBottom = content.scrollHeight - content.scrollTop - content.clientHeight < 80;
  const title = byId('title');
  const tabs = byId('tabs');
  const composer = byId<HTMLFormElement>('composer');
  const text = byId<HTMLTextAreaElement>('composer-text');
  tabs.hidden = page.screen === 'channel' || page.screen === 'group';
  for (const tab of tabs.querySelectorAll<HTMLElement>('[data-tab]')) tab.classList.toggle('active', tab.dataset.tab === page.screen);
  if (page.screen === 'channel') {
    title.textContent = `# ${state.channel.name}`;
    text.placeholder = `Message #${state.channel.name}, or type /lp help`;
    composer.hidden = false;
    drawTimeline(content, `channel:${state.channel.id}:${state.me}`, state, state.channel, 'No messages yet. Press "Post a prompt now".');
  } else if (group !== undefined) {
    title.textContent = group.name;
    text.placeholder = `Message ${group.name}`;
    composer.hidden = false;
    drawTimeline(content, `group:${group.id}:${state.me}`, state, group, 'No messages yet.');
  } else if (page.screen === 'home') {
    title.textContent = 'LP Coach';
    composer.hidden = true;
    const home = state.home;
    drawWhole(
      content,
      'home',
      home === null
        ? emptyNote('Opening your Home…')
        : cachedHtml(home, `${namesGeneration(state)}`, () => `<div class="home blocks" data-source="${escapeHtml(JSON.stringify({ kind: 'view', viewId: home.id }))}">${renderBlocks(home.blocks, context(state))}</div>`),
    );
  } else {
    title.textContent = 'LP Coach';
    text.placeholder = 'Message LP Coach';
    composer.hidden = false;
    drawTimeline(content, `messages:${state.directMessages.id}:${state.me}`, state, state.directMessages, 'No messages from LP Coach yet.');
  }
  if (nearBottom && page.screen !== 'home') content.scrollTop = content.scrollHeight;
}

/** The main area as one piece of HTML (the App Home, a note), redrawn only when it changed. */
function drawWhole(container: HTMLElement, kind: string, html: string): void {
  if (page.contentKind === kind && page.contentHtml === html) return;
  page.contentKind = kind;
  page.contentHtml = html;
  drawnLists.delete(container);
  container.innerHTML = html;
}

/**
 * A channel's messages and the person's ephemerals in it. Only what changed is redrawn; a long channel draws its
 * newest messages first and adds the older ones in idle time, keeping the view where it is.
 */
function drawTimeline(container: HTMLElement, kind: string, state: PlaygroundState, channel: ChannelView, empty: string): void {
  if (page.contentKind !== kind) {
    page.contentKind = kind;
    page.shownItems = FIRST_DRAW_ITEMS;
    drawnLists.delete(container);
  }
  page.contentHtml = '';
  const items = timelineItems(state, channel.id, channel.messages, undefined);
  if (items.length === 0) {
    drawnLists.delete(container);
    container.innerHTML = emptyNote(empty);
    return;
  }
  const shown = items.slice(-page.shownItems);
  drawList(container, shown.map((item) => ({ key: item.key, html: item.html() })));
  // Once everything is drawn, it stays so: new messages add to it rather than push the oldest out of the window.
  if (shown.length < items.length) drawOlderLater();
  else page.shownItems = Number.POSITIVE_INFINITY;
}

function drawOlderLater(): void {
  if (page.olderPending) return;
  page.olderPending = true;
  const drawOlder = () => {
    page.olderPending = false;
    const state = page.state;
    if (state === undefined || page.screen === 'home') return;
    const content = byId('content');
    // Keep the view where it is: what was on screen stays at the same distance from the bottom.
    const fromBottom = content.scrollHeight - content.scrollTop;
    page.shownItems += OLDER_BATCH_ITEMS;
    renderMain(state);
    content.scrollTop = content.scrollHeight - fromBottom;
  };
  // Not before the newest messages are on screen, and then in idle time.
  afterPaint(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(drawOlder, { timeout: 100 });
    else drawOlder();
  });
}

interface DrawnItem {
  key: string;
  html: string;
  element: Element;
}

/** What each list container shows, item by item, so the next draw can keep the elements that did not change. */
const drawnLists = new WeakMap<HTMLElement, DrawnItem[]>();
const template = document.createElement('template');

/** Makes `container` show `items` in order, creating elements only for new or changed items. */
function drawList(container: HTMLElement, items: { key: string; html: string }[]): void {
  const before = drawnLists.get(container);
  if (before === undefined) {
    container.innerHTML = items.map((item) => item.html).join('');
    drawnLists.set(container, items.map((item, index) => ({ ...item, element: container.children[index] as Element })));
    return;
  }
  const unused = new Map(before.map((item) => [item.key, item]));
  const after = items.map((item): DrawnItem => {
    const drawn = unused.get(item.key);
    if (drawn !== undefined && drawn.html === item.html) {
      unused.delete(item.key);
      return drawn;
    }
    template.innerHTML = item.html;
    return { ...item, element: template.content.firstElementChild as Element };
  });
  for (const stale of unused.values()) stale.element.remove();
  let previous: Element | undefined;
  for (const item of after) {
    const expected = previous === undefined ? container.firstElementChild : previous.nextElementSibling;
    if (expected !== item.element) {
      if (previous === undefined) container.prepend(item.element);
      else previous.after(item.element);
    }
    previous = item.element;
  }
  drawnLists.set(container, after);
}

/** HTML built for a message, ephemeral or view, kept while the object (and what else it depends on) is the same. */
const htmlCache = new WeakMap<object, { tag: string; html: string }>();
function cachedHtml(item: object, tag: string, build: () => string): string {
  const cached = htmlCache.get(item);
  if (cached?.tag === tag) return cached.html;
  const html = build();
  htmlCache.set(item, { tag, html });
  return html;
}

/** Changes when the names used in mentions change, so HTML built with the old names is not reused. */
const names = { current: undefined as PlaygroundState['names'] | undefined, generation: 0 };
function namesGeneration(state: PlaygroundState): number {
  if (names.current !== state.names) {
    names.current = state.names;
    names.generation += 1;
  }
  return names.generation;
}

function renderThread(state: PlaygroundState): void {
  const panel = byId('thread');
  const parent = page.openThread === undefined ? undefined : findMessage(state, page.openThread);
  panel.hidden = parent === undefined;
  if (parent === undefined) {
    page.threadHtml = '';
    return;
  }
  const box = byId('thread-content');
  const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  const channel = parent.channel;
  const replies = channelsOf(state).find((c) => c.id === channel)?.threads[parent.ts] ?? [];
  const html =
    messageHtml(state, parent, false) +
    `<div class="thread-count">${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}</div>` +
    timelineItems(state, channel, replies, parent.ts)
      .map((item) => item.html())
      .join('');
  if (html !== page.threadHtml) {
    box.innerHTML = html;
    page.threadHtml = html;
  }
  if (nearBottom) box.scrollTop = box.scrollHeight;
}

/** Every conversation the person sees: the team channel, the app's DM and the group DMs. */
function channelsOf(state: PlaygroundState): ChannelView[] {
  return [state.channel, state.directMessages, ...state.groupDirectMessages];
}

/** A message or thread reply in the channel or the DMs. */
function findAny(state: PlaygroundState, channel: string, ts: string): MessageView | undefined {
  const all = channelsOf(state).flatMap((c) => [...c.messages, ...Object.values(c.threads).flat()]);
  return all.find((m) => m.channel === channel && m.ts === ts);
}

function focusEditBox(): void {
  const box = document.querySelector<HTMLTextAreaElement>('[data-edit-form] .edit-text');
  if (!box || document.activeElement === box) return;
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
}

function findMessage(state: PlaygroundState, ts: string): MessageView | undefined {
  return channelsOf(state)
    .flatMap((c) => c.messages)
    .find((m) => m.ts === ts);
}

/** Messages and the person's own ephemerals in one channel (or thread), in time order, each drawn when asked. */
function timelineItems(state: PlaygroundState, channel: string, messages: MessageView[], threadTs: string | undefined): { key: string; ts: number; html: () => string }[] {
  const ephemerals = state.ephemerals.filter((e) => e.channel === channel && e.threadTs === threadTs);
  const items = [
    ...messages.map((m) => ({ key: `m${m.ts}`, ts: Number(m.ts), html: () => messageHtml(state, m, threadTs === undefined) })),
    ...ephemerals.map((e) => ({ key: `e${e.ts}`, ts: Number(e.ts), html: () => ephemeralHtml(state, e) })),
  ];
  return items.sort((a, b) => a.ts - b.ts);
}

function messageHtml(state: PlaygroundState, message: MessageView, showReplies: boolean): string {
  const editing = page.editing?.channel === message.channel && page.editing.ts === message.ts ? page.editing.draft : undefined;
  const tag = `${namesGeneration(state)}|${state.me}|${showReplies}${editing === undefined ? '' : `|${editing}`}`;
  return cachedHtml(message, tag, () => buildMessageHtml(state, message, showReplies));
}

function buildMessageHtml(state: PlaygroundState, message: MessageView, showReplies: boolean): string {
  const source = escapeHtml(JSON.stringify({ kind: 'message', channel: message.channel, ts: message.ts }));
  const body = message.blocks !== undefined && message.blocks.length > 0 ? renderBlocks(message.blocks, context(state)) : mrkdwnToHtml(message.text, state.names);
  const reactions = message.reactions
    .map(
      (r) =>
        `<button type="button" class="reaction${r.mine ? ' mine' : ''}" data-reaction="${escapeHtml(r.name)}" title="${escapeHtml(r.userNames.join(', '))} reacted with :${escapeHtml(r.name)}:">` +
        `${emojiHtml(r.name) ?? `:${escapeHtml(r.name)}:`} <span class="count">${r.count}</span></button>`,
    )
    .join('');
  const replies =
    showReplies && message.replyCount > 0
      ? `<button type="button" class="replies" data-open-thread="${escapeHtml(message.ts)}">${message.replyCount} ${message.replyCount === 1 ? 'reply' : 'replies'}</button>`
      : '';
  const threadButton = message.threadTs === undefined || message.threadTs === message.ts ? `<button type="button" class="icon-button" data-open-thread="${escapeHtml(message.ts)}" title="Reply in thread">💬</button>` : '';
  // Your own messages can be edited and deleted, as in Slack.
  const mine = !message.isBot && message.userId === state.me;
  const ownButtons = mine
    ? `<button type="button" class="icon-button" data-edit-message title="Edit message" aria-label="Edit message">✏️</button>` +
      `<button type="button" class="icon-button" data-delete-message title="Delete message" aria-label="Delete message">🗑️</button>`
    : '';
  const editing = mine && page.editing?.channel === message.channel && page.editing.ts === message.ts ? page.editing : undefined;
  const shown =
    editing !== undefined
      ? `<form class="edit-form" data-edit-form><textarea class="edit-text" rows="3" aria-label="Edit message">${escapeHtml(editing.draft)}</textarea>` +
        `<div class="edit-buttons"><button type="button" class="button" data-edit-cancel>Cancel</button><button type="submit" class="button primary">Save</button></div></form>`
      : `<div class="blocks">${body}</div>${filesHtml(message.files ?? [])}${message.edited ? '<span class="edited">(edited)</span>' : ''}`;
  return (
    `<article class="message${message.isBot ? ' from-app' : ''}" data-ts="${escapeHtml(message.ts)}" data-channel="${escapeHtml(message.channel)}" data-source="${source}">` +
    `${avatar(message.authorName, message.isBot)}<div class="message-body">` +
    `<div class="meta"><span class="author">${escapeHtml(message.authorName)}</span>${message.isBot ? '<span class="app-badge">APP</span>' : ''}<span class="time">${escapeHtml(formatTime(new Date(message.postedAt * 1000).toISOString(), false))}</span></div>` +
    shown +
    `<div class="reactions">${reactions}<button type="button" class="reaction add" data-react-menu title="Add reaction">☺+</button></div>${replies}</div>` +
    `<div class="hover-actions">${threadButton}${ownButtons}</div></article>`
  );
}

/**
 * Files shared with a message, as Slack shows them: a card with the name, type and size, and a link to open it; a
 * recorded clip as a clip card; a deleted file as Slack's tombstone.
 */
function filesHtml(files: FileView[]): string {
  return files
    .map((file) => {
      if (file.deleted === true) {
        return `<div class="file deleted" data-file-id="${escapeHtml(file.id)}"><span class="file-icon" aria-hidden="true">🗑️</span>This file was deleted.</div>`;
      }
      if (file.clip !== undefined) return clipHtml(file, file.clip);
      return (
        `<div class="file" data-file-id="${escapeHtml(file.id)}"><span class="file-icon" aria-hidden="true">📄</span><div class="file-meta">` +
        `<a class="file-name" href="${escapeHtml(file.url)}" target="_blank" rel="noopener">${escapeHtml(file.title || file.name)}</a>` +
        `<span class="file-details">${escapeHtml(file.name)} · ${escapeHtml(formatSize(file.size))}</span></div>` +
        `<a class="file-open button" href="${escapeHtml(file.url)}" target="_blank" rel="noopener">Open</a></div>`
      );
    })
    .join('');
}

const TRANSCRIPT_STATES: Record<ClipView['transcript'], string> = { processing: 'processing…', complete: 'ready', failed: 'failed', none: 'off' };

/**
 * A clip recorded in Slack: its length and where Slack's transcript stands, and once it is ready the start of what was
 * said. The playground keeps no sound, so there is nothing to play.
 */
function clipHtml(file: FileView, clip: ClipView): string {
  const kind = clip.kind === 'audio' ? 'Audio clip' : 'Video clip';
  const length = formatDuration(clip.durationMs);
  const state = TRANSCRIPT_STATES[clip.transcript];
  const preview =
    clip.preview === undefined
      ? ''
      : `<blockquote class="clip-transcript" aria-label="Transcript preview">${escapeHtml(clip.preview)}${clip.previewCut === true ? '…' : ''}</blockquote>`;
  return (
    `<div class="clip" data-file-id="${escapeHtml(file.id)}" data-transcript="${escapeHtml(clip.transcript)}" role="group" ` +
    `aria-label="${escapeHtml(`${kind}, ${length}, transcript ${state}`)}">` +
    `<div class="clip-head"><span class="clip-icon" aria-hidden="true">${clip.kind === 'audio' ? '🎙' : '🎥'}</span><div class="clip-meta">` +
    `<span class="clip-title">${kind}</span>` +
    `<span class="clip-details"><span class="clip-duration">${escapeHtml(length)}</span> · ` +
    `<span class="clip-status ${escapeHtml(clip.transcript)}">Transcript: ${escapeHtml(state)}</span></span></div></div>` +
    `${preview}</div>`
  );
}

/** "1:07": minutes and seconds, as Slack labels a clip. */
function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function ephemeralHtml(state: PlaygroundState, ephemeral: EphemeralView): string {
  return cachedHtml(ephemeral, `${namesGeneration(state)}`, () => buildEphemeralHtml(state, ephemeral));
}

function buildEphemeralHtml(state: PlaygroundState, ephemeral: EphemeralView): string {
  const source = escapeHtml(JSON.stringify({ kind: 'ephemeral', channel: ephemeral.channel, ts: ephemeral.ts }));
  const body = ephemeral.blocks !== undefined && ephemeral.blocks.length > 0 ? renderBlocks(ephemeral.blocks, context(state)) : mrkdwnToHtml(ephemeral.text, state.names);
  return (
    `<article class="message ephemeral from-app" data-ts="${escapeHtml(ephemeral.ts)}" data-source="${source}">${avatar('LP Coach', true)}<div class="message-body">` +
    `<div class="meta"><span class="author">LP Coach</span><span class="app-badge">APP</span><span class="time">${escapeHtml(formatTime(new Date(Number(ephemeral.ts) * 1000).toISOString(), false))}</span></div>` +
    `<div class="only-you">👁 Only visible to you <button type="button" class="link" data-dismiss="${escapeHtml(ephemeral.ts)}">Dismiss</button></div>` +
    `<div class="blocks">${body}</div></div></article>`
  );
}

function renderModal(state: PlaygroundState): void {
  const layer = byId('modal-layer');
  // A modal the person closed stays closed while the server catches up (and after a reload, the server's word holds).
  const modal = state.modal !== null && `${state.modal.id}/${state.modal.hash}` === page.closedModal ? null : state.modal;
  if (state.modal === null || `${state.modal.id}/${state.modal.hash}` !== page.closedModal) page.closedModal = '';
  const key = modal === null ? '' : `${modal.id}/${modal.hash}/${JSON.stringify(modal.errors)}`;
  if (key === page.drawnModal) return;
  const previous = page.drawnModal;
  page.drawnModal = key;
  if (modal === null) {
    layer.hidden = true;
    layer.innerHTML = '';
    return;
  }
  // The same version of the view with new errors keeps what the person typed.
  const sameVersion = previous.startsWith(`${modal.id}/${modal.hash}/`);
  const typed = sameVersion ? readValues(layer) : {};
  const source = escapeHtml(JSON.stringify({ kind: 'view', viewId: modal.id }));
  layer.innerHTML =
    `<div class="modal" role="dialog" aria-modal="true" aria-label="${escapeHtml(modal.title)}" data-view-id="${escapeHtml(modal.id)}">` +
    `<header class="modal-header">${modal.depth > 1 ? `<span class="modal-depth">${modal.depth}</span>` : ''}<h2>${escapeHtml(modal.title)}</h2>` +
    `<button type="button" class="icon-button" data-modal-close aria-label="Close">✕</button></header>` +
    `<div class="modal-body blocks" data-source="${source}">${renderBlocks(modal.blocks, context(state, modal.errors))}</div>` +
    `<footer class="modal-footer"><button type="button" class="button" data-modal-close>${escapeHtml(modal.close)}</button>` +
    `${modal.submit === undefined ? '' : `<button type="button" class="button primary" data-modal-submit>${escapeHtml(modal.submit)}</button>`}</footer></div>`;
  layer.hidden = false;
  if (sameVersion) writeValues(layer, typed);
}

function avatar(name: string, isApp: boolean): string {
  const initials = name.split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 2).toUpperCase();
  let hue = 0;
  for (const char of name) hue = (hue * 31 + char.charCodeAt(0)) % 360;
  return `<div class="avatar${isApp ? ' app' : ''}" style="background:hsl(${isApp ? 150 : hue} 45% 40%)" aria-hidden="true">${escapeHtml(initials)}</div>`;
}

function emptyNote(text: string): string {
  return `<p class="empty">${escapeHtml(text)}</p>`;
}

/** Date formats are slow to create (the first one loads the locale's data), so each is made once and kept. */
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', options);
    formats.set(key, format);
  }
  return format;
}

/** "Tue 1 Dec, 09:30 Europe/Berlin": the playground clock in the channel's zone. */
function readableTime(iso: string, zone: string): string {
  const parts: Record<string, string> = {};
  const format = dateFormat(`clock ${zone}`, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
  for (const part of format.formatToParts(new Date(iso))) parts[part.type] = part.value;
  return `${parts.weekday} ${parts.day} ${parts.month}, ${parts.hour}:${parts.minute} ${zone}`;
}

/** A message's text (Slack's form) back as the person typed it, for editing: mentions as @handle, codes decoded. */
function typedText(state: PlaygroundState, text: string): string {
  const handles = new Map(state.people.map((p) => [p.id, p.name]));
  const replaced = text.replace(/<([^<>\n]*)>/g, (match, inner: string) => {
    const [target = '', label] = inner.split('|');
    if (target.startsWith('@')) return `@${handles.get(target.slice(1)) ?? label ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? state.names.channels[target.slice(1)] ?? target.slice(1)}`;
    if (target.startsWith('!')) return `@${target.slice(1).split('^')[0] ?? ''}`;
    if (/^(https?:\/\/|mailto:)/i.test(target)) return label ?? target;
    return match;
  });
  return decodeSlackEntities(replaced);
}

function formatTime(iso: string, withDate: boolean): string {
  const date = new Date(iso);
  // "HH:MM" in UTC is in the ISO string already; no date format needed for every message.
  const time = iso.slice(11, 16);
  if (!withDate) return time;
  const day = dateFormat('day', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
  return `${day}, ${time} UTC`;
}

// ---- reading inputs ----

/** Values of the inputs under `root`, keyed like Slack's state: block id -> action id -> value(s). */
function readValues(root: HTMLElement): RawInputValues {
  const values: RawInputValues = {};
  const put = (blockId: string, actionId: string, value: string | string[] | null) => {
    values[blockId] = { ...values[blockId], [actionId]: value };
  };
  for (const element of root.querySelectorAll<HTMLElement>('[data-input], select[data-action], input[data-action]')) {
    const blockId = element.dataset.blockId ?? '';
    const actionId = element.dataset.actionId ?? '';
    if (element instanceof HTMLSelectElement) {
      const chosen = [...element.selectedOptions].map((o) => o.value).filter((v) => v !== '');
      put(blockId, actionId, element.multiple ? chosen : (chosen[0] ?? null));
    } else if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      const previous = values[blockId]?.[actionId];
      const list = Array.isArray(previous) ? previous : [];
      put(blockId, actionId, element.checked ? [...list, element.value] : list);
    } else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      put(blockId, actionId, element.value);
    }
  }
  return values;
}

function writeValues(root: HTMLElement, values: RawInputValues): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-input]')) {
    const value = values[element.dataset.blockId ?? '']?.[element.dataset.actionId ?? ''];
    if (value === undefined) continue;
    if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
      element.checked = Array.isArray(value) && value.includes(element.value);
    } else if (element instanceof HTMLSelectElement) {
      const chosen = Array.isArray(value) ? value : [value ?? ''];
      for (const option of element.options) option.selected = chosen.includes(option.value);
    } else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      element.value = typeof value === 'string' ? value : '';
    }
  }
}

/**
 * Slack's client refuses to submit a modal with an empty required input and says so under it, without asking the
 * app; the app's own checks (`response_action: errors`) come after.
 */
function requiredInputsFilled(root: HTMLElement): boolean {
  let filled = true;
  for (const block of root.querySelectorAll<HTMLElement>('.bk-input[data-required]')) {
    block.querySelector('.bk-error.client')?.remove();
    const fields = [...block.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-input]')];
    const empty = fields.every((field) =>
      field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio') ? !field.checked : field.value.trim() === '',
    );
    if (!empty) continue;
    filled = false;
    block.insertAdjacentHTML('beforeend', '<div class="bk-error client" role="alert">Please complete this required field.</div>');
  }
  return filled;
}

// ---- acting ----

interface Source {
  kind: 'message' | 'ephemeral' | 'view';
  channel?: string;
  ts?: string;
  viewId?: string;
}

function sourceOf(element: HTMLElement): { source: Source; container: HTMLElement } | undefined {
  const container = element.closest<HTMLElement>('[data-source]');
  if (!container?.dataset.source) return undefined;
  return { source: JSON.parse(container.dataset.source) as Source, container };
}

async function sendAction(element: HTMLElement, selected?: string | string[]): Promise<void> {
  const found = sourceOf(element);
  if (!found) return;
  await post('/api/action', {
    user: page.me,
    source: found.source,
    blockId: element.dataset.blockId,
    actionId: element.dataset.actionId,
    ...(selected !== undefined ? { selected } : {}),
    ...(found.source.kind === 'view' ? { values: readValues(found.container) } : {}),
  });
}

/** Slack's confirmation dialog for buttons that ask for one (`confirm`). */
function confirmFirst(raw: string | undefined): Promise<boolean> {
  if (raw === undefined) return Promise.resolve(true);
  const text = JSON.parse(raw) as { title: string; text: string; confirm: string; deny: string };
  const layer = byId('confirm-layer');
  layer.innerHTML =
    `<div class="modal confirm" role="alertdialog" aria-label="${escapeHtml(text.title)}"><header class="modal-header"><h2>${escapeHtml(text.title)}</h2></header>` +
    `<div class="modal-body">${mrkdwnToHtml(text.text, page.state?.names ?? { users: {}, channels: {} })}</div>` +
    `<footer class="modal-footer"><button type="button" class="button" data-answer="no">${escapeHtml(text.deny)}</button>` +
    `<button type="button" class="button primary" data-answer="yes">${escapeHtml(text.confirm)}</button></footer></div>`;
  layer.hidden = false;
  return new Promise((resolve) => {
    layer.onclick = (event) => {
      const answer = (event.target as HTMLElement).closest<HTMLElement>('[data-answer]')?.dataset.answer;
      if (answer === undefined) return;
      layer.hidden = true;
      layer.innerHTML = '';
      resolve(answer === 'yes');
    };
  });
}

function openReactionPicker(anchor: HTMLElement): void {
  document.querySelector('.reaction-picker')?.remove();
  const picker = document.createElement('div');
  picker.className = 'reaction-picker';
  picker.innerHTML = REACTION_CHOICES.map((name) => `<button type="button" data-pick="${name}" title=":${name}:">${emojiHtml(name) ?? name}</button>`).join('');
  anchor.after(picker);
}

function openScreen(screen: Screen, group?: string): void {
  page.screen = screen;
  page.group = screen === 'group' ? group : undefined;
  page.openThread = undefined;
  if (screen === 'home' || screen === 'messages') void post('/api/home', { user: page.me, tab: screen });
  render();
}

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const nav = target.closest<HTMLElement>('[data-nav]');
  if (nav) {
    if (nav.dataset.nav === 'group') return openScreen('group', nav.dataset.group);
    return openScreen(nav.dataset.nav === 'channel' ? 'channel' : 'home');
  }
  const tab = target.closest<HTMLElement>('[data-tab]');
  if (tab) return openScreen(tab.dataset.tab === 'messages' ? 'messages' : 'home');
  const pick = target.closest<HTMLElement>('[data-pick]');
  if (pick) {
    const message = pick.closest<HTMLElement>('article.message');
    pick.closest('.reaction-picker')?.remove();
    if (message) void post('/api/reaction', { user: page.me, channel: message.dataset.channel, ts: message.dataset.ts, name: pick.dataset.pick });
    return;
  }
  document.querySelector('.reaction-picker')?.remove();
  const reaction = target.closest<HTMLElement>('[data-reaction]');
  if (reaction) {
    const message = reaction.closest<HTMLElement>('article.message');
    if (message) void post('/api/reaction', { user: page.me, channel: message.dataset.channel, ts: message.dataset.ts, name: reaction.dataset.reaction });
    return;
  }
  const menu = target.closest<HTMLElement>('[data-react-menu]');
  if (menu) return openReactionPicker(menu);
  const thread = target.closest<HTMLElement>('[data-open-thread]');
  if (thread) {
    page.openThread = thread.dataset.openThread;
    render();
    byId('thread-text').focus();
    return;
  }
  const dismiss = target.closest<HTMLElement>('[data-dismiss]');
  if (dismiss) return void post('/api/ephemeral/dismiss', { user: page.me, ts: dismiss.dataset.dismiss });
  const editButton = target.closest<HTMLElement>('[data-edit-message]');
  if (editButton) {
    const message = editButton.closest<HTMLElement>('article.message');
    const found = page.state && message ? findAny(page.state, message.dataset.channel ?? '', message.dataset.ts ?? '') : undefined;
    if (!page.state || !found) return;
    page.editing = { channel: found.channel, ts: found.ts, draft: typedText(page.state, found.text) };
    render();
    focusEditBox();
    return;
  }
  if (target.closest('[data-edit-cancel]')) {
    page.editing = undefined;
    return render();
  }
  const deleteButton = target.closest<HTMLElement>('[data-delete-message]');
  if (deleteButton) {
    const message = deleteButton.closest<HTMLElement>('article.message');
    if (!message) return;
    const { channel, ts } = message.dataset;
    const confirm = JSON.stringify({ title: 'Delete message', text: 'Are you sure you want to delete this message? This cannot be undone.', confirm: 'Delete', deny: 'Cancel' });
    void confirmFirst(confirm).then((yes) => (yes ? post('/api/message/delete', { user: page.me, channel, ts }) : undefined));
    return;
  }
  const modal = page.state?.modal;
  if (target.closest('[data-modal-close]') && modal) {
    // Closed at once on the page; keepalive delivers the close even if the page is reloaded straight away.
    page.closedModal = `${modal.id}/${modal.hash}`;
    render();
    return void post('/api/view/close', { user: page.me, viewId: modal.id }, true);
  }
  if (target.closest('[data-modal-submit]') && modal) {
    const layer = byId('modal-layer');
    if (!requiredInputsFilled(layer)) return;
    return void post('/api/view/submit', { user: page.me, viewId: modal.id, values: readValues(layer) });
  }
  const button = target.closest<HTMLElement>('[data-action][data-kind="button"]');
  if (button) {
    if (button.dataset.url !== undefined) window.open(button.dataset.url, '_blank', 'noopener');
    void confirmFirst(button.dataset.confirm).then((yes) => (yes ? sendAction(button) : undefined));
  }
});

document.addEventListener('change', (event) => {
  const target = event.target as HTMLElement;
  if (!target.matches('[data-action]')) return;
  if (target instanceof HTMLSelectElement) {
    const chosen = [...target.selectedOptions].map((o) => o.value).filter((v) => v !== '');
    if (chosen.length === 0) return;
    void sendAction(target, target.multiple ? chosen : chosen[0]);
    if (target.classList.contains('bk-overflow')) target.value = '';
  } else if (target instanceof HTMLInputElement && (target.type === 'date' || target.type === 'time')) {
    void sendAction(target, target.value);
  } else if (target instanceof HTMLInputElement) {
    const group = target.closest('.bk-choices');
    const chosen = group ? [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value) : [];
    void sendAction(target, target.type === 'radio' ? target.value : chosen);
  }
});

// ---- editing your own message ----

document.addEventListener('input', (event) => {
  const target = event.target as HTMLElement;
  if (target.matches('[data-edit-form] .edit-text') && page.editing) page.editing.draft = (target as HTMLTextAreaElement).value;
  if (target === composerText || target === threadText) updateMentions(target as HTMLTextAreaElement);
});

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLElement;
  if (!form.matches('[data-edit-form]')) return;
  event.preventDefault();
  saveEdit();
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (!target.matches('[data-edit-form] .edit-text')) return;
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    saveEdit();
  } else if (event.key === 'Escape') {
    page.editing = undefined;
    render();
  }
});

function saveEdit(): void {
  const editing = page.editing;
  if (!editing) return;
  page.editing = undefined;
  render();
  void post('/api/message/edit', { user: page.me, channel: editing.channel, ts: editing.ts, text: editing.draft });
}

// ---- @ autocomplete for people in the message boxes ----

const mentions = { box: undefined as HTMLTextAreaElement | undefined, handles: [] as string[], active: 0 };

/** The `@partial` just before the caret, if the person is typing a mention. */
function mentionQuery(box: HTMLTextAreaElement): { start: number; query: string } | undefined {
  const before = box.value.slice(0, box.selectionStart);
  const match = /(^|[\s(])@([a-z0-9._-]*)$/i.exec(before);
  if (!match) return undefined;
  const query = match[2] ?? '';
  return { start: before.length - query.length - 1, query: query.toLowerCase() };
}

function closeMentions(): void {
  document.querySelector('.mention-list')?.remove();
  mentions.box = undefined;
  mentions.handles = [];
}

function updateMentions(box: HTMLTextAreaElement): void {
  closeMentions();
  const query = mentionQuery(box);
  if (!query || !page.state) return;
  const people = page.state.people.filter(
    (p) => p.name.toLowerCase().startsWith(query.query) || p.realName.toLowerCase().split(/\s+/).some((word) => word.startsWith(query.query)),
  );
  if (people.length === 0) return;
  mentions.box = box;
  mentions.handles = people.map((p) => p.name);
  mentions.active = 0;
  const list = document.createElement('ul');
  list.className = 'mention-list';
  list.setAttribute('role', 'listbox');
  list.innerHTML = people
    .map(
      (p, index) =>
        `<li role="option" data-mention="${escapeHtml(p.name)}" class="${index === 0 ? 'active' : ''}" aria-selected="${index === 0}">` +
        `${avatar(p.realName, false)}<strong>${escapeHtml(p.realName)}</strong> <span class="handle">@${escapeHtml(p.name)}</span></li>`,
    )
    .join('');
  box.closest('form')?.append(list);
}

function insertMention(handle: string): void {
  const box = mentions.box;
  if (!box) return;
  const query = mentionQuery(box);
  if (!query) return closeMentions();
  const after = box.value.slice(box.selectionStart);
  box.value = `${box.value.slice(0, query.start)}@${handle} ${after.replace(/^ /, '')}`;
  const caret = query.start + handle.length + 2;
  box.setSelectionRange(caret, caret);
  closeMentions();
  box.focus();
}

function mentionKeys(box: HTMLTextAreaElement): void {
  box.addEventListener('keydown', (event) => {
    if (mentions.box !== box || mentions.handles.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      mentions.active = (mentions.active + step + mentions.handles.length) % mentions.handles.length;
      document.querySelectorAll<HTMLElement>('.mention-list li').forEach((li, index) => {
        li.classList.toggle('active', index === mentions.active);
        li.setAttribute('aria-selected', String(index === mentions.active));
      });
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      event.stopImmediatePropagation();
      insertMention(mentions.handles[mentions.active] ?? '');
    } else if (event.key === 'Escape') {
      closeMentions();
    }
  });
}

document.addEventListener('mousedown', (event) => {
  const item = (event.target as HTMLElement).closest<HTMLElement>('[data-mention]');
  if (!item) return;
  // Keep the focus (and the caret) in the message box.
  event.preventDefault();
  insertMention(item.dataset.mention ?? '');
});

function submitOnEnter(textarea: HTMLTextAreaElement, form: HTMLFormElement): void {
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}

const composer = byId<HTMLFormElement>('composer');
const composerText = byId<HTMLTextAreaElement>('composer-text');
mentionKeys(composerText);
submitOnEnter(composerText, composer);
composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = composerText.value;
  if (text.trim() === '' || !page.state) return;
  composerText.value = '';
  const channel =
    page.screen === 'messages' ? page.state.directMessages.id : page.screen === 'group' && page.group !== undefined ? page.group : page.state.channel.id;
  void post('/api/message', { user: page.me, channel, text });
});

const threadForm = byId<HTMLFormElement>('thread-composer');
const threadText = byId<HTMLTextAreaElement>('thread-text');
mentionKeys(threadText);
submitOnEnter(threadText, threadForm);
threadForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = page.state;
  const parent = state && page.openThread !== undefined ? findMessage(state, page.openThread) : undefined;
  if (!parent || threadText.value.trim() === '') return;
  const text = threadText.value;
  threadText.value = '';
  void post('/api/message', { user: page.me, channel: parent.channel, text, threadTs: parent.ts });
});

byId('thread-close').addEventListener('click', () => {
  page.openThread = undefined;
  showClipForm(false);
  render();
});

// ---- answering out loud: "Attach a clip" in the thread composer ----

/** A spoken STAR-L answer as a transcript reads: a couple of "um"s and a long silence (`[pause]`) in it. */
const EXAMPLE_CLIP = [
  'Situation: last spring, um, our mobile checkout was failing for about 3% of card payments every Friday evening,',
  'and the refunds were costing us around $40,000 a month.',
  'Task: I was the engineer on call that quarter, so finding the cause and fixing it before the summer sale was mine to own.',
  'Action: I pulled a month of payment logs myself and saw that every failure hit the card vault during its weekly key rotation. [pause]',
  'So I, um, wrote a retry that fetches a fresh token, added an alarm on the vault’s error rate,',
  'and agreed a new rotation window with the security team.',
  'We shipped it behind a flag to 5% of users first, then to everyone within a week.',
  'Result: failed payments dropped from 3% to under 0.2%, and refunds fell by 90% by the end of June.',
  'Learning: when failures follow a weekly pattern, I now check the scheduled jobs of our dependencies first,',
  'and I share that calendar with whoever is on call.',
].join(' ');

const clipForm = byId<HTMLFormElement>('clip-form');
const clipOpen = byId<HTMLButtonElement>('clip-open');
const clipText = byId<HTMLTextAreaElement>('clip-text');
const clipWpm = byId<HTMLInputElement>('clip-wpm');
const clipTranscript = byId<HTMLSelectElement>('clip-transcript');

function showClipForm(open: boolean): void {
  clipForm.hidden = !open;
  clipOpen.setAttribute('aria-expanded', String(open));
  if (!open) return;
  updateClipEstimate();
  clipText.focus();
}

function clipPace(): number {
  const wpm = Number(clipWpm.value);
  return Number.isFinite(wpm) && wpm >= 40 && wpm <= 400 ? Math.round(wpm) : DEFAULT_CLIP_WPM;
}

/** About how long the clip would be: the words at the chosen pace, plus its silences. */
function updateClipEstimate(): void {
  let pausesMs = 0;
  for (const mark of clipText.value.matchAll(PAUSE_MARK)) pausesMs += mark[1] === undefined ? DEFAULT_PAUSE_MS : Number(mark[1]) * 1000;
  const words = clipText.value.replace(PAUSE_MARK, ' ').split(/\s+/).filter((word) => word !== '').length;
  byId('clip-estimate').textContent =
    words === 0 ? '' : `${words} word${words === 1 ? '' : 's'}: a clip of about ${formatDuration((words / clipPace()) * 60_000 + pausesMs + 1200)}.`;
}

clipOpen.addEventListener('click', () => showClipForm(clipForm.hidden === true));
byId('clip-cancel').addEventListener('click', () => {
  showClipForm(false);
  clipOpen.focus();
});
byId('clip-example').addEventListener('click', () => {
  clipText.value = EXAMPLE_CLIP;
  showClipForm(true);
});
clipText.addEventListener('input', updateClipEstimate);
clipWpm.addEventListener('input', updateClipEstimate);
clipForm.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  showClipForm(false);
  clipOpen.focus();
});
clipForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = page.state;
  const parent = state && page.openThread !== undefined ? findMessage(state, page.openThread) : undefined;
  if (!parent) return;
  if (clipText.value.trim() === '') {
    showNotice('Type or paste what you said in the clip first (or press Example).');
    clipText.focus();
    return;
  }
  const choice = clipTranscript.value;
  const transcript = choice === 'now' || choice === 'never' ? choice : 'later';
  const body = {
    user: page.me,
    channel: parent.channel,
    threadTs: parent.ts,
    text: clipText.value,
    wordsPerMinute: clipPace(),
    transcript,
    ...(transcript === 'later' ? { afterSeconds: Number(choice) > 0 ? Number(choice) : 3 } : {}),
  };
  clipText.value = '';
  showClipForm(false);
  clipOpen.focus();
  void post('/api/clip', body);
});

byId<HTMLSelectElement>('person').addEventListener('change', (event) => {
  page.me = (event.target as HTMLSelectElement).value;
  localStorage.setItem('lp-playground-person', page.me);
  page.drawnModal = '';
  connect();
  if (page.screen === 'home' || page.screen === 'messages') void post('/api/home', { user: page.me, tab: page.screen });
});

byId('post-now').addEventListener('click', () => void post('/api/clock/post-now', {}));
byId('advance').addEventListener('click', () => void post('/api/clock/next', { user: page.me }));

// "Try the team programme": a command puts its text in the message box, to edit (a date, a time) and send.
byId('try-list').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLElement>('[data-try]');
  if (button === null) return;
  if (page.screen !== 'channel') byId('nav-channel').click();
  const box = byId<HTMLTextAreaElement>('composer-text');
  box.value = button.dataset.try ?? '';
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
});

connect();
