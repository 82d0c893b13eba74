import { describe, expect, it } from 'vitest';
import { findBlockKitProblems } from '../../src/local-slack/block-kit-limits.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const section = (text = 'hi') => ({ type: 'section', text: mrkdwn(text) });
const button = (extra: Record<string, unknown> = {}) => ({ type: 'button', text: plain('Vote'), action_id: 'vote', value: 'v', ...extra });
const option = (text = 'One', value = '1') => ({ text: plain(text), value });
const modal = (extra: Record<string, unknown> = {}) => ({ type: 'modal', title: plain('Practice'), blocks: [section()], ...extra });
const message = (...blocks: unknown[]) => ({ text: 'fallback', blocks });

/** The problems for `payload`, asserting there is exactly one and it points at `pointer`. */
function onlyProblem(surface: 'message' | 'modal' | 'home', payload: unknown, pointer: string): string {
  const problems = findBlockKitProblems(surface, payload);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^\[ERROR\] .+ \[json-pointer:.+\]$/);
  expect(problems[0]).toContain(`[json-pointer:${pointer}]`);
  return problems[0] ?? '';
}

describe('findBlockKitProblems: payloads within limits', () => {
  it('finds nothing in a realistic message, modal and home view', () => {
    const blocks = [
      { type: 'header', text: plain('h'.repeat(150)) },
      { type: 'section', text: mrkdwn('s'.repeat(3000)), accessory: button() },
      { type: 'section', fields: Array.from({ length: 10 }, () => mrkdwn('f'.repeat(2000))) },
      { type: 'divider' },
      { type: 'context', elements: Array.from({ length: 10 }, () => mrkdwn('c')) },
      { type: 'actions', elements: Array.from({ length: 25 }, (_, i) => button({ action_id: `a${i}`, text: plain('b'.repeat(75)), value: 'v'.repeat(2000) })) },
      { type: 'actions', elements: [{ type: 'static_select', action_id: 's', options: Array.from({ length: 100 }, () => option('o'.repeat(75), 'v'.repeat(75))) }] },
    ];
    expect(findBlockKitProblems('message', message(...blocks))).toEqual([]);
    expect(findBlockKitProblems('message', { text: 'x'.repeat(40_000) })).toEqual([]);
    const input = { type: 'input', label: plain('Your answer'), element: { type: 'plain_text_input', action_id: 'answer', multiline: true, max_length: 3000 } };
    const view = modal({ title: plain('t'.repeat(24)), submit: plain('s'.repeat(24)), close: plain('c'.repeat(24)), private_metadata: 'm'.repeat(3000), blocks: [input] });
    expect(findBlockKitProblems('modal', view)).toEqual([]);
    expect(findBlockKitProblems('home', { type: 'home', blocks: Array.from({ length: 100 }, () => section()) })).toEqual([]);
  });
});

describe('findBlockKitProblems: each limit', () => {
  it('blocks per message: 50', () => {
    onlyProblem('message', message(...Array.from({ length: 51 }, () => section())), '/blocks');
  });

  it('blocks per modal and per home tab: 100', () => {
    onlyProblem('modal', modal({ blocks: Array.from({ length: 101 }, () => section()) }), '/blocks');
    onlyProblem('home', { type: 'home', blocks: Array.from({ length: 101 }, () => section()) }, '/blocks');
  });

  it('section text: 3000', () => {
    expect(onlyProblem('message', message(section('s'.repeat(3001))), '/blocks/0/text/text')).toContain('3000');
  });

  it('section fields: at most 10, each 2000', () => {
    onlyProblem('message', message({ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }), '/blocks/0/fields');
    onlyProblem('message', message({ type: 'section', fields: [mrkdwn('f'.repeat(2001))] }), '/blocks/0/fields/0/text');
  });

  it('header text: 150, plain_text only', () => {
    onlyProblem('message', message({ type: 'header', text: plain('h'.repeat(151)) }), '/blocks/0/text/text');
    onlyProblem('message', message({ type: 'header', text: mrkdwn('*h*') }), '/blocks/0/text/type');
  });

  it('button text 75, value 2000, action_id 255', () => {
    const actions = (b: unknown) => message({ type: 'actions', elements: [b] });
    onlyProblem('message', actions(button({ text: plain('b'.repeat(76)) })), '/blocks/0/elements/0/text/text');
    onlyProblem('message', actions(button({ value: 'v'.repeat(2001) })), '/blocks/0/elements/0/value');
    onlyProblem('message', actions(button({ action_id: 'a'.repeat(256) })), '/blocks/0/elements/0/action_id');
  });

  it('block_id: 255, and unique within the surface', () => {
    onlyProblem('message', message({ ...section(), block_id: 'b'.repeat(256) }), '/blocks/0/block_id');
    onlyProblem('message', message({ ...section(), block_id: 'same' }, { ...section(), block_id: 'same' }), '/blocks/1/block_id');
  });

  it('option text 75 and value 75; static_select options 100', () => {
    const select = (options: unknown[]) => message({ type: 'actions', elements: [{ type: 'static_select', action_id: 's', options }] });
    onlyProblem('message', select([option('o'.repeat(76))]), '/blocks/0/elements/0/options/0/text/text');
    onlyProblem('message', select([option('o', 'v'.repeat(76))]), '/blocks/0/elements/0/options/0/value');
    onlyProblem('message', select(Array.from({ length: 101 }, () => option())), '/blocks/0/elements/0/options');
  });

  it('actions elements: 25; context elements: 10', () => {
    onlyProblem('message', message({ type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button({ action_id: `a${i}` })) }), '/blocks/0/elements');
    onlyProblem('message', message({ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }), '/blocks/0/elements');
  });

  it('modal title, submit and close: 24 each', () => {
    onlyProblem('modal', modal({ title: plain('t'.repeat(25)) }), '/title/text');
    onlyProblem('modal', modal({ submit: plain('s'.repeat(25)) }), '/submit/text');
    onlyProblem('modal', modal({ close: plain('c'.repeat(25)) }), '/close/text');
  });

  it('private_metadata: 3000', () => {
    onlyProblem('modal', modal({ private_metadata: 'm'.repeat(3001) }), '/private_metadata');
    onlyProblem('home', { type: 'home', blocks: [section()], private_metadata: 'm'.repeat(3001) }, '/private_metadata');
  });

  it('plain_text_input max_length: at most 3000', () => {
    const input = { type: 'input', label: plain('Answer'), element: { type: 'plain_text_input', action_id: 'a', max_length: 3001 } };
    onlyProblem('modal', modal({ submit: plain('Send'), blocks: [input] }), '/blocks/0/element/max_length');
  });

  it('message text over 40,000 characters (Slack truncates it)', () => {
    expect(onlyProblem('message', { text: 'x'.repeat(40_001) }, '/text')).toContain('truncates');
  });

  it('unknown block type and unknown element type', () => {
    onlyProblem('message', message({ type: 'sectoin', text: mrkdwn('x') }), '/blocks/0/type');
    onlyProblem('message', message({ type: 'actions', elements: [{ type: 'buton', action_id: 'a' }] }), '/blocks/0/elements/0/type');
  });

  it('text objects with the wrong type, or empty', () => {
    onlyProblem('message', message({ type: 'section', text: { type: 'markdown', text: 'x' } }), '/blocks/0/text/type');
    onlyProblem('message', message({ type: 'actions', elements: [button({ text: mrkdwn('*Vote*') })] }), '/blocks/0/elements/0/text/type');
    onlyProblem('message', message(section('')), '/blocks/0/text/text');
    onlyProblem('modal', modal({ title: mrkdwn('Practice') }), '/title/type');
  });

  it('a modal with input blocks needs a submit button; a view needs the right type', () => {
    const input = { type: 'input', label: plain('Answer'), element: { type: 'plain_text_input', action_id: 'a' } };
    onlyProblem('modal', modal({ blocks: [input] }), '/submit');
    onlyProblem('home', { type: 'modal', blocks: [] }, '/type');
  });

  it('prefixes pointers with pointerRoot', () => {
    expect(findBlockKitProblems('modal', modal({ title: plain('t'.repeat(25)) }), { pointerRoot: '/view' })).toEqual([
      expect.stringContaining('[json-pointer:/view/title/text]'),
    ]);
  });
});
