import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'node:assert/strict';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');

/** Scope name → grammar file: the project's two grammars and VS Code's Markdown grammar (vendored, MIT). */
const GRAMMAR_FILES: Readonly<Record<string, string>> = {
  'kehoach.injection': join(ROOT, 'syntaxes', 'kehoach.injection.tmLanguage.json'),
  'text.kehoach': join(ROOT, 'syntaxes', 'kehoach.text.tmLanguage.json'),
  'text.html.markdown': join(__dirname, 'fixtures', 'markdown.tmLanguage.json'),
};

export function readGrammar(scopeName: string): IRawGrammar & Record<string, unknown> {
  return JSON.parse(readFileSync(GRAMMAR_FILES[scopeName], 'utf8'));
}

let registry: Promise<Registry> | undefined;

function loadRegistry(): Promise<Registry> {
  registry ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      // Embedded languages of the Markdown grammar (HTML, code fences) are not loaded: their scopes do not matter here.
      loadGrammar: async (scopeName) => (GRAMMAR_FILES[scopeName] ? readGrammar(scopeName) : null),
      // As VS Code does for a grammar contributed with `injectTo: ["text.html.markdown"]`.
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['kehoach.injection'] : undefined),
    });
  })();
  return registry;
}

export async function loadGrammar(scopeName: 'text.html.markdown' | 'text.kehoach'): Promise<IGrammar> {
  const grammar = await (await loadRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} did not load`);
  return grammar;
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly stoppedEarly: boolean;
}

/** Tokenizes a document line by line, carrying the rule stack as VS Code does. */
export function tokenize(grammar: IGrammar, text: string): TokenizedLine[] {
  let stack = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const tokens = r.tokens
      .map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }))
      .filter((t) => t.start < t.end);
    return { text: line, stoppedEarly: r.stoppedEarly, tokens };
  });
}

function lineWith(lines: readonly TokenizedLine[], part: string): TokenizedLine {
  const line = lines.find((l) => l.text.includes(part));
  assert.ok(line, `no line holds “${part}”`);
  return line;
}

function hasScope(t: Token, scope: string): boolean {
  return t.scopes.some((s) => s === scope || s.startsWith(scope + '.'));
}

/**
 * `scope` covers exactly `part` (its first occurrence, or the first after `after`): every token
 * inside has it, and the characters right before and after do not.
 */
export function assertScope(lines: readonly TokenizedLine[], part: string, scope: string, after = ''): void {
  const line = lineWith(lines, after + part);
  const start = line.text.indexOf(after + part) + after.length;
  const end = start + part.length;
  const inside = line.tokens.filter((t) => t.start < end && start < t.end);
  const show = () => line.tokens.map((t) => `[${line.text.slice(t.start, t.end)}] ${t.scopes.slice(1).join(' ')}`).join('\n');
  assert.ok(inside.length > 0 && inside[0].start === start && inside[inside.length - 1].end === end,
    `token boundaries do not match “${part}”:\n${show()}`);
  assert.ok(inside.every((t) => hasScope(t, scope)), `“${part}” is not all ${scope}:\n${show()}`);
  const previous = line.tokens.find((t) => t.end === start);
  const next = line.tokens.find((t) => t.start === end);
  assert.ok(!previous || !hasScope(previous, scope), `${scope} starts before “${part}”:\n${show()}`);
  assert.ok(!next || !hasScope(next, scope), `${scope} goes on after “${part}”:\n${show()}`);
}

/** No token overlapping `part` carries a scope that ends with `suffix` (default: any of ours but the root). */
export function assertNoScope(lines: readonly TokenizedLine[], part: string, suffix = '.kehoach'): void {
  const line = lineWith(lines, part);
  const start = line.text.indexOf(part);
  const end = start + part.length;
  for (const t of line.tokens.filter((t) => t.start < end && start < t.end)) {
    const ours = t.scopes.slice(1).filter((s) => s.endsWith(suffix));
    assert.deepEqual(ours, [], `“${line.text.slice(t.start, t.end)}” in “${part}” has ${ours.join(', ')}`);
  }
}
