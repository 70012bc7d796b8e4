// Issue 10 through the VS Code API: "Kế hoạch: Xuất ra Word" writes a .docx beside the plan that holds the
// plan's text, a file that is no plan is refused with nothing written, and "Kế hoạch: Xem trước bản in"
// opens one webview panel beside the editor. The webview's content cannot be read from the extension host:
// the HTML it shows is tested through the renderer (test/preview/).
import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import * as vscode from 'vscode';
import { openInEditor, workspaceFile } from './wait';

const PREVIEW_VIEW_TYPE = 'kehoach.preview';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/** The tabs of webview panels of our viewType (VS Code prefixes the viewType it reports). */
function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
}

/** Resolves once a preview tab exists (the panel is created by the command, its tab right after). */
function waitForPreviewTab(timeoutMs = 10_000): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const [tab] = previewTabs();
      if (!tab) return false;
      finish();
      resolve(tab);
      return true;
    };
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => check());
    const timer = setTimeout(() => { finish(); reject(new Error(`no ${PREVIEW_VIEW_TYPE} panel after ${timeoutMs} ms`)); }, timeoutMs);
    function finish() { clearTimeout(timer); listener.dispose(); }
    check();
  });
}

describe('kehoach in a real VS Code: Word export and print preview', () => {
  const plan = workspaceFile('day-du.kh.md');

  before(async () => {
    await vscode.extensions.getExtension('kehoach.kehoach')!.activate();
  });

  after(async () => {
    await vscode.window.tabGroups.close(previewTabs());
  });

  it('registers kehoach.preview and kehoach.exportDocx', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['kehoach.preview', 'kehoach.exportDocx']) assert.ok(commands.includes(id), `command ${id} is not registered`);
  });

  it('exports the plan in the editor to day-du.docx beside it, which unzips and holds the title and the body', async () => {
    const docx = workspaceFile('day-du.docx');
    assert.ok(!(await exists(docx)), 'day-du.docx must not exist before the export');
    await openInEditor(plan);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('kehoach.exportDocx');
    assert.equal(written?.toString(), docx.toString(), 'the command returns the file it wrote');
    const parts = unzipSync(await vscode.workspace.fs.readFile(docx));
    assert.ok(parts['word/document.xml'], `not a Word file: ${Object.keys(parts).join(', ')}`);
    const xml = strFromU8(parts['word/document.xml']);
    for (const text of ['KẾ HOẠCH', 'Hỗ trợ nhà ở cho hộ nghèo đồng bào dân tộc thiểu số trên địa bàn xã năm 2024', 'Số: 13/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']) {
      assert.ok(xml.includes(`>${text}</w:t>`), `“${text}” is not in word/document.xml`);
    }
  });

  it('exports the unsaved text of the editor, not the file on disk', async () => {
    const editor = await openInEditor(workspaceFile('ngay-sai-thu.kh.md'));
    const marker = 'Đoạn thêm chưa lưu để kiểm tra xuất Word.';
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\n${marker}\n`));
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('kehoach.exportDocx');
      assert.ok(written, 'nothing was written');
      assert.ok(strFromU8(unzipSync(await vscode.workspace.fs.readFile(written))['word/document.xml']).includes(marker));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('refuses a file that is no plan and writes nothing', async () => {
    await openInEditor(workspaceFile('README.md'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('kehoach.exportDocx');
    assert.equal(written, undefined);
    assert.ok(!(await exists(workspaceFile('README.docx'))), 'README.docx was written');
  });

  it('opens the print preview as a webview panel beside the editor, and only one per plan', async () => {
    const editor = await openInEditor(plan);
    const viewType = await vscode.commands.executeCommand<string>('kehoach.preview');
    assert.equal(viewType, PREVIEW_VIEW_TYPE);
    const tab = await waitForPreviewTab();
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opens beside the editor, not over it');
    assert.equal(tab.group.activeTab, tab, 'the preview is visible');
    assert.match(tab.label, /day-du\.kh\.md/);
    // The plan keeps the focus, so the drafter types on while the preview follows.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), plan.toString());

    await openInEditor(plan);
    await vscode.commands.executeCommand('kehoach.preview');
    assert.equal(previewTabs().length, 1, 'a second command shows the same panel');
  });
});
