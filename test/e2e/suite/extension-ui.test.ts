// Issue 14, the extension as VS Code users expect it, through the VS Code API: the status bar item says
// whether the active file is checked as a plan and in which style, and checks a file anyway on a click;
// a plain-text plan gets the plan grammar's language (and a plain note does not); the walkthrough is
// contributed and its commands work from it: the sample plan shows a finding that "fix all" repairs.
// A status bar item cannot be read through the API: the extension hands its state to tests (KehoachApi).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { KehoachApi } from '../../../client/src/extension';
import type { PlanStatusView } from '../../../client/src/plan-status';
import { kehoachDiagnostics, openInEditor, ruleOf, waitForDiagnostics, workspaceFile } from './wait';

const EXTENSION_ID = 'kehoach.kehoach';
let api: KehoachApi;

/** Resolves with the item's state once it speaks of `uri` and satisfies `predicate` (checked now, then on each change). */
function statusOf(uri: vscode.Uri, predicate: (v: PlanStatusView) => boolean = () => true, timeoutMs = 15_000): Promise<PlanStatusView> {
  return new Promise((resolve, reject) => {
    const matches = (v: PlanStatusView) => v.visible && v.uri === uri.toString() && predicate(v);
    const listener = api.onDidChangePlanStatus((v) => {
      if (matches(v)) done(v);
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for the status of ${uri.toString()}; the item shows ${JSON.stringify(api.planStatus())}`));
    }, timeoutMs);
    function done(v: PlanStatusView): void {
      clearTimeout(timer);
      listener.dispose();
      resolve(v);
    }
    if (matches(api.planStatus())) done(api.planStatus());
  });
}

/** Resolves when VS Code reopens `uri` in `languageId` (a language change closes and reopens the document). */
function languageBecomes(uri: vscode.Uri, languageId: string, timeoutMs = 15_000): Promise<vscode.TextDocument> {
  return new Promise((resolve, reject) => {
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (current?.languageId === languageId) return resolve(current);
    const listener = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() !== uri.toString() || d.languageId !== languageId) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(d);
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`${uri.toString()} did not become ${languageId}`));
    }, timeoutMs);
  });
}

const PARTY_PLAN = [
  'ĐẢNG BỘ TỈNH LẠNG SƠN', 'HUYỆN ỦY BÌNH GIA', '*', 'Số 12-KH/HU', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '',
  'Bình Gia, ngày 06 tháng 02 năm 2023', '', 'KẾ HOẠCH', 'Thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị', '',
].join('\n');

async function activate(): Promise<void> {
  api = await vscode.extensions.getExtension<KehoachApi>(EXTENSION_ID)!.activate();
  assert.ok(api?.planStatus, 'activate() hands no API to the tests');
}

/**
 * A new file of the workspace copy: untitled documents would do, but VS Code gives a closed one's name
 * (Untitled-1) to the next, and these tests must not depend on how the server tells the two apart.
 */
async function newFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Closes every editor; the documents these tests changed are reverted first (no save dialog). */
async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('kehoach in a real VS Code: the status bar item', () => {
  before(activate);
  after(closeAll);

  it('says a plan is checked in the state style, read from its header, and checks it on a click', async () => {
    const plan = workspaceFile('day-du.kh.md');
    await openInEditor(plan);
    const view = await statusOf(plan);
    assert.match(view.text, /Plan: state|Kế hoạch: nhà nước/);
    assert.match(view.tooltip, /Decree 30\/2020|Nghị định 30\/2020/);
    assert.equal(view.command, 'kehoach.lint');
  });

  it('says a Party plan is checked in the Party style', async () => {
    const plan = await newFile('ke-hoach-dang.md', PARTY_PLAN);
    await openInEditor(plan);
    const view = await statusOf(plan);
    assert.match(view.text, /Plan: Party|Kế hoạch: Đảng/);
  });

  it('says a note is not a plan, and a click checks it as one: then it gets diagnostics', async () => {
    const note = workspaceFile('ghi-chu.md');
    await openInEditor(note);
    const view = await statusOf(note, (v) => v.command !== undefined);
    assert.match(view.text, /Not a plan|Không phải kế hoạch/);
    assert.equal(view.command, 'kehoach.checkAsPlan');
    assert.equal(kehoachDiagnostics(note).length, 0);

    const checked = statusOf(note, (v) => /Plan: state|Kế hoạch: nhà nước/.test(v.text));
    await vscode.commands.executeCommand(view.command);
    const after = await checked;
    assert.match(after.tooltip, /until VS Code restarts|cho tới khi khởi động lại/);
    const diagnostics = await waitForDiagnostics(note, (ds) => ds.length > 0, 15_000, 'the note checked as a plan');
    assert.ok(diagnostics.some((d) => ruleOf(d) === 'section-missing'), diagnostics.map(ruleOf).join(', '));
  });

  it('checks a Quyết định as any text when asked (issue 13): citation and date rules only, and the item says so and why', async () => {
    const decision = await newFile('quyet-dinh.md', [
      'ỦY BAN NHÂN DÂN HUYỆN BÌNH GIA', '', 'Số: 15/QĐ-UBND', '', 'Bình Gia, ngày 05 tháng 6 năm 2023', '', 'QUYẾT ĐỊNH', '',
      'Căn cứ Nghị quyết số 24-KL/TW ngày 12/3/2003 của Ban Chấp hành Trung ương;', '',
      'Xét đề nghị tại Tờ trình số 20/TTr-PNV ngày 30/02/2023 của Phòng Nội vụ,', '',
    ].join('\n'));
    await openInEditor(decision);
    await statusOf(decision, (v) => v.command === 'kehoach.checkAsPlan');
    assert.equal(kehoachDiagnostics(decision).length, 0);

    const checked = statusOf(decision, (v) => /Text: common rules|Văn bản: quy tắc chung/.test(v.text));
    await vscode.commands.executeCommand('kehoach.checkAsText');
    const after = await checked;
    assert.match(after.tooltip, /QUYẾT ĐỊNH/);
    assert.match(after.tooltip, /until VS Code restarts|cho tới khi khởi động lại/);
    const diagnostics = await waitForDiagnostics(decision, (ds) => ds.length >= 2, 15_000, 'the Quyết định checked as any text');
    assert.deepEqual(diagnostics.map(ruleOf).sort(), ['citation-type-mismatch', 'date-invalid']);
  });
});

describe('kehoach in a real VS Code: plain-text plans', () => {
  before(activate);
  after(closeAll);

  it('a plain-text plan gets the plan language (and its grammar), unless the user turns it back; a plain note stays plain text', async () => {
    const noteFile = await newFile('viec-can-lam.txt', 'Danh sách việc cần làm trong tuần.\nGọi điện cho phòng Tài chính.\n');
    const note = (await openInEditor(noteFile)).document;
    await statusOf(note.uri, (v) => v.command === 'kehoach.checkAsPlan');
    assert.equal(note.languageId, 'plaintext');

    const planFile = await newFile('ke-hoach-dang.txt', PARTY_PLAN);
    const switched = languageBecomes(planFile, 'kehoach-text');
    await openInEditor(planFile);
    assert.equal((await switched).languageId, 'kehoach-text');
    // Still checked, with the plan's status, in its new language.
    await statusOf(planFile, (v) => /Plan: Party|Kế hoạch: Đảng/.test(v.text));

    // Turned back to Plain Text by the user, it stays so: typing (which asks the server again) keeps it.
    const back = await vscode.languages.setTextDocumentLanguage(await switched, 'plaintext');
    const editor = await vscode.window.showTextDocument(back);
    const asked = new Promise<PlanStatusView>((resolve) => {
      const listener = api.onDidChangePlanStatus((v) => { if (v.uri === back.uri.toString()) { listener.dispose(); resolve(v); } });
    });
    await editor.edit((e) => e.insert(back.positionAt(back.getText().length), '\n'));
    await asked;
    assert.equal(back.languageId, 'plaintext');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === back.uri.toString())?.languageId, 'plaintext');
  });
});

describe('kehoach in a real VS Code: the walkthrough', () => {
  before(activate);
  after(closeAll);

  it('is contributed with its five steps, and opens', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { id: string; steps: unknown[] }[] } };
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.equal(walkthrough.steps.length, 5);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['kehoach.openExample', 'kehoach.newPlan', 'kehoach.fixAll', 'kehoach.exportDocx']) assert.ok(commands.includes(command), command);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    assert.equal(vscode.window.activeTextEditor, undefined, 'the walkthrough page, not a text editor, is active');
  });

  it('its sample plan shows the date-line finding, and "fix all" repairs it', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('kehoach.openExample');
    const uri = editor.document.uri;
    assert.equal(uri.scheme, 'untitled');
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === 'header-date-line'), 20_000, 'header-date-line on the sample');
    const fixed = waitForDiagnostics(uri, (ds) => !ds.some((d) => ruleOf(d) === 'header-date-line'), 20_000, 'header-date-line to go');
    await vscode.commands.executeCommand('kehoach.fixAll');
    await fixed;
    assert.match(editor.document.getText(), /Bình Gia, ngày 06 tháng 02 năm 2023/);
  });

  it('"new plan" inserts the state plan skeleton into a new Markdown file', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('kehoach.newPlan');
    const text = editor.document.getText();
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(text, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    assert.match(text, /## I\. MỤC ĐÍCH, YÊU CẦU/);
  });
});
