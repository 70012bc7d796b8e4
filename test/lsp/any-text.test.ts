// Issue 13 §3 in the editor: a document that is not a plan gets no diagnostics, until the user asks to check
// it as any text (the client then answers `checkAsText: true` in that document's settings): it is then
// checked with the rules for any administrative text, and kehoach/planStatus says so, and why.
import * as assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inProcessClient, type TestClient } from './harness';
import { COMPLETE_PLAN, README_TEXT } from './plans';

const STATUS = 'kehoach/planStatus';
const DECISION_URI = 'file:///ws/quyet-dinh.md';
const DECISION = `ỦY BAN NHÂN DÂN HUYỆN BÌNH GIA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 15/QĐ-UBND | Bình Gia, ngày 05 tháng 6 năm 2023

QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo công tác dân tộc

Căn cứ Nghị quyết số 24-KL/TW ngày 12/3/2003 của Ban Chấp hành Trung ương;
Xét đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 20/TTr-PNV ngày 30/02/2023, họp ngày 12-5-2023,

QUYẾT ĐỊNH:

Điều 1. Thành lập Ban Chỉ đạo.
`;

const rules = (ds: readonly Diagnostic[]) => ds.map((d) => String(d.code)).sort();

describe('the editor: a document that is not a plan, checked as any text when the user asks', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = inProcessClient();
    await client.initialize();
  });
  afterEach(() => client.close());

  const status = (uri: string) => client.rpc.sendRequest(STATUS, { uri });
  /** What the client does for “Kế hoạch: Check this file as any text”: that document's settings, read again. */
  const checkAsText = async (uri: string) => {
    client.settingsOf.set(uri, { ...client.settings, checkAsText: true });
    await client.rpc.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };

  it('a Quyết định gets no diagnostics by itself, and its status says why it is not a plan', async () => {
    await client.open(DECISION_URI, DECISION);
    assert.deepEqual((await client.diagnostics(DECISION_URI)).diagnostics, []);
    assert.deepEqual(await status(DECISION_URI), {
      isPlan: false, checkedAsText: false, reason: 'title',
      reasonText: 'không phải Kế hoạch (tiêu đề là QUYẾT ĐỊNH): chỉ áp dụng các quy tắc chung cho mọi văn bản (trích dẫn, ngày tháng, chữ viết tắt), không áp dụng các quy tắc của Kế hoạch',
    });
  });

  it('checked as any text: the citation and date rules speak, the plan rules do not, and the status says so', async () => {
    await client.open(DECISION_URI, DECISION);
    await client.diagnostics(DECISION_URI);
    await checkAsText(DECISION_URI);
    const published = await client.diagnostics(DECISION_URI, (p) => p.diagnostics.length > 0);
    assert.deepEqual(rules(published.diagnostics), ['citation-type-mismatch', 'date-format', 'date-invalid']);
    assert.deepEqual({ ...(await status(DECISION_URI) as object), reasonText: undefined }, { isPlan: false, checkedAsText: true, reason: 'title', reasonText: undefined });
  });

  it('only the document asked for: another non-plan stays unchecked', async () => {
    await client.open(DECISION_URI, DECISION);
    await client.open('file:///ws/README.md', README_TEXT);
    await checkAsText(DECISION_URI);
    await client.diagnostics(DECISION_URI, (p) => p.diagnostics.length > 0);
    assert.ok(client.published.filter((p) => p.uri === 'file:///ws/README.md').every((p) => p.diagnostics.length === 0));
    assert.deepEqual({ ...(await status('file:///ws/README.md') as object), reasonText: undefined }, { isPlan: false, checkedAsText: false, reason: 'noMarker', reasonText: undefined });
  });

  it('fix all on it applies the any-text fixes only: no plan skeleton is inserted', async () => {
    await client.open(DECISION_URI, DECISION);
    await checkAsText(DECISION_URI);
    await client.diagnostics(DECISION_URI, (p) => p.diagnostics.length > 0);
    const edits = await client.rpc.sendRequest('kehoach/fixAll', { uri: DECISION_URI }) as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(DECISION_URI, 'markdown', 1, DECISION), edits);
    assert.equal(fixed, DECISION.replace('12-5-2023', '12/5/2023').replace('24-KL/TW', '24-NQ/TW'));
  });

  it('a plan asked to be checked as any text is still checked as a plan', async () => {
    const uri = 'file:///ws/thieu.md';
    const plan = COMPLETE_PLAN.replace(/## III\.[\s\S]*$/, '');
    await client.open(uri, plan);
    await checkAsText(uri);
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(rules(published.diagnostics).includes('section-missing'), rules(published.diagnostics).join(', '));
    assert.equal((await status(uri) as { isPlan: boolean }).isPlan, true);
  });
});
