// Globs (`planGlobs`, globs on the command line) are matched by an automaton in (glob × path) steps:
// the same answers as the RegExp they replace, without its exponential time on `**/**/…`.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileGlob, matchGlob } from '../../server/src/core/text/glob';
import { globToRegExp, isPlan } from '../../server/src/core/detect';

/** The RegExp the matcher replaces, kept as the reference of its meaning (fine on small inputs only). */
function referenceRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${source}$`, 'u');
}

const steps = (glob: string, path: string) => {
  const counter = { steps: 0 };
  compileGlob(glob).test(path, counter);
  return counter.steps;
};

describe('glob matching', () => {
  const cases: [string, string, boolean][] = [
    ['plans/**/*.kh.md', 'plans/a.kh.md', true],
    ['plans/**/*.kh.md', 'plans/2024/quy-1/a.kh.md', true],
    ['plans/**/*.kh.md', '/home/u/du-an/plans/x/a.kh.md', true],
    ['plans/**/*.kh.md', 'plans/a.md', false],
    ['plans/**/*.kh.md', 'other/a.kh.md', false],
    ['plans/**/*.kh.md', 'myplans/a.kh.md', false],
    ['plans/**/*.kh.md', 'plans/a.kh.md/b', false],
    ['**/*.kh.md', 'ke-hoach.kh.md', true],
    ['**/*.kh.md', 'a/b/c/ke-hoach.kh.md', true],
    ['**/*.kh.md', 'a/b/c/ke-hoach.kh.mdx', false],
    ['*.kh.md', 'a/b/ke-hoach.kh.md', true],
    ['*.md', 'a/b.md/c', false],
    ['a/*.md', 'a/b/c.md', false],
    ['?.md', 'x.md', true],
    ['?.md', 'xy.md', false],
    ['?.md', '😀.md', true],
    ['a?b', 'a/b', false],
    ['plans/**', 'plans/a/b.md', true],
    ['plans/**', 'plans', false],
    ['a**b', 'a/x/y/b', true],
    ['a**/b', 'ab', true],
    ['a**/b', 'axy/z/b', true],
    ['a+b(1).md', 'a+b(1).md', true],
    ['a+b(1).md', 'aab(1).md', false],
    ['[ab].md', 'a.md', false],
    ['[ab].md', '[ab].md', true],
    ['*', 'dir/', true],
    ['', 'dir/', true],
    ['', 'dir', false],
    ['/plans/*.md', '/plans/a.md', true],
    ['/plans/*.md', '/x/plans/a.md', false],
    ['Plans/*.md', 'plans/a.md', false],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${JSON.stringify(glob)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(path)}`, () => {
      assert.equal(matchGlob(glob, path), expected);
      assert.equal(referenceRegExp(glob).test(path), expected, 'the reference agrees');
    });
  }

  it('answers as the RegExp it replaces on generated globs and paths', () => {
    const globPart = fc.constantFrom('*', '?', '/', 'a', 'b', '.', '**/', '**', 'ạ', '😀');
    const pathPart = fc.constantFrom('/', 'a', 'b', '.', 'ab', 'ạ', '😀', '*');
    fc.assert(fc.property(
      fc.array(globPart, { maxLength: 8 }).map((a) => a.join('')),
      fc.array(pathPart, { maxLength: 12 }).map((a) => a.join('')),
      (glob, path) => matchGlob(glob, path) === referenceRegExp(glob).test(path),
    ), { seed: 16, numRuns: 20000 });
  });

  it('keeps `globToRegExp(…).test(path)` working for callers of the old name', () => {
    assert.equal(globToRegExp('**/*.txt').test('a/b.txt'), true);
    assert.equal(globToRegExp('**/*.txt').test('a/b.md'), false);
  });

  it('takes steps linear in glob length × path length for `**/` repeated 10 to 40 times on deep paths', () => {
    // The RegExp took 62 s for `**/` × 10 on a deep path that does not match: exponential in the repeats.
    const glob = (k: number) => `${'**/'.repeat(k)}x.kh.md`;
    const deep = (d: number) => `${'a/'.repeat(d)}b.kh.md`;
    const counts = new Map<string, number>();
    for (const k of [10, 20, 40]) {
      for (const d of [100, 200, 400]) {
        const n = steps(glob(k), deep(d));
        counts.set(`${k}×${d}`, n);
        // At most a few steps per (glob character, path character) pair.
        assert.ok(n <= 4 * glob(k).length * deep(d).length, `${k}×${d}: ${n} steps`);
      }
    }
    // Doubling the repeats or the depth at most about doubles the work: never squares it.
    assert.ok(counts.get('40×100')! / counts.get('10×100')! < 4.5, 'growth in the glob');
    assert.ok(counts.get('10×400')! / counts.get('10×100')! < 4.5, 'growth in the path');
    assert.ok(counts.get('40×400')! / counts.get('10×100')! < 18, 'growth in both');
    assert.equal(matchGlob(glob(40), deep(400)), false);
    assert.equal(matchGlob(glob(40), `${'a/'.repeat(400)}x.kh.md`), true);
  });

  it('stays linear for stars inside a name and `**` across names, matching or not', () => {
    for (const glob of [`${'*a'.repeat(30)}b`, `${'**a'.repeat(30)}b`, `${'?*'.repeat(30)}/`]) {
      const short = steps(glob, 'a'.repeat(500));
      const long = steps(glob, 'a'.repeat(2000));
      assert.ok(long / short < 4.5, `${glob}: ${short} → ${long} steps`);
      assert.ok(long <= 4 * glob.length * 2000, `${glob}: ${long} steps`);
    }
  });

  it('isPlan: `**/` × 40 from a settings file answers, and anything but strings among the globs is ignored', () => {
    const path = `/ws/${'a/'.repeat(300)}ke-hoach.md`;
    assert.equal(isPlan(path, 'ghi chú', { planGlobs: ['**/'.repeat(40) + 'x.md'] }), false);
    assert.equal(isPlan(path, 'ghi chú', { planGlobs: ['**/'.repeat(40) + 'ke-hoach.md'] }), true);
    assert.equal(isPlan('C:\\ws\\plans\\a.kh.md', '', { planGlobs: ['plans/*.kh.md'], detectByContent: false }), true);
    const odd = { planGlobs: [7, null, '', 'x/*.md'] as unknown as string[], detectByContent: false };
    assert.equal(isPlan('x/a.md', '', odd), true);
    assert.equal(isPlan('a.kh.md', '', { planGlobs: 'plans' as unknown as string[], detectByContent: false }), true, 'not a list: the defaults');
  });
});
