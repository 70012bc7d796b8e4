// Properties of the editor features over generated adversarial plans (issue 16): the outline
// (document symbols), folding, the citations list and hovers on dates and citations.
import { assertProperty, ofKind, PROPERTY_TIMEOUT_MS, RUNS } from './harness';

describe('property: outline, folding, citations and hovers over generated plans', function () {
  this.timeout(PROPERTY_TIMEOUT_MS);

  it('(a) parsing, the outline, folding, the citations list and hovers at any offset never throw', () => {
    assertProperty(RUNS.features, (a) => a.features(), ofKind('exception'));
  });

  it('(b) every outline item, fold, citation and hover range lies inside the text', () => {
    assertProperty(RUNS.features, (a) => a.features(), ofKind('outside'));
  });

  it('(c) no outline, citation or hover range splits a CRLF, a surrogate pair, or a letter and its mark', () => {
    assertProperty(RUNS.features, (a) => a.features(), ofKind('split'));
  });
});
