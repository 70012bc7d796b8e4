import type { TextLine } from './text/lines';

/**
 * Inline switches, as HTML comments so that they vanish from a rendered plan:
 * `<!-- kehoach-disable [rule …] -->` until `<!-- kehoach-enable [rule …] -->`, and
 * `<!-- kehoach-disable-next-line [rule …] -->`. No rule ids means every rule.
 */
export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

const ALL = '*';
const DIRECTIVE = /<!--\s*kehoach-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

function idsOf(raw: string): string[] {
  const ids = raw.split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids : [ALL];
}

export function readSuppressions(lines: readonly TextLine[]): Suppressions {
  // Per rule id: sorted [fromLine, toLine) ranges where it is off.
  const ranges = new Map<string, Array<[number, number]>>();
  const openSince = new Map<string, number>();
  const add = (id: string, from: number, to: number) => {
    const list = ranges.get(id) ?? [];
    list.push([from, to]);
    ranges.set(id, list);
  };
  lines.forEach((line, index) => {
    if (!line.text.includes('kehoach-')) return; // cheap test before the expression
    for (const m of line.text.matchAll(DIRECTIVE)) {
      const ids = idsOf(m[2]);
      if (m[1] === 'disable-next-line') ids.forEach((id) => add(id, index + 1, index + 2));
      else if (m[1] === 'disable-line') ids.forEach((id) => add(id, index, index + 1));
      else if (m[1] === 'disable') ids.forEach((id) => { if (!openSince.has(id)) openSince.set(id, index); });
      else {
        // `enable` with no ids closes every open range; with ids, just theirs.
        const closing = ids[0] === ALL ? [...openSince.keys()] : ids;
        for (const id of closing) {
          const from = openSince.get(id);
          if (from === undefined) continue;
          add(id, from, index + 1);
          openSince.delete(id);
        }
      }
    }
  });
  for (const [id, from] of openSince) add(id, from, Number.MAX_SAFE_INTEGER);
  const inRange = (id: string, line: number) => (ranges.get(id) ?? []).some(([a, b]) => line >= a && line < b);
  return { isSuppressed: (ruleId, line) => inRange(ruleId, line) || inRange(ALL, line) };
}
