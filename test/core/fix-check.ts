import { applyEdits, fixText, lint, type Finding, type FixPass, type LintOptions, type TextEdit } from '../../server/src/core/lint';
import { editsAreSound } from '../../server/src/core/text/edits';

/**
 * What a safe `--fix` must never do, checked on every pass of `fixText` through the edits it applied
 * (issue 16). Each problem comes back as one line naming the pass, the rule and what went wrong.
 */

type Break = '\r\n' | '\r' | '\n';
const BREAKS: readonly Break[] = ['\r\n', '\r', '\n'];
const NAMES: Record<Break, string> = { '\r\n': 'CRLF', '\r': 'CR', '\n': 'LF' };

export function countBreaks(text: string): Record<Break, number> {
  const counts: Record<Break, number> = { '\r\n': 0, '\r': 0, '\n': 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') { counts['\r\n']++; i++; } else if (c === '\r' || c === '\n') counts[c]++;
  }
  return counts;
}

/** The kinds of line break a fix may add to this text: its most frequent ones (LF when it has none). */
function allowedBreaks(text: string): Break[] {
  const counts = countBreaks(text);
  const most = Math.max(...BREAKS.map((b) => counts[b]));
  return most === 0 ? ['\n'] : BREAKS.filter((b) => counts[b] === most);
}

const isCombining = (code: number) => code >= 0x300 && code <= 0x36f;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Why an edit boundary at `at` cuts something that belongs together, if it does. */
function badBoundary(text: string, at: number): string | undefined {
  if (at <= 0 || at >= text.length) return undefined;
  if (text[at - 1] === '\r' && text[at] === '\n') return 'splits a CRLF';
  if (isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) return 'splits a surrogate pair';
  if (isCombining(text.charCodeAt(at))) return 'separates a combining mark from its letter';
  return undefined;
}

const overlap = (a: TextEdit, b: TextEdit) =>
  (a.start < b.end && b.start < a.end) || (a.start === a.end && b.start === b.end && a.start === b.start);

/** Rebuilds the pass's result from the text outside the edits, so nothing else can have changed. */
function rebuild(before: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += before.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + before.slice(at);
}

function passProblems(pass: FixPass, n: number): string[] {
  const problems: string[] = [];
  const say = (ruleId: string, what: string) => problems.push(`pass ${n + 1}, ${ruleId}: ${what}`);
  const { before, after } = pass;
  const bom = before.startsWith('\uFEFF');
  const all: TextEdit[] = [];
  for (const f of pass.fixes) {
    const edits = f.fix!.edits;
    edits.forEach((e, i) => {
      if (!(e.start >= 0 && e.start <= e.end && e.end <= before.length)) say(f.ruleId, `edit ${e.start}-${e.end} outside the text`);
      for (const at of [e.start, e.end]) {
        const why = badBoundary(before, at);
        if (why) say(f.ruleId, `edit ${e.start}-${e.end} ${why} at ${at}`);
      }
      if (bom && e.start === 0) say(f.ruleId, 'edit before the BOM');
      if (edits.slice(i + 1).some((o) => overlap(e, o))) say(f.ruleId, `edits of one fix overlap at ${e.start}-${e.end}`);
    });
    all.push(...edits);
  }
  if (rebuild(before, all) !== after) say('fixText', 'the result is not the text with the edits applied');
  if (after.startsWith('\uFEFF') !== bom) say('fixText', bom ? 'the BOM was lost' : 'a BOM was added');
  const allowed = allowedBreaks(before);
  const was = countBreaks(before);
  const now = countBreaks(after);
  for (const b of BREAKS) {
    if (!allowed.includes(b) && now[b] > was[b]) say('fixText', `${now[b] - was[b]} ${NAMES[b]} added to a text written with ${allowed.map((a) => NAMES[a]).join('/')}`);
  }
  return problems;
}

/** What the whole run must keep: the BOM, and no line break of another kind than the text's own. */
function resultProblems(text: string, fixed: string): string[] {
  const problems: string[] = [];
  if (fixed.startsWith('\uFEFF') !== text.startsWith('\uFEFF')) problems.push(`result: the BOM was ${text.startsWith('\uFEFF') ? 'lost' : 'added'}`);
  const allowed = allowedBreaks(text);
  const was = countBreaks(text);
  const now = countBreaks(fixed);
  for (const b of BREAKS) {
    if (!allowed.includes(b) && now[b] > was[b]) problems.push(`result: ${now[b] - was[b]} ${NAMES[b]} added to a text written with ${allowed.map((a) => NAMES[a]).join('/')}`);
  }
  return problems;
}

/**
 * Runs `fixText` twice and lists every problem: an unsafe edit in any pass, and a second run that
 * changes the text (no fixed point).
 */
export function fixProblems(text: string, options: LintOptions = {}, safeOnly = false): { fixed: string; problems: string[] } {
  const problems: string[] = [];
  let n = 0;
  const fixed = fixText(text, options, 10, safeOnly, (pass) => problems.push(...passProblems(pass, n++))).text;
  problems.push(...resultProblems(text, fixed));
  const again = fixText(fixed, options, 10, safeOnly, (pass) => {
    problems.push(`second run: ${pass.fixes.map((f) => `${f.ruleId} (${f.message.slice(0, 90)})`).join('; ')}`);
  }).text;
  if (again !== fixed && problems.every((p) => !p.startsWith('second run'))) problems.push('second run changed the text');
  return { fixed, problems };
}

/** Findings compare across a fix by rule and message, digits aside (a line number may shift). */
export const findingKey = (f: Finding) => `${f.ruleId}: ${f.message.replace(/\d+/g, '#')}`;

/**
 * Every fix offered on `text` applied alone, as a quick fix is: its edits must be sound, and its
 * finding must be gone afterwards (the same finding again means the fix does not do what it says).
 */
export function quickFixProblems(text: string, options: LintOptions = {}): string[] {
  const problems: string[] = [];
  const findings = lint(text, options);
  const count = (list: readonly Finding[], key: string) => list.filter((f) => findingKey(f) === key).length;
  for (const f of findings) {
    if (!f.fix) continue;
    if (!editsAreSound(text, f.fix.edits)) problems.push(`${f.ruleId}: unsound edits ${JSON.stringify(f.fix.edits).slice(0, 200)}`);
    const after = lint(applyEdits(text, f.fix.edits), options);
    const key = findingKey(f);
    if (count(after, key) >= count(findings, key)) problems.push(`${f.ruleId}: still there after its fix: ${f.message.slice(0, 100)}`);
  }
  return problems;
}
