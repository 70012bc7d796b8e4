/**
 * The preview webview's own page: a strict Content-Security-Policy (nothing loads from anywhere; only
 * the one nonce'd script and style run), and the script that cuts the plan into A4 pages. The pages
 * are cut here, where the text can be measured in the font it is shown in: each block goes on the
 * current page until it no longer fits (a heading moves on with the block after it, a long table is
 * split between rows with its header rows repeated, as Word does).
 */
import { randomBytes } from 'node:crypto';

/** The webview's viewType (the e2e suite finds the panel by it). */
export const PREVIEW_VIEW_TYPE = 'kehoach.preview';

/** Runs inside the webview. Plain ES2020, no imports; the HTML it receives is the server's, text escaped. */
const SCRIPT = String.raw`
(function () {
  const vscode = acquireVsCodeApi();
  const style = document.getElementById('layout-css');
  const pages = document.getElementById('pages');
  const notice = document.getElementById('notice');
  let number = 0;
  let target = pages;

  function newPage() {
    number += 1;
    const page = document.createElement('section');
    page.className = 'page';
    if (number > 1) {
      const n = document.createElement('div');
      n.className = 'pnum';
      n.textContent = String(number);
      page.appendChild(n);
    }
    const content = document.createElement('div');
    content.className = 'content';
    page.appendChild(content);
    target.appendChild(page);
    return content;
  }

  const overflows = (content) => content.scrollHeight > content.clientHeight + 1;

  /** Moves the rows that do not fit into a copy of the table (its header rows repeated); null if none fits. */
  function splitTable(table, content) {
    const heads = Array.from(table.rows).filter((r) => r.querySelector('p.th'));
    const moved = [];
    while (overflows(content) && table.rows.length > heads.length + 1) {
      const last = table.rows[table.rows.length - 1];
      moved.unshift(last);
      last.remove();
    }
    if (overflows(content) || moved.length === 0) {
      const body = table.tBodies[0] || table;
      for (const r of moved) body.appendChild(r);
      return null;
    }
    const rest = table.cloneNode(false);
    const body = document.createElement('tbody');
    rest.appendChild(body);
    for (const h of heads) body.appendChild(h.cloneNode(true));
    for (const r of moved) body.appendChild(r);
    return rest;
  }

  function paginate(flow) {
    number = 0;
    let content = newPage();
    let carried = 0;
    const queue = Array.from(flow.children);
    while (queue.length > 0) {
      const block = queue.shift();
      content.appendChild(block);
      if (!overflows(content)) continue;
      if (block.matches('table.grid')) {
        const rest = splitTable(block, content);
        if (rest) { queue.unshift(rest); content = newPage(); carried = 0; continue; }
      }
      if (content.children.length <= 1 + carried) { content.parentElement.classList.add('tall'); carried = 0; continue; }
      block.remove();
      const previous = content.lastElementChild;
      const carry = previous && previous.classList.contains('h') && content.children.length > 1 ? [previous] : [];
      content = newPage();
      for (const c of carry) content.appendChild(c);
      carried = carry.length;
      queue.unshift(block);
    }
  }

  function render(message) {
    const y = window.scrollY;
    style.textContent = message.css;
    const holder = document.createElement('div');
    holder.innerHTML = message.body;
    const build = document.createElement('div');
    build.className = 'sheet build';
    build.id = 'build';
    document.body.appendChild(build);
    target = build;
    paginate(holder.firstElementChild || holder);
    pages.replaceChildren(...Array.from(build.children));
    build.remove();
    target = pages;
    showNotice(message.notice || '');
    window.scrollTo(0, message.first ? (vscode.getState() || {}).y || 0 : y);
  }

  function showNotice(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  let saving;
  window.addEventListener('scroll', () => {
    clearTimeout(saving);
    saving = setTimeout(() => vscode.setState({ y: window.scrollY }), 100);
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'render') document.fonts.ready.then(() => render(message));
    else if (message && message.type === 'notice') showNotice(message.text);
  });
  vscode.postMessage({ type: 'ready' });
})();
`;

/** Page chrome around the pages; the layout's own CSS arrives with each render. */
const CHROME = [
  'body{background:#e8e8e8;padding:0;margin:0}',
  '#build{position:absolute;left:0;top:0;visibility:hidden;pointer-events:none}',
  '#notice{font-family:var(--vscode-font-family,sans-serif);font-size:13px;color:#1e1e1e;background:#fff8c5;' +
    'border-bottom:1px solid #d4c27a;padding:6px 12px;position:sticky;top:0;z-index:1}',
].join('\n');

export function nonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The whole page, set once per panel: later renders come as messages, so the scroll position stays.
 * Nothing is loaded from anywhere (no `webview.cspSource` either): the fonts are the system's.
 */
export function previewPage(title: string, scriptNonce: string, lang: string): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${scriptNonce}'`,
    `script-src 'nonce-${scriptNonce}'`,
  ].join('; ');
  const escapedTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'vi'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapedTitle}</title>
<style nonce="${scriptNonce}">${CHROME}</style>
<style nonce="${scriptNonce}" id="layout-css"></style>
</head>
<body>
<div id="notice" hidden></div>
<main id="pages" class="sheet"></main>
<script nonce="${scriptNonce}">${SCRIPT}</script>
</body>
</html>`;
}
