// The workspace index keeps summaries, not texts: a string cut out of a plan (issuer line, trích yếu,
// symbol) must not keep the plan's whole text alive in V8. Measured as heap kept against text read, in
// the same run: pinned texts keep more than the texts themselves, copied-out summaries a few KB each.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { summarizeText, WorkspaceIndex } from '../../server/src/core/catalog/index';
import { PLAN_15 } from './catalog-plans';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Plan `i`: its own number, and a long body so that a pinned text shows. */
function planText(i: number, body: string): string {
  return PLAN_15.replace('Số: 15/KH-UBND', `Số: ${i}/KH-UBND`) + body + `\nĐoạn ${i}.\n`;
}

describe('catalog: summaries hold no part of the text they were read from', () => {
  it('keeps well under a tenth of the texts indexed once they are dropped', () => {
    const body = 'Tổ chức tuyên truyền, phổ biến nội dung kế hoạch đến cán bộ, công chức, viên chức và Nhân dân.\n\n'.repeat(300);
    const plans = 120;
    let textBytes = 0;
    // Tables built on first use and code compiled as it warms up are not the index's: both come before measuring.
    for (let i = 0; i < 40; i++) summarizeText(planText(100000 + i, body));
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    const index = new WorkspaceIndex();
    for (let i = 1; i <= plans; i++) {
      const text = planText(i, body);
      textBytes += text.length * 2;
      index.set(`file:///ws/ke-hoach-${i}.kh.md`, summarizeText(text));
    }
    gc(); gc();
    const kept = process.memoryUsage().heapUsed - before;
    assert.equal(index.get('file:///ws/ke-hoach-7.kh.md')?.self?.symbol, '7/KH-UBND');
    assert.ok(index.get('file:///ws/ke-hoach-7.kh.md')?.self?.issuerLines.length);
    assert.ok(kept < textBytes / 10, `the index keeps ${(kept / 1024).toFixed(0)} KB for ${(textBytes / 1024).toFixed(0)} KB of text`);
  });
});
