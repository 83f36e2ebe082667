import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Arrow keys move a picked-up card a whole column at a time (left/right), so a keyboard user
 * reaches any stage in a few presses; up/down are not needed on a board without ordering.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((c): c is { id: typeof c.id; rect: NonNullable<typeof c.rect> } => !!c.rect)
    .sort((a, b) => a.rect.left - b.rect.left);
  if (!columns.length) return undefined;
  const centerX = collisionRect.left + collisionRect.width / 2;
  let index = over ? columns.findIndex((c) => c.id === over.id) : -1;
  if (index < 0) index = columns.findIndex((c) => centerX >= c.rect.left && centerX <= c.rect.left + c.rect.width);
  if (index < 0) index = 0;
  const nextIndex = event.code === KeyboardCode.Right ? Math.min(index + 1, columns.length - 1) : Math.max(index - 1, 0);
  const target = columns[nextIndex];
  if (!target || nextIndex === index) return currentCoordinates;
  return {
    x: target.rect.left + Math.max(0, (target.rect.width - collisionRect.width) / 2),
    y: Math.max(target.rect.top + 8, Math.min(currentCoordinates.y, target.rect.top + target.rect.height - collisionRect.height)),
  };
};
