// A document whose text starts with a BOM (U+FEFF), as an editor may send it: its diagnostics, quick
// fixes, fix-all and outline land where they do without the BOM, one character later on the first line,
// and no edit goes before the BOM. Over stdio, against the built server.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, Range, TextEdit } from 'vscode-languageserver/node';
import { COMPLETE_PLAN } from './plans';
import { StdioServer } from './stdio';

const BOM = '\uFEFF';
const PLAIN_URI = 'file:///ws/khong-bom.kh.md';
const BOM_URI = 'file:///ws/co-bom.kh.md';
/** A plan from its title on: no Quốc hiệu, whose fix inserts it at offset 0; findings on the first line. */
const TITLE_FIRST = COMPLETE_PLAN.slice(COMPLETE_PLAN.indexOf('KẾ HOẠCH'));

/** A range in the text without the BOM, as it reads in the text with it. */
const pastBom = (r: Range): Range => {
  const at = (p: Range['start']) => (p.line === 0 ? { line: 0, character: p.character + 1 } : p);
  return { start: at(r.start), end: at(r.end) };
};
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);

describe('language server over stdio: a text that starts with a BOM', function () {
  this.timeout(30000);
  let server: StdioServer;
  let plain: Diagnostic[];
  let withBom: Diagnostic[];
  before(async () => {
    server = new StdioServer();
    await server.initialize();
    server.open(PLAIN_URI, TITLE_FIRST);
    server.open(BOM_URI, BOM + TITLE_FIRST);
    plain = (await server.diagnostics(PLAIN_URI)).diagnostics;
    withBom = (await server.diagnostics(BOM_URI)).diagnostics;
  });
  after(() => server.kill());

  it('publishes the same findings, one character later on the first line', () => {
    assert.ok(plain.some((d) => d.code === 'header-national-title' && d.range.start.line === 0), JSON.stringify(plain));
    assert.deepEqual(withBom.map((d) => [d.code, d.range]), plain.map((d) => [d.code, pastBom(d.range)]));
  });

  it('inserts the Quốc hiệu after the BOM, not before it', async () => {
    const fixOf = async (uri: string, diagnostics: Diagnostic[]) => {
      const d = diagnostics.find((x) => x.code === 'header-national-title')!;
      const actions = await server.result<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.ok(fix, `no quick fix in ${JSON.stringify(actions)}`);
      return fix.edit!.changes![uri];
    };
    const edits = await fixOf(BOM_URI, withBom);
    assert.ok(edits.every((e) => e.range.start.line > 0 || e.range.start.character >= 1), JSON.stringify(edits));
    const fixed = apply(BOM + TITLE_FIRST, edits);
    assert.equal(fixed, BOM + apply(TITLE_FIRST, await fixOf(PLAIN_URI, plain)));
    assert.ok(fixed.startsWith(`${BOM}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`), JSON.stringify(fixed.slice(0, 40)));
  });

  it('fixes all after the BOM and keeps it first', async () => {
    const plainFixed = apply(TITLE_FIRST, await server.result<TextEdit[]>('kehoach/fixAll', { uri: PLAIN_URI }));
    const edits = await server.result<TextEdit[]>('kehoach/fixAll', { uri: BOM_URI });
    const fixed = apply(BOM + TITLE_FIRST, edits);
    assert.notEqual(plainFixed, TITLE_FIRST);
    assert.equal(fixed, BOM + plainFixed);
    const [action] = await server.result<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BOM_URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(apply(BOM + TITLE_FIRST, action.edit!.changes![BOM_URI]), BOM + plainFixed);
  });

  it('outlines the same sections, one character later on the first line', async () => {
    const symbols = async (uri: string) => server.result<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const flat = (list: DocumentSymbol[]): Array<[string, Range, Range]> => list.flatMap((s) => [[s.name, s.range, s.selectionRange] as [string, Range, Range], ...flat(s.children ?? [])]);
    const plainSymbols = flat(await symbols(PLAIN_URI));
    assert.ok(plainSymbols.length > 3);
    assert.deepEqual(flat(await symbols(BOM_URI)), plainSymbols.map(([name, range, selection]) => [name, pastBom(range), pastBom(selection)]));
  });

  it('explains a date on hover at the same place', async () => {
    const lines = TITLE_FIRST.split('\n');
    const line = lines.findIndex((l) => l.includes('31/3/2023'));
    const position = { line, character: lines[line].indexOf('31/3/2023') + 2 };
    const hover = async (uri: string) => server.result<{ range: Range } | null>('textDocument/hover', { textDocument: { uri }, position });
    const expected = await hover(PLAIN_URI);
    assert.ok(expected);
    assert.deepEqual(await hover(BOM_URI), expected);
  });

  it('explains a date on the first line, one character later', async () => {
    const text = `Bình Gia, ngày 06 tháng 02 năm 2023\n\n${TITLE_FIRST}`;
    server.open('file:///ws/ngay-dau.kh.md', text);
    server.open('file:///ws/ngay-dau-bom.kh.md', BOM + text);
    const character = text.indexOf('06 tháng') + 1;
    const hover = async (uri: string, at: number) => server.result<{ range: Range } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: at } });
    const expected = await hover('file:///ws/ngay-dau.kh.md', character);
    assert.ok(expected, 'no hover on the first line');
    assert.deepEqual(await hover('file:///ws/ngay-dau-bom.kh.md', character + 1), { ...expected, range: pastBom(expected.range) });
  });
});
