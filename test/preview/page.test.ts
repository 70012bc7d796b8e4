import * as assert from 'node:assert/strict';
import { nonce, previewPage } from '../../client/src/preview-page';

describe('preview: the webview page', () => {
  const n = nonce();
  const page = previewPage('Xem trước bản in: <a&b>.kh.md', n, 'vi');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';

  it('has a strict Content-Security-Policy: nothing loads, only its own nonce\'d script and styles run', () => {
    assert.equal(csp, `default-src 'none'; style-src 'nonce-${n}'; script-src 'nonce-${n}'`);
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
    const scripts = [...page.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.deepEqual(scripts, [` nonce="${n}"`]);
    for (const m of page.matchAll(/<style([^>]*)>/g)) assert.match(m[1], new RegExp(`nonce="${n.replace(/[+/=]/g, '\\$&')}"`));
    assert.doesNotMatch(page, /\sstyle="|\son\w+="/, 'no inline style or event attribute: the policy would block them');
  });

  it('draws a new nonce each time and escapes the title', () => {
    assert.notEqual(nonce(), nonce());
    assert.match(page, /<title>Xem trước bản in: &#60;a&#38;b&#62;\.kh\.md<\/title>/);
    assert.match(page, /<html lang="vi">/);
  });

  it('asks the extension for its content when it loads, and keeps the scroll position across renders', () => {
    assert.match(page, /vscode\.postMessage\(\{ type: 'ready' \}\)/);
    assert.match(page, /const y = window\.scrollY;[\s\S]*window\.scrollTo\(0, message\.first \? \(vscode\.getState\(\) \|\| \{\}\)\.y \|\| 0 : y\)/);
  });
});
