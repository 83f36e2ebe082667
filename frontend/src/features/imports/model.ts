import type { DataImport } from './api';

/** The rows a commit writes: those the preview did not refuse. */
export function validRows(imported: Pick<DataImport, 'willCreate' | 'willUpdate' | 'willLeaveUnchanged'>): number {
  return imported.willCreate + imported.willUpdate + imported.willLeaveUnchanged;
}

/**
 * The refusal of a mapping before it is sent, as a whole sentence, or null when it may be sent: each required entry
 * ("name", or "account_external_id or account_name") needs one of its columns mapped, and no header may fill two
 * columns.
 */
export function mappingProblem(required: readonly string[], mapping: Record<string, string>): string | null {
  for (const entry of required) {
    const anyOf = entry.split(' or ');
    if (!anyOf.some((column) => mapping[column])) {
      return anyOf.length > 1
        ? `Choose the file's column for ${anyOf.join(' or ')}: the import needs one of them.`
        : `Choose the file's column for ${entry}: the import needs it.`;
    }
  }
  const seen = new Map<string, string>();
  for (const [column, header] of Object.entries(mapping)) {
    if (!header) continue;
    const other = seen.get(header);
    if (other) return `The file's column "${header}" fills both ${other} and ${column}; choose it for one of them.`;
    seen.set(header, column);
  }
  return null;
}

/** The mapping as sent: columns left unmapped are left out. */
export function sentMapping(mapping: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter(([, header]) => !!header));
}

/** The file's headers that no column reads, in file order: their values are not imported. */
export function unmappedHeaders(headers: readonly string[], mapping: Record<string, string>): string[] {
  const read = new Set(Object.values(mapping).filter((header) => !!header));
  return headers.filter((header) => !read.has(header));
}

/** What the preview says of a header left out. */
export function notImportedSentence(header: string): string {
  return `Column ${header} is not imported.`;
}
