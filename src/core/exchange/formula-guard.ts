/**
 * Spreadsheets run a cell that starts with =, +, - or @ (or a tab or carriage return) as a
 * formula: `=HYPERLINK(...)` or `=cmd|...` in a downloaded file would act when opened. Every CSV
 * and TSV the library writes passes its cells through `guardCell`, which puts a quote in front;
 * files read back pass through `unguardCell`, so an export re-imported gives the same text.
 *
 * A cell that already starts with quotes before such a character gets one more, so that text
 * which really begins with `'=` also survives the round trip.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
