#!/usr/bin/env node
// The shape of the code, as issue 11 ("Parse once") measures it: every function over 60 lines or over 20
// branches, and every file over 300 lines.
//
//   node scripts/code-shape.mjs                 # server/src/core
//   node scripts/code-shape.mjs server/src/lsp  # the folders (or files) given instead
//
// Prints a table, worst first, and exits 1 when anything is over a limit, 0 otherwise (2 on a bad path).
//
// What is measured, with the TypeScript compiler's syntax tree (no type checking):
// - A function is a function declaration or expression, an arrow function, a method, a constructor or a
//   get/set accessor. Its lines run from its first token (a JSDoc comment above it is not counted) to its
//   closing brace, inclusive; a function nested in it counts toward these lines, as it is read with it.
// - Its branches are the decision points of its own body (those of a nested function are that function's):
//   each `if` (so an `else if` is one more; a plain `else` is none), each `?:`, each `case` (not `default`),
//   each loop (`for`, `for…in`, `for…of`, `while`, `do…while`), each `catch`, and each `&&`, `||` and `??`
//   operator inside a condition: the test of an `if`, a loop or a `?:`, however deeply nested in it.
//   `&&`, `||`, `??` elsewhere (`a ?? b` as a default value, `return a && b`), `?.` and `&&=`-style
//   assignments are not counted.
// - A file's lines are its line breaks, plus one when the last line has none (what `wc -l` shows for a
//   file that ends with a line break).
//
// `measureSource(fileName, text)` and `measurePaths(paths)` are exported for tests; `findOffenders` applies
// the limits (`LIMITS`) to what they return.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const LIMITS = Object.freeze({ functionLines: 60, functionBranches: 20, fileLines: 300 });

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PATHS = ['server/src/core'];
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs']);

function isFunctionNode(node) {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)
    || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)
    || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
}

function nameText(name, sourceFile) {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return name.getText(sourceFile);
}

/** The name a reader would look for: `readHeader`, `Class.method`, `const x = () =>`, `{ key: () => }`. */
function ownName(node, sourceFile) {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const direct = nameText(node.name, sourceFile);
  if (direct) return direct;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    && parent.initializer === node) return nameText(parent.name, sourceFile);
  return undefined;
}

function qualifiedName(node, sourceFile, outer) {
  let name = ownName(node, sourceFile);
  const parent = node.parent;
  if (name && parent && (ts.isClassDeclaration(parent) || ts.isClassExpression(parent)) && parent.name) name = `${parent.name.text}.${name}`;
  if (name) return name;
  const kind = ts.isArrowFunction(node) ? '<arrow>' : '<function>';
  return outer ? `${outer} › ${kind}` : kind;
}

const LOGICAL = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);

/** `&&`, `||`, `??` operators in a condition expression, not looking into functions written inside it. */
function logicalOperatorsIn(expression) {
  let count = 0;
  const visit = (node) => {
    if (isFunctionNode(node)) return;
    if (ts.isBinaryExpression(node) && LOGICAL.has(node.operatorToken.kind)) count++;
    ts.forEachChild(node, visit);
  };
  if (expression) visit(expression);
  return count;
}

/** The decision points a node adds by itself (its condition's operators included), as documented above. */
function branchesAt(node) {
  if (ts.isIfStatement(node)) return 1 + logicalOperatorsIn(node.expression);
  if (ts.isConditionalExpression(node)) return 1 + logicalOperatorsIn(node.condition);
  if (ts.isWhileStatement(node) || ts.isDoStatement(node)) return 1 + logicalOperatorsIn(node.expression);
  if (ts.isForStatement(node)) return 1 + logicalOperatorsIn(node.condition);
  if (ts.isForInStatement(node) || ts.isForOfStatement(node)) return 1;
  if (ts.isCaseClause(node) || ts.isCatchClause(node)) return 1;
  return 0;
}

/** Branches of one function's own body: nested functions are skipped (they are measured on their own). */
function branchesOf(fn) {
  let count = 0;
  const visit = (node) => {
    if (node !== fn && isFunctionNode(node)) return;
    count += branchesAt(node);
    ts.forEachChild(node, visit);
  };
  visit(fn);
  return count;
}

function lineOf(sourceFile, position) {
  return sourceFile.getLineAndCharacterOfPosition(position).line + 1;
}

function countLines(text) {
  if (text.length === 0) return 0;
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

function scriptKindOf(fileName) {
  const ext = extname(fileName);
  if (ext === '.tsx') return ts.ScriptKind.TSX;
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/**
 * One source text measured: `{ file, lines, functions: [{ name, line, lines, branches }] }`, functions in
 * text order; `line` is 1-based, where the function's first token is.
 */
export function measureSource(fileName, text) {
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKindOf(fileName));
  const functions = [];
  const visit = (node, outer) => {
    let inner = outer;
    if (isFunctionNode(node) && node.body) {
      const start = lineOf(sourceFile, node.getStart(sourceFile));
      const end = lineOf(sourceFile, node.getEnd());
      const name = qualifiedName(node, sourceFile, outer);
      functions.push({ name, line: start, lines: end - start + 1, branches: branchesOf(node) });
      inner = name;
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(sourceFile, undefined);
  return { file: fileName, lines: countLines(text), functions };
}

function sourceFilesUnder(path, out) {
  const stat = statSync(path);
  if (stat.isFile()) {
    out.push(path);
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) sourceFilesUnder(full, out);
    else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)) && !/\.d\.[cm]?ts$/.test(entry.name)) out.push(full);
  }
}

/** Every source file under the given folders (or the files themselves), measured; names relative to `cwd`. */
export function measurePaths(paths, cwd = ROOT) {
  const files = [];
  for (const p of paths) sourceFilesUnder(resolve(cwd, p), files);
  return files.map((f) => measureSource(relative(cwd, f).split('\\').join('/'), readFileSync(f, 'utf8')));
}

/**
 * What is over a limit, worst first: `{ kind: 'function'|'file', name, file, line, lines, branches?, score }`
 * where `score` is the largest ratio of a measure to its limit (1.5 = 50 % over).
 */
export function findOffenders(measured, limits = LIMITS) {
  const offenders = [];
  for (const m of measured) {
    if (m.lines > limits.fileLines) {
      offenders.push({ kind: 'file', name: m.file, file: m.file, line: 1, lines: m.lines, score: m.lines / limits.fileLines });
    }
    for (const f of m.functions) {
      if (f.lines <= limits.functionLines && f.branches <= limits.functionBranches) continue;
      const score = Math.max(f.lines / limits.functionLines, f.branches / limits.functionBranches);
      offenders.push({ kind: 'function', name: f.name, file: m.file, line: f.line, lines: f.lines, branches: f.branches, score });
    }
  }
  return offenders.sort((a, b) => b.score - a.score || a.file.localeCompare(b.file) || a.line - b.line);
}

function table(offenders, limits) {
  const head = ['score', 'kind', 'lines', 'branches', 'where', 'name'];
  const rows = offenders.map((o) => [
    o.score.toFixed(2), o.kind, String(o.lines), o.branches === undefined ? '' : String(o.branches), `${o.file}:${o.line}`,
    o.kind === 'file' ? '' : o.name,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [
    `limits: function ≤ ${limits.functionLines} lines and ≤ ${limits.functionBranches} branches; file ≤ ${limits.fileLines} lines`,
    line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line),
  ].join('\n');
}

function runCli(args) {
  const paths = args.length > 0 ? args : DEFAULT_PATHS;
  let measured;
  try {
    measured = measurePaths(paths, process.cwd() === ROOT || args.length > 0 ? process.cwd() : ROOT);
  } catch (e) {
    const detail = e.code === 'ENOENT' ? `no such file or folder: ${e.path}` : e.message;
    process.stderr.write(`code-shape: ${detail}\n`);
    return 2;
  }
  const offenders = findOffenders(measured);
  const functions = measured.reduce((n, m) => n + m.functions.length, 0);
  if (offenders.length === 0) {
    process.stdout.write(`code-shape: ${measured.length} files, ${functions} functions in ${paths.join(', ')}: none over the limits.\n`);
    return 0;
  }
  process.stdout.write(`${table(offenders, LIMITS)}\n`);
  process.stdout.write(`code-shape: ${offenders.length} over the limits (${measured.length} files, ${functions} functions in ${paths.join(', ')}).\n`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCli(process.argv.slice(2));
}
