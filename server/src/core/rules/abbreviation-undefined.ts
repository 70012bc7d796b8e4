import { COMMON_ABBREVIATIONS, COMMON_EXPANSIONS } from '../abbreviations/common';
import { scanAbbreviations, type AbbreviationDefinition, type AbbreviationUse } from '../abbreviations/find';
import type { PlanDocument } from '../document';
import type { Fix, Rule, RuleContext, TextEdit } from './types';
import { defineRule } from './types';

const key = (abbreviation: string) => abbreviation.normalize('NFC').toUpperCase();

/**
 * The configured expansions by key, built once per table: looking each abbreviation up by scanning the
 * table made (abbreviations in the plan × entries in the settings) work, 9 s for 2,000 × 4,000.
 */
const expansionTables = new WeakMap<object, Map<string, string>>();

function configuredExpansion(table: Readonly<Record<string, string>>, abbreviation: string): string | undefined {
  let byKey = expansionTables.get(table);
  if (!byKey) {
    byKey = new Map();
    // The first entry of a key wins, as before; a value that is not text (settings are unchecked) is skipped.
    for (const [a, full] of Object.entries(table)) if (typeof full === 'string' && !byKey.has(key(a))) byKey.set(key(a), full);
    expansionTables.set(table, byKey);
  }
  return byKey.get(key(abbreviation));
}

function expansionOf(abbreviation: string, definition: AbbreviationDefinition | undefined, ctx: RuleContext): string | undefined {
  const configured = configuredExpansion(ctx.options.abbreviationExpansions, abbreviation);
  return configured?.normalize('NFC') ?? definition?.phrase?.text ?? COMMON_EXPANSIONS[abbreviation];
}

/**
 * Writes the definition at the first use; a definition written later is folded back into the
 * abbreviation there (`dân tộc thiểu số (DTTS)` → `DTTS`), unless it sits in a capitalized heading.
 * A use that runs straight into that definition (`DTTS dân tộc thiểu số (sau đây viết tắt là DTTS)`)
 * becomes the definition, in one edit: two edits there would touch and could eat the text between.
 */
function fixFor(doc: PlanDocument, use: AbbreviationUse, expansion: string, definition: AbbreviationDefinition | undefined, ctx: RuleContext): Fix {
  const full = use.sentenceStart ? expansion[0].toUpperCase() + expansion.slice(1) : expansion;
  const text = `${full} (${use.abbreviation})`;
  const edits: TextEdit[] = [{ start: use.start, end: use.end, text }];
  if (definition && !definition.inCapitals) {
    const folded = definition.phrase
      ? { start: definition.phrase.start, end: definition.end, text: use.abbreviation }
      : { start: definition.start, end: definition.end, text: '' };
    if (doc.text.slice(use.end, folded.start).trim() === '' || folded.start < use.end) {
      return { title: ctx.t('fixTitle', { text }), edits: [{ start: Math.min(use.start, folded.start), end: Math.max(use.end, folded.end), text }] };
    }
    edits.push(folded);
  }
  return { title: ctx.t('fixTitle', { text }), edits };
}

export const abbreviationUndefined: Rule = defineRule({
  id: 'abbreviation-undefined',
  description: {
    vi: 'Chữ viết tắt được dùng trước khi được giải thích bằng “cụm từ đầy đủ (CHỮ VIẾT TẮT)”.',
    en: 'An abbreviation is used before it is defined as “full phrase (ABBREVIATION)”.',
  },
  messages: {
    undefined: {
      vi: 'Chữ viết tắt “{abbreviation}” chưa được giải thích: ở lần dùng đầu tiên, ghi cụm từ đầy đủ và chữ viết tắt trong ngoặc đơn, ví dụ “{example}”.',
      en: 'The abbreviation “{abbreviation}” is not defined: at its first use, write the full phrase with the abbreviation in parentheses, e.g. “{example}”.',
    },
    definedLater: {
      vi: 'Chữ viết tắt “{abbreviation}” được dùng trước khi được giải thích ở dòng {line}: giải thích ở lần dùng đầu tiên, ví dụ “{example}”.',
      en: 'The abbreviation “{abbreviation}” is used before its definition on line {line}: define it at its first use, e.g. “{example}”.',
    },
    fullPhrase: { vi: 'cụm từ đầy đủ', en: 'full phrase' },
    fixTitle: { vi: 'Ghi “{text}” ở lần dùng đầu tiên', en: 'Write “{text}” at the first use' },
  },
  defaultSeverity: 'information',
  fixable: true,
  basis: 'convention',
  check(doc, ctx) {
    const known = new Set([...COMMON_ABBREVIATIONS, ...ctx.options.knownAbbreviations].map(key));
    // A Đoàn plan's heading `ĐOÀN TNCS HỒ CHÍ MINH` (Hướng dẫn 29-HD/TWĐTN-VP) is its name as the Đoàn writes it.
    if (doc.header.doanTitle) known.add(key('TNCS'));
    const { uses, definitions } = scanAbbreviations(doc);
    const reported = new Set<string>();
    for (const use of uses) {
      const id = key(use.abbreviation);
      if (known.has(id) || reported.has(id)) continue;
      reported.add(id);
      const definition = definitions.get(use.abbreviation);
      if (definition && definition.start < use.start) continue;
      const expansion = expansionOf(use.abbreviation, definition, ctx);
      const example = `${expansion ?? ctx.t('fullPhrase')} (${use.abbreviation})`;
      const message = definition
        ? ctx.t('definedLater', { abbreviation: use.abbreviation, line: definition.line + 1, example })
        : ctx.t('undefined', { abbreviation: use.abbreviation, example });
      ctx.report({ message, start: use.start, end: use.end, fix: expansion ? fixFor(doc, use, expansion, definition, ctx) : undefined });
    }
  },
});
