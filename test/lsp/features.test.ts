import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver/node';
import { fixText } from '../../server/src/core/lint';
import { inProcessClient, type TestClient } from './harness';
import { COMPLETE_PLAN, PLAN_MISSING_TASKS, README_TEXT } from './plans';

const URI = 'file:///ws/ke-hoach.kh.md';

describe('language server: outline, folding, hover, fix all', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = inProcessClient();
    await client.initialize();
  });
  afterEach(() => client.close());

  it('lists the sections as document symbols, nested', async () => {
    await client.open(URI, COMPLETE_PLAN);
    const symbols = await client.rpc.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const sections = symbols[0].children!;
    assert.deepEqual(sections.map((s) => s.name), ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ VÀ GIẢI PHÁP', 'III. TỔ CHỨC THỰC HIỆN']);
    assert.deepEqual(sections[0].children!.map((s) => s.name), ['1. Mục đích', '2. Yêu cầu']);
    assert.equal(sections[0].selectionRange.start.line, COMPLETE_PLAN.split('\n').indexOf('## I. MỤC ĐÍCH, YÊU CẦU'));
  });

  it('gives no symbols for a README (VS Code’s own Markdown outline serves it)', async () => {
    await client.open('file:///ws/README.md', README_TEXT);
    assert.deepEqual(await client.rpc.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///ws/README.md' } }), []);
  });

  it('folds sections', async () => {
    await client.open(URI, COMPLETE_PLAN);
    const folds = await client.rpc.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
    const line = COMPLETE_PLAN.split('\n').indexOf('## II. NHIỆM VỤ VÀ GIẢI PHÁP');
    assert.ok(folds.some((f) => f.startLine === line && f.endLine === line + 3), JSON.stringify(folds));
  });

  it('explains a date on hover, against the plan’s own date', async () => {
    await client.open(URI, COMPLETE_PLAN);
    const lines = COMPLETE_PLAN.split('\n');
    const line = lines.findIndex((l) => l.includes('31/3/2023'));
    const character = lines[line].indexOf('31/3/2023') + 2;
    const hover = await client.rpc.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } });
    assert.ok(hover, 'no hover');
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /31 tháng 3 năm 2023/);
    assert.match(value, /Thứ Sáu/i);
    assert.match(value, /Sau ngày ban hành kế hoạch .* 53 ngày/);
  });

  it('fix all applies the unattended fixes in one minimal edit, and leaves section skeletons to the quick fix', async () => {
    const broken = COMPLETE_PLAN.replace('### 2. Yêu cầu', '### 3. Yêu cầu');
    await client.open(URI, broken);
    const edits = await client.rpc.sendRequest<TextEdit[]>('kehoach/fixAll', { uri: URI });
    assert.equal(edits.length, 1);
    const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, broken), edits);
    assert.equal(fixed, COMPLETE_PLAN);
    await client.change(URI, PLAN_MISSING_TASKS, 2);
    assert.deepEqual(await client.rpc.sendRequest('kehoach/fixAll', { uri: URI }), []);
    assert.notEqual(fixText(PLAN_MISSING_TASKS).text, PLAN_MISSING_TASKS, 'the skeleton fix exists; fix all just leaves it out');
  });

  it('offers fix all as the source.fixAll.kehoach action (what fix-on-save runs)', async () => {
    const broken = COMPLETE_PLAN.replace('## III. TỔ CHỨC', '## IV. TỔ CHỨC');
    await client.open(URI, broken);
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.kehoach']);
  });
});

describe('language server: disabling a rule for one line', () => {
  it('offers it beside the fix, and the inserted comment silences exactly that finding', async () => {
    const client = inProcessClient();
    await client.initialize();
    const plan = COMPLETE_PLAN.replace('### 2. Yêu cầu', '### 3. Yêu cầu');
    await client.open(URI, plan);
    const { diagnostics } = await client.diagnostics(URI);
    const [numbering] = diagnostics.filter((d) => d.code === 'section-numbering');
    const actions = await client.rpc.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI }, range: numbering.range, context: { diagnostics: [numbering] },
    });
    assert.deepEqual(actions.map((a) => a.title), ['Đánh số lại: 1, 2', 'Tắt quy tắc section-numbering cho dòng này']);
    const silenced = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, plan), actions[1].edit!.changes![URI]);
    assert.match(silenced, /<!-- kehoach-disable-next-line section-numbering -->\n### 3\. Yêu cầu/);
    await client.change(URI, silenced, 2);
    const after = await client.diagnostics(URI, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.map((d) => d.code), []);
    await client.close();
  });
});
