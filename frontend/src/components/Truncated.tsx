import { Box, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';

interface TruncatedProps {
  /** The whole text: shown in the tooltip when it does not fit. */
  text: string;
  /** What to render (a link with the text, say); the text itself when absent. */
  children?: ReactNode;
  /** The widest it may get before it is cut with an ellipsis. */
  maw?: number | string;
}

/**
 * A name on one line, cut with an ellipsis when it is wider than `maw` (a 200-character name must not widen a
 * table or a page), with the whole name in a tooltip on hover or focus. The accessible name stays whole.
 */
export function Truncated({ text, children, maw = '24rem' }: TruncatedProps) {
  const [cut, setCut] = useState(false);
  const measure = (el: HTMLElement) => setCut(el.scrollWidth > el.clientWidth);
  return (
    <Tooltip label={text} disabled={!cut} multiline maw={480} style={{ overflowWrap: 'anywhere' }} openDelay={300}>
      <Box
        component="span"
        display="block"
        maw={maw}
        style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        onMouseEnter={(e) => measure(e.currentTarget)}
        onFocus={(e) => measure(e.currentTarget)}
      >
        {children ?? text}
      </Box>
    </Tooltip>
  );
}
