/**
 * The decisions of a game as CSV for grading: one row per card played, with the team and its
 * rationale. Written to RFC 4180 (CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled), with a byte-order mark so spreadsheet programs read Hangul as UTF-8.
 */
import type { Decision } from '../../engine/debrief';

/** The header row's column keys, in order; their words come from the locale file. */
export const CSV_COLUMNS = [
  'round',
  'roundLabel',
  'team',
  'seat',
  'role',
  'card',
  'label',
  'cost',
  'rationale',
] as const;

const BOM = '\uFEFF';

/** One field, quoted when it must be. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula; student text is made inert
 * with a leading apostrophe (the usual guard against formula injection). Numbers are left alone.
 */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The whole file: a header row (`header` gives each column's words) and one row per decision. */
export function decisionsCsv(
  rows: readonly Decision[],
  header: (column: (typeof CSV_COLUMNS)[number]) => string,
): string {
  const lines = [CSV_COLUMNS.map((c) => csvField(header(c))).join(',')];
  for (const d of rows)
    lines.push(
      [
        d.round,
        inert(d.roundLabel),
        inert(d.team),
        inert(d.seat),
        inert(d.role),
        d.card,
        inert(d.label),
        d.cost,
        inert(d.rationale),
      ]
        .map(csvField)
        .join(','),
    );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
