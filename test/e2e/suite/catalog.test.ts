// Issue 4 through the VS Code API, on the plans of test/e2e/workspace/catalog (a fictional district): hover
// over a citation, completion of a citation in a draft (first mention in full, later ones short), go to
// definition (the plan that is the document, the row of a user catalog) and find all references.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor, workspaceFile } from './wait';

const vietnamese = () => vscode.env.language.startsWith('vi');
const FIRST_MENTION = 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia';

function positionOf(document: vscode.TextDocument, needle: string, shift = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is not in ${vscode.workspace.asRelativePath(document.uri)}`);
  return document.positionAt(at + shift);
}

/** `catalog/ke-hoach-15.kh.md:7` for each location (1-based lines), as a person reads them. */
function places(locations: readonly (vscode.Location | vscode.LocationLink)[]): string[] {
  return locations.map((l) => {
    const uri = 'targetUri' in l ? l.targetUri : l.uri;
    const range = 'targetRange' in l ? (l.targetSelectionRange ?? l.targetRange) : l.range;
    return `${vscode.workspace.asRelativePath(uri)}:${range.start.line + 1}`;
  });
}

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list?.items ?? [];
}

const insertedText = (item: vscode.CompletionItem) => (typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? String(item.label));

describe('kehoach in a real VS Code: directive catalog', () => {
  const citing = workspaceFile('catalog/ke-hoach-32.kh.md');
  const cited = workspaceFile('catalog/ke-hoach-15.kh.md');
  const draft = workspaceFile('catalog/du-thao.kh.md');

  before(async () => {
    await vscode.extensions.getExtension('kehoach.kehoach')!.activate();
  });

  after(async () => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === draft.toString());
    if (open?.isDirty) {
      await vscode.window.showTextDocument(open);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('hovers a citation: the document, its date and issuer, its source, how many plans cite it', async () => {
    const editor = await openInEditor(citing);
    const position = positionOf(editor.document, '1719/QĐ-TTg');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', citing, position)) ?? [];
    const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(shown, /Quyết định số 1719\/QĐ-TTg/);
    assert.match(shown, vietnamese() ? /Ngày ban hành: 14\/10\/2021/ : /Issued: 14 October 2021/);
    assert.match(shown, /Thủ tướng Chính phủ/);
    assert.match(shown, /\]\(https?:\/\//, 'the source link');
    // Other plans of the e2e workspace cite it too: at least the two of this folder.
    const count = (vietnamese() ? /Trong workspace: (\d+) kế hoạch/ : /In the workspace: (\d+) plan/).exec(shown);
    assert.ok(count && Number(count[1]) >= 2, shown);
  });

  it('goes to the plan that is the cited document, and to the register row of a user catalog', async () => {
    const editor = await openInEditor(citing);
    const toPlan = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', citing, positionOf(editor.document, '15/KH-UBND ngày'));
    assert.ok(places(toPlan ?? []).includes('catalog/ke-hoach-15.kh.md:7'), places(toPlan ?? []).join(', '));
    const toRow = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', citing, positionOf(editor.document, '07/QĐ-UBND'));
    assert.ok(places(toRow ?? []).includes('catalog/so-dang-ky.csv:4'), places(toRow ?? []).join(', '));
  });

  it('finds every citation of a document in the workspace', async () => {
    const editor = await openInEditor(citing);
    const found = places((await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', citing, positionOf(editor.document, '1719/QĐ-TTg'))) ?? []);
    for (const place of ['catalog/ke-hoach-15.kh.md:14', 'catalog/ke-hoach-15.kh.md:22', 'catalog/ke-hoach-32.kh.md:16']) {
      assert.ok(found.includes(place), `${place} missing from ${found.join(', ')}`);
    }
    // From the plan's own `Số` line: every plan that cites this plan.
    const header = positionOf((await openInEditor(cited)).document, '15/KH-UBND');
    const fromHeader = places((await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', cited, header)) ?? []);
    assert.ok(fromHeader.includes('catalog/ke-hoach-32.kh.md:14') && fromHeader.includes('catalog/ke-hoach-32.kh.md:24'), fromHeader.join(', '));
  });

  it('completes a citation after “Quyết định số”: in full the first time, short the next time', async () => {
    const editor = await openInEditor(draft);
    const line = editor.document.getText().split(/\r?\n/).findIndex((l) => l.startsWith('Căn cứ Quyết định số'));
    const end = new vscode.Position(line, editor.document.lineAt(line).text.length);
    const item = (await completionsAt(draft, end)).find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '1719/QĐ-TTg');
    assert.ok(item, 'no 1719/QĐ-TTg among the completions');
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing ?? new vscode.Range(end, end);
    assert.ok(await editor.edit((e) => e.replace(range, insertedText(item))));
    assert.ok(editor.document.lineAt(line).text.startsWith(`Căn cứ ${FIRST_MENTION}`), editor.document.lineAt(line).text);

    // A later mention in the same plan takes the short form.
    const later = new vscode.Position(line + 1, 0);
    assert.ok(await editor.edit((e) => e.insert(later, '\nTriển khai Quyết định số \n')));
    const at = new vscode.Position(line + 2, 'Triển khai Quyết định số '.length);
    const short = (await completionsAt(draft, at)).find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '1719/QĐ-TTg');
    assert.ok(short);
    assert.equal(insertedText(short), '1719/QĐ-TTg');
  });
});

