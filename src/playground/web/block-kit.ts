/**
 * Block Kit to HTML for the playground page: header, section (text, fields, accessory), context, divider, actions,
 * input, image and rich text; buttons, overflow menus, selects, checkboxes, radio buttons and text inputs become plain
 * form controls that carry their block and action ids, so the page can send Slack's interaction payloads.
 * Pure (no DOM) and escaping everything, like mrkdwn.ts.
 */
import { actionIdOf, blockIdOf } from './block-ids.js';
import { escapeHtml } from './html.js';
import { mrkdwnToHtml, plainTextToHtml, type NameDirectory } from './mrkdwn.js';

export interface RenderContext {
  names: NameDirectory;
  /** Block id -> error message under an input block (`response_action: errors`). */
  errors?: Record<string, string>;
}

type Json = Record<string, unknown>;

export function renderBlocks(blocks: unknown[], context: RenderContext): string {
  return blocks.map((block, index) => (isObject(block) ? renderBlock(block, index, context) : '')).join('');
}

/** A text object (`plain_text` or `mrkdwn`) as HTML; anything else renders as nothing. */
export function renderText(value: unknown, names: NameDirectory): string {
  if (!isObject(value) || typeof value.text !== 'string') return '';
  return value.type === 'mrkdwn' ? mrkdwnToHtml(value.text, names) : plainTextToHtml(value.text, value.emoji !== false);
}

function renderBlock(block: Json, index: number, context: RenderContext): string {
  const blockId = blockIdOf(block, index);
  const attrs = `data-block-id="${escapeHtml(blockId)}"`;
  const { names } = context;
  switch (block.type) {
    case 'header':
      return `<div class="bk-block bk-header" ${attrs}>${renderText(block.text, names)}</div>`;
    case 'divider':
      return `<hr class="bk-block bk-divider" ${attrs}>`;
    case 'section': {
      const text = block.text === undefined ? '' : `<div class="bk-text">${renderText(block.text, names)}</div>`;
      const fields = Array.isArray(block.fields)
        ? `<div class="bk-fields">${block.fields.map((f) => `<div class="bk-field">${renderText(f, names)}</div>`).join('')}</div>`
        : '';
      const accessory = isObject(block.accessory)
        ? `<div class="bk-accessory">${renderElement(block.accessory, blockId, actionIdOf(block.accessory, 0), context)}</div>`
        : '';
      return `<div class="bk-block bk-section" ${attrs}><div class="bk-section-body">${text}${fields}</div>${accessory}</div>`;
    }
    case 'context': {
      const elements = Array.isArray(block.elements) ? block.elements.filter(isObject) : [];
      const inner = elements
        .map((e) => (e.type === 'image' ? imageHtml(e, 'bk-context-image') : `<span class="bk-context-text">${renderText(e, names)}</span>`))
        .join('');
      return `<div class="bk-block bk-context" ${attrs}>${inner}</div>`;
    }
    case 'actions': {
      const elements = Array.isArray(block.elements) ? block.elements.filter(isObject) : [];
      const inner = elements.map((e, i) => renderElement(e, blockId, actionIdOf(e, i), context)).join('');
      return `<div class="bk-block bk-actions" ${attrs}>${inner}</div>`;
    }
    case 'input':
      return renderInput(block, blockId, context);
    case 'image': {
      const title = block.title === undefined ? '' : `<figcaption>${renderText(block.title, names)}</figcaption>`;
      return `<figure class="bk-block bk-image" ${attrs}>${imageHtml(block, 'bk-image-box')}${title}</figure>`;
    }
    case 'rich_text':
      return `<div class="bk-block bk-rich-text" ${attrs}>${renderRichText(block.elements, names)}</div>`;
    case 'markdown':
      return `<div class="bk-block bk-markdown" ${attrs}>${mrkdwnToHtml(typeof block.text === 'string' ? block.text : '', names)}</div>`;
    default:
      return `<div class="bk-block bk-unsupported" ${attrs}>The playground does not draw "${escapeHtml(String(block.type))}" blocks.</div>`;
  }
}

function renderInput(block: Json, blockId: string, context: RenderContext): string {
  const element = isObject(block.element) ? block.element : {};
  const actionId = actionIdOf(element, 0);
  const optional = block.optional === true ? '<span class="bk-optional">(optional)</span>' : '';
  const hint = block.hint === undefined ? '' : `<div class="bk-hint">${renderText(block.hint, context.names)}</div>`;
  const error = context.errors?.[blockId];
  const errorHtml = error === undefined ? '' : `<div class="bk-error" role="alert">${escapeHtml(error)}</div>`;
  return (
    `<div class="bk-block bk-input${error === undefined ? '' : ' has-error'}" data-block-id="${escapeHtml(blockId)}"${block.optional === true ? '' : ' data-required'}>` +
    `<label class="bk-label">${renderText(block.label, context.names)} ${optional}</label>` +
    `${renderElement(element, blockId, actionId, context, true)}${hint}${errorHtml}</div>`
  );
}

/** One interactive element; `inInput` marks elements whose value is read on submit rather than sent on change. */
function renderElement(element: Json, blockId: string, actionId: string, context: RenderContext, inInput = false): string {
  const ids = `data-block-id="${escapeHtml(blockId)}" data-action-id="${escapeHtml(actionId)}"`;
  const role = inInput ? 'data-input' : 'data-action';
  const placeholder = isObject(element.placeholder) && typeof element.placeholder.text === 'string' ? element.placeholder.text : '';
  const options = Array.isArray(element.options) ? element.options.filter(isObject) : [];
  switch (element.type) {
    case 'button': {
      const style = element.style === 'primary' || element.style === 'danger' ? ` bk-${element.style}` : '';
      const confirm = isObject(element.confirm) ? ` data-confirm="${escapeHtml(JSON.stringify(confirmText(element.confirm)))}"` : '';
      const url = typeof element.url === 'string' ? ` data-url="${escapeHtml(element.url)}"` : '';
      return `<button type="button" class="bk-button${style}" data-action data-kind="button" ${ids}${confirm}${url}>${renderText(element.text, context.names)}</button>`;
    }
    case 'overflow':
      return (
        `<select class="bk-overflow" aria-label="More actions" data-action data-kind="select" ${ids}>` +
        `<option value="" selected>⋯</option>${optionsHtml(options, [])}</select>`
      );
    case 'static_select':
    case 'multi_static_select': {
      const multiple = element.type === 'multi_static_select';
      const initial = initialValues(element);
      const empty = multiple ? '' : `<option value=""${initial.length === 0 ? ' selected' : ''}>${escapeHtml(placeholder || 'Choose…')}</option>`;
      const groups = Array.isArray(element.option_groups)
        ? element.option_groups
            .filter(isObject)
            .map((g) => `<optgroup label="${escapeHtml(textOf(g.label))}">${optionsHtml(Array.isArray(g.options) ? g.options.filter(isObject) : [], initial)}</optgroup>`)
            .join('')
        : '';
      return `<select class="bk-select" ${role} data-kind="select"${multiple ? ' multiple' : ''} ${ids}>${empty}${optionsHtml(options, initial)}${groups}</select>`;
    }
    case 'checkboxes':
    case 'radio_buttons': {
      const type = element.type === 'checkboxes' ? 'checkbox' : 'radio';
      const initial = initialValues(element);
      const name = `${blockId}::${actionId}`;
      const items = options
        .map((o) => {
          const value = typeof o.value === 'string' ? o.value : '';
          const checked = initial.includes(value) ? ' checked' : '';
          const description = o.description === undefined ? '' : `<span class="bk-option-description">${renderText(o.description, context.names)}</span>`;
          return `<label class="bk-choice"><input type="${type}" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${checked} ${role} data-kind="${type}" ${ids}> ${renderText(o.text, context.names)}${description}</label>`;
        })
        .join('');
      return `<div class="bk-choices">${items}</div>`;
    }
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'number_input': {
      const value = typeof element.initial_value === 'string' ? element.initial_value : '';
      const max = typeof element.max_length === 'number' ? ` maxlength="${element.max_length}"` : '';
      const common = `class="bk-text-input" ${role} data-kind="text" ${ids} placeholder="${escapeHtml(placeholder)}"${max}`;
      if (element.multiline === true) return `<textarea rows="6" ${common}>${escapeHtml(value)}</textarea>`;
      const type = element.type === 'email_text_input' ? 'email' : element.type === 'url_text_input' ? 'url' : element.type === 'number_input' ? 'number' : 'text';
      return `<input type="${type}" ${common} value="${escapeHtml(value)}">`;
    }
    case 'datepicker': {
      const value = typeof element.initial_date === 'string' ? element.initial_date : '';
      return `<input type="date" class="bk-text-input" ${role} data-kind="date" ${ids} value="${escapeHtml(value)}">`;
    }
    case 'timepicker': {
      const value = typeof element.initial_time === 'string' ? element.initial_time : '';
      return `<input type="time" class="bk-text-input" ${role} data-kind="date" ${ids} value="${escapeHtml(value)}">`;
    }
    case 'image':
      return imageHtml(element, 'bk-accessory-image');
    default:
      return `<span class="bk-unsupported">[${escapeHtml(String(element.type))}]</span>`;
  }
}

function optionsHtml(options: Json[], selected: string[]): string {
  return options
    .map((o) => {
      const value = typeof o.value === 'string' ? o.value : '';
      return `<option value="${escapeHtml(value)}"${selected.includes(value) ? ' selected' : ''}>${escapeHtml(textOf(o.text))}</option>`;
    })
    .join('');
}

function initialValues(element: Json): string[] {
  const one = isObject(element.initial_option) ? [element.initial_option] : [];
  const many = Array.isArray(element.initial_options) ? element.initial_options.filter(isObject) : [];
  return [...one, ...many].map((o) => (typeof o.value === 'string' ? o.value : ''));
}

/** Images are never fetched (the page works offline); their alt text stands in. */
function imageHtml(image: Json, className: string): string {
  const alt = typeof image.alt_text === 'string' ? image.alt_text : 'image';
  return `<span class="${className}" role="img" aria-label="${escapeHtml(alt)}">🖼 ${escapeHtml(alt)}</span>`;
}

function confirmText(confirm: Json): { title: string; text: string; confirm: string; deny: string } {
  return {
    title: textOf(confirm.title) || 'Are you sure?',
    text: textOf(confirm.text),
    confirm: textOf(confirm.confirm) || 'Yes',
    deny: textOf(confirm.deny) || 'Cancel',
  };
}

/** Rich text (what people's messages carry): sections, lists, quotes and preformatted runs, with simple styles. */
function renderRichText(elements: unknown, names: NameDirectory): string {
  if (!Array.isArray(elements)) return '';
  return elements
    .filter(isObject)
    .map((element) => {
      const inner = renderRichText(element.elements, names);
      switch (element.type) {
        case 'rich_text_section':
          return `<div>${richRuns(element.elements, names)}</div>`;
        case 'rich_text_list': {
          const tag = element.style === 'ordered' ? 'ol' : 'ul';
          const items = Array.isArray(element.elements) ? element.elements.filter(isObject) : [];
          return `<${tag}>${items.map((item) => `<li>${richRuns(item.elements, names)}</li>`).join('')}</${tag}>`;
        }
        case 'rich_text_quote':
          return `<blockquote class="mk-quote">${richRuns(element.elements, names)}</blockquote>`;
        case 'rich_text_preformatted':
          return `<pre class="mk-pre">${richRuns(element.elements, names)}</pre>`;
        default:
          return inner;
      }
    })
    .join('');
}

function richRuns(elements: unknown, names: NameDirectory): string {
  if (!Array.isArray(elements)) return '';
  return elements
    .filter(isObject)
    .map((run) => {
      let html: string;
      switch (run.type) {
        case 'text':
          html = escapeHtml(typeof run.text === 'string' ? run.text : '').replace(/\n/g, '<br>');
          break;
        case 'link':
          html = mrkdwnToHtml(`<${String(run.url)}${typeof run.text === 'string' ? `|${run.text}` : ''}>`, names);
          break;
        case 'user':
          html = mrkdwnToHtml(`<@${String(run.user_id)}>`, names);
          break;
        case 'channel':
          html = mrkdwnToHtml(`<#${String(run.channel_id)}>`, names);
          break;
        case 'emoji':
          html = mrkdwnToHtml(`:${String(run.name)}:`, names);
          break;
        case 'broadcast':
          html = mrkdwnToHtml(`<!${String(run.range)}>`, names);
          break;
        default:
          html = '';
      }
      const style = isObject(run.style) ? run.style : {};
      if (style.code === true) html = `<code class="mk-code">${html}</code>`;
      if (style.bold === true) html = `<strong>${html}</strong>`;
      if (style.italic === true) html = `<em>${html}</em>`;
      if (style.strike === true) html = `<del>${html}</del>`;
      return html;
    })
    .join('');
}

function textOf(value: unknown): string {
  return isObject(value) && typeof value.text === 'string' ? value.text : '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
