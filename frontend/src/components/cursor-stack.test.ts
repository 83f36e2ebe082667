import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { firstPage, nextPage, previousPage, useCursorStack } from './cursor-stack';

describe('cursor stack', () => {
  it('goes forward and back through the cursors it was given', () => {
    let s = nextPage(firstPage, 'c2');
    s = nextPage(s, 'c3');
    expect(s).toEqual({ stack: [undefined, 'c2'], cursor: 'c3' });
    s = previousPage(s);
    expect(s.cursor).toBe('c2');
    s = previousPage(s);
    expect(s).toEqual(firstPage);
    expect(previousPage(s)).toBe(s);
  });

  it('starts over when the query changes', () => {
    const { result, rerender } = renderHook(({ k }) => useCursorStack(k), { initialProps: { k: 'a' } });
    act(() => result.current.next('c2'));
    expect(result.current).toMatchObject({ cursor: 'c2', pageNumber: 2, hasPrevious: true });
    rerender({ k: 'b' });
    expect(result.current).toMatchObject({ cursor: undefined, pageNumber: 1, hasPrevious: false });
  });
});
