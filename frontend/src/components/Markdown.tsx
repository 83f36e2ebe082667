import { Anchor, Code, List, Text, Title, Typography } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Shows markdown text as formatted text, safely: the text is parsed into React elements (never HTML), so markup in
 * it is shown as the characters typed. Covers what people write in a plan or a note: paragraphs and line breaks,
 * headings (#, ##, ###), bullet (- or *) and numbered (1.) lists, quotes (>), **bold**, *italic* or _italic_,
 * `code`, and [links](https://…) to http, https and mailto addresses only (anything else stays text).
 */
export function Markdown({ text, size = 'sm' }: { text: string; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Typography p={0} style={{ overflowWrap: 'anywhere' }} data-testid="markdown">
      {blocks(text).map((block, i) => renderBlock(block, i, size))}
    </Typography>
  );
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'bullets' | 'numbers'; items: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'paragraph'; lines: string[] };

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBER = /^\s*\d+[.)]\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;

/** The text's blocks, line by line. */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  const last = () => out[out.length - 1];
  let open = false; // whether the last block takes the next line
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      open = false;
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const number = NUMBER.exec(line);
    const quote = QUOTE.exec(line);
    const prev = last();
    if (heading) {
      out.push({ kind: 'heading', level: (heading[1] ?? '#').length as 1 | 2 | 3, text: heading[2] ?? '' });
      open = false;
    } else if (bullet || number) {
      const kind = bullet ? 'bullets' : 'numbers';
      const item = (bullet ?? number)?.[1] ?? '';
      if (open && prev?.kind === kind) prev.items.push(item);
      else out.push({ kind, items: [item] });
      open = true;
    } else if (quote) {
      if (open && prev?.kind === 'quote') prev.lines.push(quote[1] ?? '');
      else out.push({ kind: 'quote', lines: [quote[1] ?? ''] });
      open = true;
    } else if (open && (prev?.kind === 'bullets' || prev?.kind === 'numbers') && /^\s+/.test(line)) {
      prev.items[prev.items.length - 1] += ` ${line.trim()}`;
    } else if (open && prev?.kind === 'paragraph') {
      prev.lines.push(line);
    } else {
      out.push({ kind: 'paragraph', lines: [line] });
      open = true;
    }
  }
  return out;
}

function renderBlock(block: Block, key: number, size: 'xs' | 'sm' | 'md'): ReactNode {
  switch (block.kind) {
    case 'heading':
      return (
        <Title key={key} order={Math.min(6, block.level + 3) as 4 | 5 | 6} mt={key === 0 ? 0 : 'xs'} mb={4}>
          {inline(block.text)}
        </Title>
      );
    case 'bullets':
    case 'numbers':
      return (
        <List key={key} type={block.kind === 'numbers' ? 'ordered' : 'unordered'} size={size} mb="xs" withPadding>
          {block.items.map((item, i) => (
            <List.Item key={i}>{inline(item)}</List.Item>
          ))}
        </List>
      );
    case 'quote':
      return (
        <Text key={key} size={size} c="dimmed" mb="xs" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
          {lines(block.lines)}
        </Text>
      );
    case 'paragraph':
      return (
        <Text key={key} size={size} mb="xs">
          {lines(block.lines)}
        </Text>
      );
  }
}

function lines(ls: string[]): ReactNode[] {
  return ls.flatMap((l, i) => (i === 0 ? [inline(l, `l${i}`)] : [<br key={`b${i}`} />, inline(l, `l${i}`)]));
}

const TOKEN = /(`[^`]+`)|(\*\*[^*]+\*\*)|(__[^_]+__)|(\*[^*\s][^*]*\*)|(_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/g;
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** One line's inline marks; text outside them is shown as typed. */
export function inline(text: string, keyPrefix = 'i'): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  let n = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    if (start > at) parts.push(text.slice(at, start));
    const token = match[0];
    const key = `${keyPrefix}-${n++}`;
    if (token.startsWith('`')) {
      parts.push(<Code key={key}>{token.slice(1, -1)}</Code>);
    } else if (token.startsWith('**') || token.startsWith('__')) {
      parts.push(<strong key={key}>{inline(token.slice(2, -2), key)}</strong>);
    } else if (token.startsWith('*') || token.startsWith('_')) {
      parts.push(<em key={key}>{inline(token.slice(1, -1), key)}</em>);
    } else {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      const [label, href] = link ? [link[1] ?? '', link[2] ?? ''] : [token, ''];
      parts.push(
        SAFE_URL.test(href) ? (
          <Anchor key={key} href={href} target="_blank" rel="noopener noreferrer">
            {label}
          </Anchor>
        ) : (
          token
        ),
      );
    }
    at = start + token.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : <span key={keyPrefix}>{parts}</span>;
}
