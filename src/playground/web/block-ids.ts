/**
 * Slack gives blocks and elements without ids generated ones; the page and the server must agree on them, so both
 * name a missing `block_id` by the block's position and a missing `action_id` by the element's.
 */
export function blockIdOf(block: Record<string, unknown>, index: number): string {
  return typeof block.block_id === 'string' && block.block_id !== '' ? block.block_id : `_block${index}`;
}

export function actionIdOf(element: Record<string, unknown>, index: number): string {
  return typeof element.action_id === 'string' && element.action_id !== '' ? element.action_id : `_action${index}`;
}

/** The interactive elements of a block with their action ids: actions elements, a section accessory, an input element. */
export function elementsOf(block: Record<string, unknown>): { actionId: string; element: Record<string, unknown> }[] {
  const candidates: unknown[] =
    block.type === 'actions' && Array.isArray(block.elements)
      ? block.elements
      : block.type === 'section'
        ? [block.accessory]
        : block.type === 'input'
          ? [block.element]
          : [];
  const found: { actionId: string; element: Record<string, unknown> }[] = [];
  candidates.forEach((candidate, index) => {
    if (typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate)) {
      const element = candidate as Record<string, unknown>;
      found.push({ actionId: actionIdOf(element, index), element });
    }
  });
  return found;
}
