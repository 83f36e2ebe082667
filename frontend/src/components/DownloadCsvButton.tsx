import { Button } from '@mantine/core';

type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined | null;

/**
 * The URL of a list's CSV export: the list's own filters and sort (repeated parameters for "any of"), without its
 * paging (the export is the whole filtered list), plus format=csv.
 */
export function csvUrl(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'cursor' || name === 'limit' || value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(name, String(one));
  }
  params.set('format', 'csv');
  return `${path}?${params.toString()}`;
}

/**
 * Downloads what a list shows, every page of it, as CSV. A plain link: the browser sends the session cookie with
 * this GET and saves the file the server names (Content-Disposition), streaming it to disk.
 */
export function DownloadCsvButton({ path, query }: { path: string; query: Record<string, QueryValue> }) {
  return (
    <Button component="a" href={csvUrl(path, query)} download variant="default">
      Download CSV
    </Button>
  );
}
