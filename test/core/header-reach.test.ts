import * as assert from 'node:assert/strict';
import { parsePlan, type PlanDocument } from '../../server/src/core/document';
import { everyFixtureText } from './fixtures';

/**
 * PlanHeader.readUntilLine: lines from there on were never looked at while reading the header, so
 * a fix that edits only there need not read the header again (fix-edits' headerReadsAfter).
 */
const fieldsOf = (doc: PlanDocument) => {
  const { readUntilLine: _, ...fields } = doc.header;
  return JSON.stringify(fields);
};

function insertAtLine(text: string, doc: PlanDocument, line: number, inserted: string): string {
  const at = doc.lines[line].start;
  return text.slice(0, at) + inserted + text.slice(at);
}

const INSERTS = ['Về việc tổ chức thực hiện\n', 'I. MỤC ĐÍCH\n', '\n', 'KẾ HOẠCH\n', '(Ban hành kèm theo Quyết định số 5/QĐ-UBND)\n', '```\n'];

describe('header: the lines its reading looked at', () => {
  it('text inserted at readUntilLine or below leaves the header as read, on every fixture and real text', () => {
    let checked = 0;
    for (const { text } of everyFixtureText()) {
      const doc = parsePlan(text);
      const from = doc.header.readUntilLine;
      for (const line of [from, from + 1, from + 7]) {
        if (line >= doc.lines.length) continue;
        for (const inserted of INSERTS) {
          assert.equal(fieldsOf(parsePlan(insertAtLine(text, doc, line, inserted))), fieldsOf(doc));
          checked++;
        }
      }
    }
    assert.ok(checked > 500, `${checked} insertions checked`);
  });

  it('reaches past blank lines to the first line the trích yếu was looked for on', () => {
    const text = `KẾ HOẠCH\n${'\n'.repeat(10)}I. MỤC ĐÍCH\n- x\n`;
    const doc = parsePlan(text);
    assert.equal(doc.header.summary, undefined);
    assert.ok(doc.header.readUntilLine > 11, `readUntilLine ${doc.header.readUntilLine}`);
    // Text in those blank lines becomes the trích yếu: a line the reading looked at.
    assert.ok(parsePlan(insertAtLine(text, doc, 6, 'Về việc x\n')).header.summary);
  });

  it('without a title, the whole scan of the first lines', () => {
    assert.equal(parsePlan('Số: 5/KH-UBND\nnội dung\n').header.readUntilLine, 80);
  });
});
