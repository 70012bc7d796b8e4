import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** `<!-- expect -->` at a line's end marks a line where the fixture's rule must report. */
const MARKER = / ?<!-- expect -->/g;

export interface RuleFixture {
  readonly name: string;
  /** The fixture text with its markers removed: what is linted. */
  readonly text: string;
  /** 0-based lines that carry a marker. */
  readonly expectedLines: readonly number[];
  /** What the text must become when the rule's fixes are applied, if the fixture says. */
  readonly fixed?: string;
  /** LintOptions for this case (`<case>.options.json`), merged over the defaults. */
  readonly options: Record<string, unknown>;
}

export const FIXTURES_ROOT = join(__dirname, '..', 'fixtures');

const isText = (f: string) => /\.(md|txt)$/.test(f);
const isCase = (f: string) => isText(f) && !/\.fixed(\.kh)?\.(md|txt)$/.test(f);

/**
 * `<rule folder>/same-as.json` maps a file name of the folder to the fixture (a path under
 * test/fixtures/) whose text it has, so that a text several rules are tried on is kept once.
 */
const SAME_AS = 'same-as.json';

function sameAs(dir: string): Readonly<Record<string, string>> {
  const file = join(dir, SAME_AS);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** The path of a rule folder's file: its own, or the fixture it is the same as. */
function pathIn(dir: string, name: string): string {
  const other = sameAs(dir)[name];
  return other === undefined ? join(dir, name) : join(FIXTURES_ROOT, other);
}

/** The text files of a rule folder, those it holds and those it names in same-as.json. */
function namesIn(dir: string): string[] {
  return [...new Set([...readdirSync(dir).filter(isText), ...Object.keys(sameAs(dir))])].sort();
}

export interface RuleCase extends RuleFixture {
  /** Path under test/fixtures/ of the file holding the text (another folder's for a same-as case). */
  readonly source: string;
}

/** Reads `test/fixtures/rules/<ruleId>/`: each case, its marked lines and its fixed text. */
export function ruleFixtures(ruleId: string): RuleCase[] {
  const dir = join(FIXTURES_ROOT, 'rules', ruleId);
  if (!existsSync(dir)) return [];
  const names = namesIn(dir);
  return names.filter(isCase).map((name) => {
    const path = pathIn(dir, name);
    const raw = readFileSync(path, 'utf8');
    const expectedLines: number[] = [];
    // Lines as the core counts them: a CR alone ends a line too.
    raw.split(/\r\n|\r|\n/).forEach((line, i) => { if (line.includes('<!-- expect -->')) expectedLines.push(i); });
    const stem = name.replace(/\.(md|txt)$/, '');
    const ext = name.slice(stem.length);
    const fixedName = `${stem.replace(/\.kh$/, '')}.fixed${stem.endsWith('.kh') ? '.kh' : ''}${ext}`;
    const optionsPath = join(dir, `${stem.replace(/\.kh$/, '')}.options.json`);
    return {
      name,
      source: relative(FIXTURES_ROOT, path).split(sep).join('/'),
      text: raw.replace(MARKER, ''),
      expectedLines,
      fixed: names.includes(fixedName) ? readFileSync(pathIn(dir, fixedName), 'utf8') : undefined,
      options: existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {},
    };
  });
}

export function ruleFixtureDirs(): string[] {
  const dir = join(FIXTURES_ROOT, 'rules');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export interface FixtureText {
  /** Path under test/fixtures/. */
  readonly name: string;
  readonly text: string;
  readonly options: Record<string, unknown>;
}

/**
 * Every text of the fixtures once with each of its options (markers removed): every real text and every
 * case of every rule. `name` is where the text's findings snapshot lies (`name` + `.findings.json`):
 * beside the file holding the text, or, for a same-as case with options of its own, beside its name.
 */
export function everyFixtureText(): FixtureText[] {
  const realDir = join(FIXTURES_ROOT, 'real');
  const real = readdirSync(realDir).filter((f) => isText(f) && f !== 'SOURCES.md').sort()
    .map((f) => ({ name: `real/${f}`, text: readFileSync(join(realDir, f), 'utf8'), options: {} }));
  const cases = ruleFixtureDirs().flatMap((rule) => ruleFixtures(rule).map((c) => {
    const own = c.source !== `rules/${rule}/${c.name}` && Object.keys(c.options).length > 0;
    return { name: own ? `rules/${rule}/${c.name}` : c.source, text: c.text, options: c.options };
  }));
  const seen = new Map<string, string>();
  return [...real, ...cases].filter((f) => {
    const options = JSON.stringify(f.options);
    const before = seen.get(f.name);
    if (before !== undefined && before !== options) throw new Error(`${f.name}: read with two sets of options; give the other case a file of its own`);
    seen.set(f.name, options);
    return before === undefined;
  });
}
