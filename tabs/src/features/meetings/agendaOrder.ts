/** Where a move puts an item: after this item id, or first (null). Undefined when it cannot move that way. */
export function afterIdForMove(ids: readonly string[], itemId: string, delta: -1 | 1): string | null | undefined {
  const from = ids.indexOf(itemId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return undefined;
  const without = ids.filter((id) => id !== itemId);
  return to === 0 ? null : (without[to - 1] ?? null);
}

/** Where a drop puts a dragged item: just before the item it was dropped on. */
export function afterIdForDrop(ids: readonly string[], draggedId: string, targetId: string): string | null | undefined {
  if (draggedId === targetId) return undefined;
  const from = ids.indexOf(draggedId);
  const target = ids.indexOf(targetId);
  if (from < 0 || target < 0) return undefined;
  // Dropped on a later item: it goes after that item; on an earlier one: before it.
  if (target > from) return targetId;
  return target === 0 ? null : (ids[target - 1] ?? null);
}
