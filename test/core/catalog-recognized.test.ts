import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../server/src/core/citations';
import { builtinProblems } from '../../server/src/core/catalog';

interface Entry { type: string; symbol: string; date: string; issuer: string }

const DATA = join(__dirname, '..', '..', 'server', 'src', 'core', 'catalog', 'data', 'builtin.json');
const entries: Entry[] = JSON.parse(readFileSync(DATA, 'utf8')).entries;

// The catalog is only as good as the recognizer's reading of its symbols: a symbol it cannot read is an
// entry no citation can ever meet.
describe('built-in catalog against the citation recognizer', () => {
  it('loads without problems', () => {
    assert.deepEqual(builtinProblems(), []);
  });

  it('every symbol, cited in full, is read back as that symbol with its type word, date and issuer', () => {
    const unread: string[] = [];
    for (const e of entries) {
      const [y, m, d] = e.date.split('-');
      const text = `Căn cứ ${e.type} số ${e.symbol} ngày ${d}/${m}/${y} của ${e.issuer};`;
      const [c] = findCitations(text);
      const ok = c?.numberSymbol?.symbol === e.symbol && c.date?.year === Number(y) && c.issuer?.text === e.issuer;
      if (!ok) unread.push(`${e.symbol} → ${c?.numberSymbol?.symbol ?? 'nothing'} / ${c?.date?.year} / ${c?.issuer?.text}`);
    }
    assert.deepEqual(unread, []);
  });
});
