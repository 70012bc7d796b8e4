// Properties of lint over generated adversarial plans (issue 16): see test/property/generators.ts.
import { assertProperty, ofKind, PROPERTY_TIMEOUT_MS, RUNS } from './harness';

describe('property: lint over generated plans', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);

  it('(a) never throws: lint without onRuleError raises no RuleError on any plan', () => {
    assertProperty(RUNS.lint, (a) => a.lint(), ofKind('exception'));
  });

  it('(b) every finding and every edit lies inside [0, text.length], start ≤ end', () => {
    assertProperty(RUNS.lint, (a) => a.lint(), ofKind('outside'));
  });

  it('(c) no finding or edit boundary splits a CRLF, a surrogate pair, or a letter and its combining mark', () => {
    assertProperty(RUNS.lint, (a) => a.lint(), ofKind('split'));
  });

  it('(d) the edits of one fix never overlap', () => {
    assertProperty(RUNS.lint, (a) => a.lint(), ofKind('overlap'));
  });
});
