import * as assert from 'node:assert/strict';
import { normalizeUri, pathOf } from '../../server/src/lsp/uri';

describe('file URIs from the client', () => {
  before(function () {
    if (process.platform === 'win32') this.skip(); // the paths below are POSIX paths
  });

  it('reads an ordinary file URI, its escapes decoded', () => {
    assert.equal(pathOf('file:///ws/K%E1%BA%BF%20ho%E1%BA%A1ch.kh.md'), '/ws/Kế hoạch.kh.md');
    assert.equal(pathOf('FILE:///ws/a.kh.md'), '/ws/a.kh.md');
    assert.equal(pathOf('file://localhost/ws/a.kh.md'), '/ws/a.kh.md');
  });

  it('reads an encoded slash inside a name as VS Code does: a slash', () => {
    assert.equal(pathOf('file:///ws/a%2Fb.kh.md'), '/ws/a/b.kh.md');
    assert.equal(pathOf('file:///ws/a%2fb.kh.md'), '/ws/a/b.kh.md');
  });

  it('keeps a bad escape as written, and decodes the good ones beside it', () => {
    assert.equal(pathOf('file:///ws/a%ZZ.kh.md'), '/ws/a%ZZ.kh.md');
    assert.equal(pathOf('file:///ws/a%E0%A4.kh.md'), '/ws/a%E0%A4.kh.md');
    assert.equal(pathOf('file:///ws/%C4%91%2F%ZZ.md'), '/ws/đ/%ZZ.md');
  });

  it('gives no path for what names no local file', () => {
    for (const uri of ['file://server/share/x.kh.md', 'file://server/share/a%2Fb.md', 'file:///ws/a%00b.md', 'file://[bad/x.md', 'untitled:Untitled-1', 'vscode-notebook-cell:/ws/a.ipynb#W0', 'https://example.com/a.md', '', 'file']) {
      assert.equal(pathOf(uri), undefined, uri);
    }
  });

  it('spells a file one way, and leaves other URIs as they are', () => {
    assert.equal(normalizeUri('file:///ws/K%E1%BA%BF.md'), normalizeUri('file:///ws/Kế.md'));
    assert.equal(normalizeUri('file:///ws/a%2Fb.md'), 'file:///ws/a/b.md');
    for (const uri of ['untitled:Untitled-1', 'file://server/share/x.md', 'file://[bad/x.md']) assert.equal(normalizeUri(uri), uri);
  });
});
