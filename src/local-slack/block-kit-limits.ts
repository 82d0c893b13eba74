/**
 * Slack's documented Block Kit limits, checked offline. Slack's own validator (`blocks.validate`) needs the network, so
 * the local Web API stand-in rejects what Slack would reject with this, and app tests assert their own views with it.
 *
 * Each problem reads like the messages Slack puts in `response_metadata.messages`:
 * `[ERROR] <what is wrong> [json-pointer:/blocks/0/text/text]`.
 */

export type BlockKitSurface = 'message' | 'modal' | 'home';

export interface BlockKitCheckOptions {
  /** Prefix for every json-pointer, e.g. `/view` when the payload is the `view` argument of `views.open`. */
  pointerRoot?: string;
}

export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  actionId: 255,
  blockId: 255,
  callbackId: 255,
  optionText: 75,
  optionValue: 75,
  selectOptions: 100,
  overflowOptions: 5,
  checkboxOptions: 10,
  actionsElements: 25,
  contextElements: 10,
  placeholderText: 150,
  inputLabel: 2000,
  inputHint: 2000,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  privateMetadata: 3000,
  plainTextInputLength: 3000,
  imageAltText: 2000,
  messageText: 40_000,
} as const;

const BLOCK_TYPES = new Set([
  'actions',
  'context',
  'divider',
  'file',
  'header',
  'image',
  'input',
  'markdown',
  'rich_text',
  'section',
  'video',
]);

const SELECT_TYPES = new Set(['static_select', 'multi_static_select']);
const OTHER_ELEMENT_TYPES = new Set([
  'checkboxes',
  'radio_buttons',
  'overflow',
  'datepicker',
  'datetimepicker',
  'timepicker',
  'email_text_input',
  'url_text_input',
  'number_input',
  'image',
  'users_select',
  'multi_users_select',
  'conversations_select',
  'multi_conversations_select',
  'channels_select',
  'multi_channels_select',
  'external_select',
  'multi_external_select',
  'rich_text_input',
  'file_input',
  'workflow_button',
]);

type Json = Record<string, unknown>;

/** Every Block Kit limit `payload` breaks on `surface`; an empty list means Slack would accept it. */
export function findBlockKitProblems(surface: BlockKitSurface, payload: unknown, options: BlockKitCheckOptions = {}): string[] {
  const check = new Checker(options.pointerRoot ?? '');
  if (!isObject(payload)) {
    check.fail('', 'payload must be an object');
    return check.problems;
  }
  if (surface === 'message') checkMessage(check, payload);
  else checkView(check, surface, payload);
  return check.problems;
}

class Checker {
  readonly problems: string[] = [];
  readonly blockIds = new Set<string>();
  constructor(private readonly root: string) {}

  fail(pointer: string, message: string): void {
    this.problems.push(`[ERROR] ${message} [json-pointer:${this.root}${pointer}]`);
  }

  maxLength(pointer: string, value: unknown, limit: number, what: string): void {
    if (typeof value === 'string' && value.length > limit) {
      this.fail(pointer, `${what} must be at most ${limit} characters (got ${value.length})`);
    }
  }

  maxItems(pointer: string, value: unknown, limit: number, what: string): void {
    if (Array.isArray(value) && value.length > limit) {
      this.fail(pointer, `${what} must have at most ${limit} items (got ${value.length})`);
    }
  }

  /** A text object: `{ type: 'plain_text' | 'mrkdwn', text }`, non-empty, within `limit`. */
  text(pointer: string, value: unknown, limit: number, what: string, allowed: 'plain_text' | 'any'): void {
    if (!isObject(value)) {
      this.fail(pointer, `${what} must be a text object ({ type, text })`);
      return;
    }
    const types = allowed === 'plain_text' ? ['plain_text'] : ['plain_text', 'mrkdwn'];
    if (typeof value.type !== 'string' || !types.includes(value.type)) {
      this.fail(`${pointer}/type`, `${what} must have type ${types.join(' or ')} (got ${JSON.stringify(value.type)})`);
    }
    if (typeof value.text !== 'string' || value.text.length === 0) {
      this.fail(`${pointer}/text`, `${what} must be a non-empty string`);
      return;
    }
    this.maxLength(`${pointer}/text`, value.text, limit, what);
  }

  optionalText(pointer: string, value: unknown, limit: number, what: string, allowed: 'plain_text' | 'any'): void {
    if (value !== undefined) this.text(pointer, value, limit, what, allowed);
  }
}

function checkMessage(check: Checker, payload: Json): void {
  check.maxLength('/text', payload.text, BLOCK_KIT_LIMITS.messageText, 'message text (Slack truncates longer text)');
  if (payload.blocks === undefined) return;
  checkBlocks(check, payload.blocks, BLOCK_KIT_LIMITS.blocksPerMessage, 'a message');
}

function checkView(check: Checker, surface: 'modal' | 'home', view: Json): void {
  if (view.type !== surface) check.fail('/type', `view type must be "${surface}" (got ${JSON.stringify(view.type)})`);
  if (surface === 'modal') {
    check.text('/title', view.title, BLOCK_KIT_LIMITS.viewTitle, 'modal title', 'plain_text');
    check.optionalText('/submit', view.submit, BLOCK_KIT_LIMITS.viewSubmit, 'modal submit', 'plain_text');
    check.optionalText('/close', view.close, BLOCK_KIT_LIMITS.viewClose, 'modal close', 'plain_text');
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObject(b) && b.type === 'input');
    if (hasInput && view.submit === undefined) check.fail('/submit', 'a modal with input blocks must have a submit button');
  }
  check.maxLength('/private_metadata', view.private_metadata, BLOCK_KIT_LIMITS.privateMetadata, 'private_metadata');
  check.maxLength('/callback_id', view.callback_id, BLOCK_KIT_LIMITS.callbackId, 'callback_id');
  if (view.blocks === undefined) {
    check.fail('/blocks', 'a view must have blocks');
    return;
  }
  checkBlocks(check, view.blocks, BLOCK_KIT_LIMITS.blocksPerView, `a ${surface} view`);
}

function checkBlocks(check: Checker, blocks: unknown, limit: number, where: string): void {
  if (!Array.isArray(blocks)) {
    check.fail('/blocks', 'blocks must be an array');
    return;
  }
  check.maxItems('/blocks', blocks, limit, `blocks in ${where}`);
  blocks.forEach((block, i) => checkBlock(check, `/blocks/${i}`, block));
}

function checkBlock(check: Checker, at: string, block: unknown): void {
  if (!isObject(block)) {
    check.fail(at, 'a block must be an object');
    return;
  }
  if (typeof block.type !== 'string' || !BLOCK_TYPES.has(block.type)) {
    check.fail(`${at}/type`, `unknown block type ${JSON.stringify(block.type)}`);
    return;
  }
  if (block.block_id !== undefined) {
    check.maxLength(`${at}/block_id`, block.block_id, BLOCK_KIT_LIMITS.blockId, 'block_id');
    if (typeof block.block_id === 'string') {
      if (check.blockIds.has(block.block_id)) check.fail(`${at}/block_id`, `duplicate block_id ${JSON.stringify(block.block_id)}`);
      check.blockIds.add(block.block_id);
    }
  }
  switch (block.type) {
    case 'section':
      return checkSection(check, at, block);
    case 'header':
      return check.text(`${at}/text`, block.text, BLOCK_KIT_LIMITS.headerText, 'header text', 'plain_text');
    case 'context':
      return checkContext(check, at, block);
    case 'actions':
      return checkActions(check, at, block);
    case 'input':
      check.text(`${at}/label`, block.label, BLOCK_KIT_LIMITS.inputLabel, 'input label', 'plain_text');
      check.optionalText(`${at}/hint`, block.hint, BLOCK_KIT_LIMITS.inputHint, 'input hint', 'plain_text');
      if (block.element === undefined) check.fail(`${at}/element`, 'an input block must have an element');
      else checkElement(check, `${at}/element`, block.element);
      return;
    case 'image':
      return checkImage(check, at, block);
    default:
      return;
  }
}

function checkSection(check: Checker, at: string, block: Json): void {
  if (block.text === undefined && block.fields === undefined) {
    check.fail(at, 'a section block must have text or fields');
  }
  check.optionalText(`${at}/text`, block.text, BLOCK_KIT_LIMITS.sectionText, 'section text', 'any');
  if (block.fields !== undefined) {
    if (!Array.isArray(block.fields)) check.fail(`${at}/fields`, 'section fields must be an array');
    else {
      check.maxItems(`${at}/fields`, block.fields, BLOCK_KIT_LIMITS.sectionFields, 'section fields');
      block.fields.forEach((field, i) =>
        check.text(`${at}/fields/${i}`, field, BLOCK_KIT_LIMITS.sectionFieldText, 'section field', 'any'),
      );
    }
  }
  if (block.accessory !== undefined) checkElement(check, `${at}/accessory`, block.accessory);
}

function checkContext(check: Checker, at: string, block: Json): void {
  if (!Array.isArray(block.elements) || block.elements.length === 0) {
    check.fail(`${at}/elements`, 'a context block must have at least one element');
    return;
  }
  check.maxItems(`${at}/elements`, block.elements, BLOCK_KIT_LIMITS.contextElements, 'context elements');
  block.elements.forEach((element, i) => {
    const pointer = `${at}/elements/${i}`;
    if (isObject(element) && element.type === 'image') checkImage(check, pointer, element);
    else check.text(pointer, element, BLOCK_KIT_LIMITS.sectionText, 'context text', 'any');
  });
}

function checkActions(check: Checker, at: string, block: Json): void {
  if (!Array.isArray(block.elements) || block.elements.length === 0) {
    check.fail(`${at}/elements`, 'an actions block must have at least one element');
    return;
  }
  check.maxItems(`${at}/elements`, block.elements, BLOCK_KIT_LIMITS.actionsElements, 'actions elements');
  block.elements.forEach((element, i) => checkElement(check, `${at}/elements/${i}`, element));
}

function checkImage(check: Checker, at: string, image: Json): void {
  if (typeof image.alt_text !== 'string' || image.alt_text.length === 0) check.fail(`${at}/alt_text`, 'an image must have alt_text');
  check.maxLength(`${at}/alt_text`, image.alt_text, BLOCK_KIT_LIMITS.imageAltText, 'image alt_text');
  check.maxLength(`${at}/image_url`, image.image_url, BLOCK_KIT_LIMITS.url, 'image_url');
}

function checkElement(check: Checker, at: string, element: unknown): void {
  if (!isObject(element) || typeof element.type !== 'string') {
    check.fail(at, 'an element must be an object with a type');
    return;
  }
  check.maxLength(`${at}/action_id`, element.action_id, BLOCK_KIT_LIMITS.actionId, 'action_id');
  check.optionalText(`${at}/placeholder`, element.placeholder, BLOCK_KIT_LIMITS.placeholderText, 'placeholder', 'plain_text');
  const type = element.type;
  if (type === 'button') {
    check.text(`${at}/text`, element.text, BLOCK_KIT_LIMITS.buttonText, 'button text', 'plain_text');
    check.maxLength(`${at}/value`, element.value, BLOCK_KIT_LIMITS.buttonValue, 'button value');
    check.maxLength(`${at}/url`, element.url, BLOCK_KIT_LIMITS.url, 'button url');
  } else if (type === 'plain_text_input') {
    checkInputLength(check, at, element);
  } else if (SELECT_TYPES.has(type)) {
    checkOptions(check, at, element, BLOCK_KIT_LIMITS.selectOptions, 'plain_text');
  } else if (type === 'overflow') {
    checkOptions(check, at, element, BLOCK_KIT_LIMITS.overflowOptions, 'plain_text');
  } else if (type === 'checkboxes' || type === 'radio_buttons') {
    checkOptions(check, at, element, BLOCK_KIT_LIMITS.checkboxOptions, 'any');
  } else if (type === 'image') {
    checkImage(check, at, element);
  } else if (!OTHER_ELEMENT_TYPES.has(type)) {
    check.fail(`${at}/type`, `unknown element type ${JSON.stringify(type)}`);
  }
}

function checkInputLength(check: Checker, at: string, element: Json): void {
  const limit = BLOCK_KIT_LIMITS.plainTextInputLength;
  for (const key of ['max_length', 'min_length'] as const) {
    const value = element[key];
    if (typeof value === 'number' && value > limit) check.fail(`${at}/${key}`, `plain_text_input ${key} must be at most ${limit} (got ${value})`);
  }
}

function checkOptions(check: Checker, at: string, element: Json, limit: number, textType: 'plain_text' | 'any'): void {
  if (element.options === undefined) {
    if (Array.isArray(element.option_groups)) {
      element.option_groups.forEach((group, g) => {
        if (isObject(group)) checkOptionList(check, `${at}/option_groups/${g}/options`, group.options, limit, textType);
      });
    }
    return;
  }
  checkOptionList(check, `${at}/options`, element.options, limit, textType);
}

function checkOptionList(check: Checker, at: string, options: unknown, limit: number, textType: 'plain_text' | 'any'): void {
  if (!Array.isArray(options)) {
    check.fail(at, 'options must be an array');
    return;
  }
  check.maxItems(at, options, limit, 'options');
  options.forEach((option, i) => {
    const pointer = `${at}/${i}`;
    if (!isObject(option)) {
      check.fail(pointer, 'an option must be an object');
      return;
    }
    check.text(`${pointer}/text`, option.text, BLOCK_KIT_LIMITS.optionText, 'option text', textType);
    check.maxLength(`${pointer}/value`, option.value, BLOCK_KIT_LIMITS.optionValue, 'option value');
    check.optionalText(`${pointer}/description`, option.description, BLOCK_KIT_LIMITS.optionText, 'option description', textType);
  });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
