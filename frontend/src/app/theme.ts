import { createTheme, TableScrollContainer } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // A table wider than the page scrolls sideways; its scrollbar shows whenever it does (not only on hover),
    // so columns past the right edge never look as if they were missing.
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { scrollAreaProps: { type: 'auto' } } }),
  },
});
