// Golden outputs: what the CLI prints and what the language server answers, byte for byte, for three real
// inputs, so that a refactor (issue 11, "Parse once") can prove it changed nothing a user sees.
//
// Inputs (test/golden/inputs/, copies so this test depends on nothing outside it): the two shared examples
// (cao-bang-dinh-huong-2021-2025.txt, lang-son-52-KH-UBND-2014.txt) and examples/ke-hoach-mau.kh.md. They
// are copied into a fresh temporary folder holding an empty `.kehoach.json`, so that no settings file
// above the checkout or /tmp can change the results.
//
// Recorded outputs (test/golden/outputs/):
// - cli/<input>/<run>.<lang>.<ext>: the exact stdout of `lint --format text|json|sarif` and
//   `citations --format json`, each with `--lang vi` and `--lang en`; cli/<input>/status.json: the exit
//   code and stderr of each run. main() runs in this process from the sources (as test/cli/run.ts does),
//   and again from the built bundle dist/cli.js (`npm run build` first), which must print the same bytes.
// - lsp/<input>/positions.json: every citation start and every date start (single dates, ranges,
//   weekdays) as the core finds them, in LSP positions. Hovers are asked at these recorded positions, so
//   the list stays fixed; a separate case checks the core still finds exactly these.
// - lsp/<input>/<lang>.json: from the real server in this process (test/lsp/harness.ts), initialized with
//   that locale: the diagnostics published on open, the document symbols, the folding ranges and the hover
//   at each recorded position, as JSON with sorted keys. The checkout's and the temporary folder's file
//   URLs and paths are written `file:///<repo>`, `file:///<workspace>`, `<repo>`, `<workspace>`.
//
// Every comparison is strict (bytes); a failure names the file and shows the first differing line.
// To record the current outputs (after an intended change; review the diff before committing):
//   npm run build && UPDATE_GOLDEN=1 node test/run-all.mjs --no-e2e
// UPDATE_GOLDEN=1 rewrites the files that differ, records missing ones and deletes stray ones.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver/node';
import { main } from '../../server/src/cli';
import { findCitations } from '../../server/src/core/citations/index';
import { findDates } from '../../server/src/core/dates/index';
import { inProcessClient, type TestClient } from '../lsp/harness';
import { expectRecorded, readRecorded, rewritten, stableJson, strayRecordings, UPDATING } from './recorded';

const ROOT = join(__dirname, '..', '..');
const INPUTS = ['cao-bang-dinh-huong-2021-2025.txt', 'lang-son-52-KH-UBND-2014.txt', 'ke-hoach-mau.kh.md'];
const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];
const RUNS = [
  { name: 'lint-text', argv: ['lint', '--format', 'text'], ext: 'txt' },
  { name: 'lint-json', argv: ['lint', '--format', 'json'], ext: 'json' },
  { name: 'lint-sarif', argv: ['lint', '--format', 'sarif'], ext: 'sarif.json' },
  { name: 'citations-json', argv: ['citations', '--format', 'json'], ext: 'json' },
] as const;

type Main = typeof main;
interface Printed { code: number; stdout: string; stderr: string }

const workspace = mkdtempSync(join(tmpdir(), 'kehoach-golden-'));
for (const input of INPUTS) copyFileSync(join(__dirname, 'inputs', input), join(workspace, input));
writeFileSync(join(workspace, '.kehoach.json'), '{}\n');
after(() => rmSync(workspace, { recursive: true, force: true }));
const textOf = (input: string) => readFileSync(join(workspace, input), 'utf8');
const uriOf = (input: string) => pathToFileURL(join(workspace, input)).toString();

/** `kehoach ARGV` through the given main(), in the temporary folder, with what it printed. */
async function printed(run: Main, argv: string[]): Promise<Printed> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv, cwd: workspace, env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const argvOf = (run: (typeof RUNS)[number], lang: Lang, input: string) => [...run.argv, '--lang', lang, input];
const stdoutFile = (input: string, run: (typeof RUNS)[number], lang: Lang) => `cli/${input}/${run.name}.${lang}.${run.ext}`;

/** Every run of one input through one main(): its stdouts compared, its exit codes and stderrs returned. */
async function checkCli(input: string, run: Main, what: string, record: boolean): Promise<Record<string, { exit: number; stderr: string }>> {
  const status: Record<string, { exit: number; stderr: string }> = {};
  for (const r of RUNS) {
    for (const lang of LANGS) {
      const out = await printed(run, argvOf(r, lang, input));
      // SARIF names the folder it ran in and the README of the package it ran from: written as names.
      expectRecorded(stdoutFile(input, r, lang), withoutLocations(out.stdout) as string, what, record);
      status[`${r.name}.${lang}`] = { exit: out.code, stderr: out.stderr };
    }
  }
  return status;
}

// The checkout's and the temporary folder's locations, which differ between machines, written as names.
const LOCATIONS: ReadonlyArray<readonly [string, string]> = [
  [pathToFileURL(workspace).toString(), 'file:///<workspace>'],
  [pathToFileURL(ROOT).toString(), 'file:///<repo>'],
  [workspace, '<workspace>'],
  [ROOT, '<repo>'],
];

function withoutLocations(value: unknown): unknown {
  if (typeof value === 'string') return LOCATIONS.reduce((s, [from, to]) => s.split(from).join(to), value);
  if (Array.isArray(value)) return value.map(withoutLocations);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutLocations(v)]));
}

interface HoverPosition extends Position {
  /** `citation`, `date` or both: what starts here. */
  readonly starts: string;
  /** The text from here to the end of the line, at most 40 characters: for a reader of the recording. */
  readonly text: string;
}

/** Every citation start and every date start the core finds in `text`, in text order. */
function hoverPositions(text: string): HoverPosition[] {
  const starts = new Map<number, Set<string>>();
  const add = (offset: number, what: string) => starts.set(offset, (starts.get(offset) ?? new Set()).add(what));
  for (const c of findCitations(text)) add(c.start, 'citation');
  const dates = findDates(text);
  for (const d of [...dates.mentions, ...dates.ranges, ...dates.weekdays]) add(d.start, 'date');
  const doc = TextDocument.create('file:///x', 'plaintext', 1, text);
  return [...starts.keys()].sort((a, b) => a - b).map((offset) => {
    const end = text.indexOf('\n', offset);
    const rest = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
    return { ...doc.positionAt(offset), starts: [...starts.get(offset)!].sort().join('+'), text: rest.slice(0, 40) };
  });
}

/** The recorded positions (a fixed list), or, when recording, those found now. */
function positionsFor(input: string): HoverPosition[] {
  const recorded = readRecorded(`lsp/${input}/positions.json`);
  if (UPDATING || recorded === undefined) return hoverPositions(textOf(input));
  return JSON.parse(recorded) as HoverPosition[];
}

/** A client of the in-process server that speaks `lang`, as an editor in that display language would. */
async function clientIn(lang: Lang): Promise<TestClient> {
  const client = inProcessClient();
  await client.rpc.sendRequest('initialize', {
    processId: null, rootUri: null, locale: lang,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await client.rpc.sendNotification('initialized', {});
  return client;
}

/** What the server says about one open document: diagnostics, symbols, folding ranges, hovers. */
async function serverAnswers(client: TestClient, input: string): Promise<unknown> {
  const uri = uriOf(input);
  const textDocument = { uri };
  const published = await client.diagnostics(uri, (p) => p.version === 1);
  const documentSymbols = await client.rpc.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
  const foldingRanges = await client.rpc.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument });
  const hovers: Array<{ position: Position; hover: Hover | null }> = [];
  for (const { line, character } of positionsFor(input)) {
    const position = { line, character };
    hovers.push({ position, hover: await client.rpc.sendRequest<Hover | null>('textDocument/hover', { textDocument, position }) });
  }
  return withoutLocations({ published: { version: published.version, diagnostics: published.diagnostics }, documentSymbols, foldingRanges, hovers });
}

describe('golden outputs: the CLI, byte for byte', () => {
  for (const input of INPUTS) {
    it(`${input}: lint text/json/sarif and citations json, vi and en, from the sources`, async () => {
      expectRecorded(`cli/${input}/status.json`, stableJson(await checkCli(input, main, 'main() from server/src', true)));
    });
  }

  it('the built bundle dist/cli.js prints the same bytes (run npm run build before the tests)', async () => {
    const bundle = join(ROOT, 'dist', 'cli.js');
    assert.ok(existsSync(bundle), `${bundle} is missing: run npm run build first`);
    const built = (require(bundle) as { main: Main }).main;
    for (const input of INPUTS) {
      const what = 'main() from dist/cli.js; rebuild with npm run build if the sources changed';
      expectRecorded(`cli/${input}/status.json`, stableJson(await checkCli(input, built, what, false)), what, false);
    }
  });
});

describe('golden outputs: the language server', () => {
  for (const input of INPUTS) {
    it(`${input}: the hover positions are still every citation start and every date start`, () => {
      expectRecorded(`lsp/${input}/positions.json`, stableJson(hoverPositions(textOf(input))), 'found by findCitations and findDates');
    });
  }

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      let client: TestClient;
      before(async () => {
        client = await clientIn(lang);
        for (const input of INPUTS) await client.open(uriOf(input), textOf(input), 1, input.endsWith('.md') ? 'markdown' : 'plaintext');
      });
      after(() => client.close());

      for (const input of INPUTS) {
        it(`${input}: diagnostics, symbols, folding ranges, hovers`, async () => {
          expectRecorded(`lsp/${input}/${lang}.json`, stableJson(await serverAnswers(client, input)), `language server, ${lang}`);
        });
      }
    });
  }
});

describe('golden outputs: the recordings', () => {
  it('hold nothing that no case produces', () => {
    const expected = new Set<string>();
    for (const input of INPUTS) {
      expected.add(`cli/${input}/status.json`).add(`lsp/${input}/positions.json`);
      for (const lang of LANGS) {
        expected.add(`lsp/${input}/${lang}.json`);
        for (const r of RUNS) expected.add(stdoutFile(input, r, lang));
      }
    }
    assert.deepEqual(strayRecordings(expected), [], 'recorded files no case produces: delete them or run with UPDATE_GOLDEN=1');
  });

  after(() => {
    if (UPDATING) console.log(`  UPDATE_GOLDEN=1: ${rewritten.length ? `recorded ${[...new Set(rewritten)].join(', ')}` : 'every recording was already up to date'}`);
  });
});
