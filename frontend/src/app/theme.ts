import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // A table wider than the page scrolls sideways; its scrollbar shows whenever it does (not only on hover),
    // so columns past the right edge never look as if they were missing. A plain object, not
    // TableScrollContainer.extend: importing the table here would put it in every page's bundle, the
    // customer's survey page too.
    TableScrollContainer: { defaultProps: { scrollAreaProps: { type: 'auto' } } },
  },
});
