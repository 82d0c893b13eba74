/**
 * The `state.values` Slack puts in `view_submission` and in-view `block_actions` payloads, built from what the page
 * read out of its inputs and the view's own element definitions (so option objects are exactly the app's).
 */
import { blockIdOf, elementsOf } from './web/block-ids.js';

/** Block id -> action id -> typed text, chosen value(s), or null for nothing chosen. */
export type RawInputValues = Record<string, Record<string, string | string[] | null>>;

/** The element with this block and action id, if the blocks still have it. */
export function findElement(blocks: unknown[], blockId: string, actionId: string): Record<string, unknown> | undefined {
  for (const [index, block] of blocks.entries()) {
    if (!isObject(block) || blockIdOf(block, index) !== blockId) continue;
    return elementsOf(block).find((e) => e.actionId === actionId)?.element;
  }
  return undefined;
}

/** Slack's state shape for every input element (and actions-block select) in `blocks`, filled from `raw`. */
export function stateValuesFor(blocks: unknown[], raw: RawInputValues): Record<string, Record<string, Record<string, unknown>>> {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  blocks.forEach((block, index) => {
    if (!isObject(block) || (block.type !== 'input' && block.type !== 'actions')) return;
    const blockId = blockIdOf(block, index);
    for (const { actionId, element } of elementsOf(block)) {
      const state = elementState(element, raw[blockId]?.[actionId]);
      if (state === undefined) continue;
      values[blockId] = { ...values[blockId], [actionId]: state };
    }
  });
  return values;
}

function elementState(element: Record<string, unknown>, raw: string | string[] | null | undefined): Record<string, unknown> | undefined {
  const type = element.type;
  const options = Array.isArray(element.options) ? element.options.filter(isObject) : [];
  const option = (value: string) => options.find((o) => o.value === value);
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : [];
  switch (type) {
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'number_input': {
      const text = typeof raw === 'string' ? raw : (typeof element.initial_value === 'string' ? element.initial_value : '');
      // Slack sends null for an empty text box.
      return { type, value: text === '' ? null : text };
    }
    case 'static_select':
    case 'radio_buttons': {
      const chosen = list[0] === undefined ? undefined : option(list[0]);
      return { type, selected_option: chosen ?? null };
    }
    case 'multi_static_select':
    case 'checkboxes':
      return { type, selected_options: list.map(option).filter((o) => o !== undefined) };
    case 'datepicker':
      return { type, selected_date: list[0] ?? null };
    case 'timepicker':
      return { type, selected_time: list[0] ?? null };
    default:
      return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
