// Recorded outputs under test/golden/outputs/: compared byte for byte, or rewritten when UPDATE_GOLDEN=1.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export const OUTPUTS = join(__dirname, 'outputs');
export const UPDATING = process.env.UPDATE_GOLDEN === '1';
const RECORD = 'npm run build && UPDATE_GOLDEN=1 node test/run-all.mjs --no-e2e';

/** The recorded files this run wrote (update mode), reported once at the end. */
export const rewritten: string[] = [];

/**
 * A line as JSON shows it, so that a tab, a CR or a non-breaking space is visible in a failure; a long
 * line is cut to a window around `column`.
 */
function shown(line: string | undefined, column: number): string {
  if (line === undefined) return '(end of file)';
  if (line.length <= 160) return JSON.stringify(line);
  const from = Math.max(0, column - 60);
  return `${from > 0 ? '…' : ''}${JSON.stringify(line.slice(from, from + 160))}${from + 160 < line.length ? '…' : ''}`;
}

/** Where two texts first differ: line and column (1-based) and both lines, or '' when they are equal. */
export function firstDifference(recorded: string, actual: string): string {
  if (recorded === actual) return '';
  const a = recorded.split('\n');
  const b = actual.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const x = a[line] ?? '';
  const y = b[line] ?? '';
  let column = 0;
  while (column < x.length && column < y.length && x[column] === y[column]) column++;
  return [
    `first difference at line ${line + 1}, column ${column + 1}:`,
    `  recorded: ${shown(a[line], column)}`,
    `  actual:   ${shown(b[line], column)}`,
  ].join('\n');
}

/**
 * `actual` must equal the recorded file `name` (a path under outputs/) byte for byte; `what` says which
 * producer made it, for the failure message. In update mode the file is (re)written when it differs,
 * unless `record` is false: a second producer (the bundle) is always compared with what the first wrote.
 */
export function expectRecorded(name: string, actual: string, what = '', record = true): void {
  const file = join(OUTPUTS, name);
  const bytes = Buffer.from(actual, 'utf8');
  const recorded = existsSync(file) ? readFileSync(file) : undefined;
  if (UPDATING && record) {
    if (recorded && recorded.equals(bytes)) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    rewritten.push(name);
    return;
  }
  const label = what ? ` (${what})` : '';
  if (!recorded) throw new Error(`${name}${label}: nothing recorded yet; to record it: ${RECORD}`);
  if (recorded.equals(bytes)) return;
  const where = firstDifference(recorded.toString('utf8'), actual)
    || 'the texts are equal once decoded: the recorded file is not valid UTF-8';
  throw new Error(`${name}${label} differs from the recorded output (${recorded.length} bytes recorded, ${bytes.length} now)\n${where}\nif the change is intended, record it (${RECORD}) and review the diff of test/golden/outputs`);
}

/** A recorded file read back (for inputs recorded alongside the outputs, such as the hover positions). */
export function readRecorded(name: string): string | undefined {
  const file = join(OUTPUTS, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]);
}

/** Recorded files no case produces any more: an error, or deleted in update mode. */
export function strayRecordings(expected: ReadonlySet<string>): string[] {
  const stray = filesUnder(OUTPUTS).map((f) => relative(OUTPUTS, f).split(sep).join('/')).filter((f) => !expected.has(f));
  if (UPDATING) for (const f of stray) rmSync(join(OUTPUTS, f));
  return UPDATING ? [] : stray.sort();
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(source).sort().map((k) => [k, sortedKeys(source[k])]));
}

/** JSON with object keys sorted at every level (array order kept: it is part of the output), 2-space indent. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value), null, 2) + '\n';
}
