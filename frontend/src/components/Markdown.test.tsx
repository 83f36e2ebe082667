import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { blocks, Markdown } from './Markdown';

const show = (text: string) =>
  render(
    <MantineProvider>
      <Markdown text={text} />
    </MantineProvider>,
  );

describe('Markdown', () => {
  it('reads headings, lists, quotes and paragraphs', () => {
    expect(blocks('# Goals\n- one\n- two\n\n1. first\n2. second\n> said\nplain\nnext line').map((b) => b.kind)).toEqual([
      'heading',
      'bullets',
      'numbers',
      'quote',
      'paragraph',
    ]);
  });

  it('formats bold, italic, code and safe links', () => {
    show('**Cut costs** by *10 %* with `SAP` — see [the deck](https://example.com/deck)');
    expect(screen.getByText('Cut costs').tagName).toBe('STRONG');
    expect(screen.getByText('10 %').tagName).toBe('EM');
    expect(screen.getByText('SAP').tagName).toBe('CODE');
    expect(screen.getByRole('link', { name: 'the deck' })).toHaveAttribute('href', 'https://example.com/deck');
  });

  it('never renders HTML or unsafe links', () => {
    const { container } = show('<img src=x onerror=alert(1)> <script>alert(1)</script> [x](javascript:alert(1))');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('[x](javascript:alert(1))');
  });
});
