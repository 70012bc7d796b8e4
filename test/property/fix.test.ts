// Properties of fixText over generated adversarial plans (issue 16), with every fix and with the
// safe ones (fix-all, fix-on-save): what `kehoach lint --fix` and the editor write back to the file.
import { assertProperty, ofKind, PROPERTY_TIMEOUT_MS, RUNS } from './harness';
import type { FixMode } from './analysis';

for (const mode of ['all', 'safe'] as FixMode[]) {
  const call = mode === 'all' ? 'fixText(text)' : 'fixText(text, options, 10, true)';
  describe(`property: ${call} over generated plans`, function () {
    this.timeout(PROPERTY_TIMEOUT_MS);

    it('(a) no rule throws on any pass', () => {
      assertProperty(RUNS.fix, (a) => a.fix(mode), ofKind('exception'));
    });

    it('(b, c, d) the edits of every later pass lie inside the text, split nothing and do not overlap', () => {
      assertProperty(RUNS.fix, (a) => a.fix(mode), ofKind('outside', 'split', 'overlap'));
    });

    it('(e) reaches a fixed point: fixing the fixed text again changes nothing', () => {
      assertProperty(RUNS.fix, (a) => a.fix(mode), ofKind('not-fixed-point'));
    });

    it('(f) each pass, applied with applyFixes, keeps every character outside its edits, in order', () => {
      assertProperty(RUNS.fix, (a) => a.fix(mode), ofKind('text-lost'));
    });

    it('(g) a CRLF-only, CR-only or LF-only text keeps its line breaks, and a leading BOM stays', () => {
      assertProperty(RUNS.fix, (a) => a.fix(mode), ofKind('line-endings', 'bom-lost'));
    });
  });
}
