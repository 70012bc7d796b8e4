import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Locale, Rule } from '../core/lint';
import type { Basis } from '../core/rules/types';
import { defineMessages, fillTemplate } from '../core/messages';

/** What the SARIF log needs beyond the findings: where relative paths start, where rule help lives. */
export interface SarifOptions {
  /** The folder the reported paths are relative to (the run's cwd): `SRCROOT` in the log. */
  readonly cwd: string;
  /**
   * Where the rules are documented, as an absolute URI; each rule's help is `BASE#rule-id`. Default: the
   * README shipped inside the installed package (a `file:` URI), the documentation of exactly this version.
   */
  readonly helpUriBase?: string;
  /** Files checked with the rules for any text only (not plans), each with the sentence that says why. */
  readonly notPlans?: readonly { readonly file: string; readonly message: string }[];
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

const TEXT = defineMessages({
  basis: { vi: 'Căn cứ: {provision} (áp dụng từ {since}).', en: 'Basis: {provision} (in force from {since}).' },
  convention: { vi: 'Căn cứ: thông lệ soạn thảo (khuyến nghị, không phải quy định).', en: 'Basis: drafting convention (advice, not a legal provision).' },
});

function basisText(basis: Basis, locale: Locale): string {
  return basis === 'convention' ? TEXT.convention[locale] : fillTemplate(TEXT.basis[locale], basis);
}

/**
 * The package's root: the folder above this code holding kehoach's package.json (`dist/` in the
 * installed bundle, `server/src/cli/` when the sources run in tests).
 */
function packageRoot(): string | undefined {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'kehoach') return dir;
  }
  return undefined;
}

declare const __KEHOACH_VERSION__: string | undefined;

/** The version the bundle was built as; the sources (tests) read it from package.json. */
function toolVersion(root: string | undefined): string | undefined {
  if (typeof __KEHOACH_VERSION__ === 'string') return __KEHOACH_VERSION__;
  return root ? (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version : undefined;
}

/** A path as SARIF wants it: relative ones (to SRCROOT) with `/` and escaped; an absolute one as a `file:` URI. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

/** One SARIF result per finding, at the place the text formats give; a .docx paragraph in the region's property bag. */
export function sarifResult(f: Finding, file: string, p: { paragraph?: number; line: number; column: number; endLine: number; endColumn: number }) {
  const paragraph = p.paragraph === undefined ? {} : { properties: { paragraph: p.paragraph } };
  return {
    ruleId: f.ruleId,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(file),
        region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn, ...paragraph },
      },
    }],
  };
}

function ruleDescriptor(r: Rule, locale: Locale, helpBase: string | undefined) {
  const help = `${r.description[locale]} ${basisText(r.basis, locale)}`;
  return {
    id: r.id,
    shortDescription: { text: r.description[locale] },
    // GitHub code scanning requires fullDescription and help.text, and shows them with the alert: the
    // rule and its legal basis reach the reader even where the help link cannot be opened.
    fullDescription: { text: help },
    help: { text: help },
    ...(helpBase ? { helpUri: `${helpBase}#${r.id}` } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
  };
}

/**
 * A file that is not a plan, said once as a note of the run (a tool execution notification on that
 * file): the plan rules were not applied to it, and why. Absent when every file was a plan.
 */
function notPlanInvocation(notPlans: SarifOptions['notPlans']) {
  if (!notPlans?.length) return {};
  const toolExecutionNotifications = notPlans.map(({ file, message }) => ({
    descriptor: { id: 'not-a-plan' },
    level: 'note',
    message: { text: message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }],
  }));
  return { invocations: [{ executionSuccessful: true, toolExecutionNotifications }] };
}

/**
 * SARIF 2.1.0, as code-scanning tools read it: one run whose driver names the tool, its version and its
 * documentation, the rules that fired, one result per finding. Columns count UTF-16 code units, as every
 * other output of kehoach does (SARIF's default would be code points).
 */
export function sarifLog(results: readonly unknown[], fired: ReadonlySet<string>, rules: readonly Rule[], locale: Locale, options: SarifOptions): string {
  const root = packageRoot();
  const readme = root ? pathToFileURL(join(root, 'README.md')).href : undefined;
  const helpBase = options.helpUriBase ?? readme;
  const version = toolVersion(root);
  const driver = {
    name: 'kehoach',
    ...(version ? { version, semanticVersion: version } : {}),
    ...(helpBase ? { informationUri: helpBase } : {}),
    rules: rules.filter((r) => fired.has(r.id)).map((r) => ruleDescriptor(r, locale, helpBase)),
  };
  const srcroot = pathToFileURL(options.cwd).href.replace(/\/?$/, '/');
  const run = { tool: { driver }, ...notPlanInvocation(options.notPlans), originalUriBaseIds: { SRCROOT: { uri: srcroot } }, columnKind: 'utf16CodeUnits', results };
  return JSON.stringify({ version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [run] }, null, 2);
}
