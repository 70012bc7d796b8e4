import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

const isCase = (f: string) => /\.(md|txt)$/.test(f) && !/\.fixed(\.kh)?\.(md|txt)$/.test(f);

/** Reads `test/fixtures/rules/<ruleId>/`: each case, its marked lines and its fixed text. */
export function ruleFixtures(ruleId: string): RuleFixture[] {
  const dir = join(FIXTURES_ROOT, 'rules', ruleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(isCase).sort().map((name) => {
    const raw = readFileSync(join(dir, name), 'utf8');
    const expectedLines: number[] = [];
    // Lines as the core counts them: a CR alone ends a line too.
    raw.split(/\r\n|\r|\n/).forEach((line, i) => { if (line.includes('<!-- expect -->')) expectedLines.push(i); });
    const stem = name.replace(/\.(md|txt)$/, '');
    const ext = name.slice(stem.length);
    const fixedPath = join(dir, `${stem.replace(/\.kh$/, '')}.fixed${stem.endsWith('.kh') ? '.kh' : ''}${ext}`);
    const optionsPath = join(dir, `${stem.replace(/\.kh$/, '')}.options.json`);
    return {
      name,
      text: raw.replace(MARKER, ''),
      expectedLines,
      fixed: existsSync(fixedPath) ? readFileSync(fixedPath, 'utf8') : undefined,
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

/** Every case of every rule (markers removed, with its options) and every real text: what a check over all fixtures reads. */
export function everyFixtureText(): FixtureText[] {
  const cases = ruleFixtureDirs().flatMap((rule) => ruleFixtures(rule).map((c) => ({ name: `rules/${rule}/${c.name}`, text: c.text, options: c.options })));
  const realDir = join(FIXTURES_ROOT, 'real');
  const real = readdirSync(realDir).filter((f) => /\.(md|txt)$/.test(f) && f !== 'SOURCES.md').sort()
    .map((f) => ({ name: `real/${f}`, text: readFileSync(join(realDir, f), 'utf8'), options: {} }));
  return [...cases, ...real];
}
