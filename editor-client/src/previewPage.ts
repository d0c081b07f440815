// The preview's page and the small computations around it. Plain node, unit-tested.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

/**
 * The index of the section (a level-one heading `# …`) that holds {@link line}, counting the
 * report's level-one headings from 0; -1 when the line is above the first heading. The server's
 * HTML has one `<section>` per heading, in the same order, so the preview can scroll to it.
 */
export function sectionIndexAt(lines: readonly string[], line: number): number {
  let index = -1;
  for (let i = 0; i <= line && i < lines.length; i++) {
    if (/^[ \t\u3000]*#(?!#)/.test(lines[i])) {
      index++;
    }
  }
  return index;
}

/** `report.nianbao` → `report.html` (or `.json`) in the same folder. */
export function exportPath(source: string, format: 'html' | 'json'): string {
  const ext = path.extname(source);
  const base = ext ? source.slice(0, -ext.length) : source;
  return `${base}.${format}`;
}

/** Calls {@link fn} once {@link delayMs} after the last of a burst of calls. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs: number): ((...args: A) => void) & { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const debounced = (...args: A) => {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, delayMs);
  };
  debounced.cancel = () => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  return debounced;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The webview's own page. The server's HTML arrives by message and replaces the body (and the
 * page's styles), so the scroll position survives an update. Scripts run only with the nonce;
 * the report's inline styles are allowed, nothing is loaded from outside the webview.
 */
export function previewShell(cspSource: string, nonce: string, title: string): string {
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style id="nianbao-base">
body { background: #fff; color: #000; }
.nianbao-status { font-family: sans-serif; color: #666; padding: 1em; }
.nianbao-current { outline: 2px solid rgba(0, 120, 212, 0.35); outline-offset: 4px; }
tr.nianbao-current-line > * { background-color: rgba(0, 120, 212, 0.12); }
</style>
<style id="nianbao-report"></style>
</head>
<body>
<div id="nianbao-content"><p class="nianbao-status">正在生成预览… Rendering…</p></div>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('nianbao-content');
  const reportStyle = document.getElementById('nianbao-report');
  let section = -1;
  let cursorLine = -1;
  const state = vscode.getState() || {};
  function markSection(index) {
    section = index;
    const all = content.querySelectorAll('section');
    all.forEach((s) => s.classList.remove('nianbao-current'));
    const target = index >= 0 ? all[index] : undefined;
    if (target) target.classList.add('nianbao-current');
    return target;
  }
  function scrollToSection(index, smooth) {
    const target = markSection(index);
    if (target) target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  }
  // The table row of the cursor's line (rows carry their source line in data-line): marked, and
  // scrolled into view when it is not.
  function showLine(line) {
    cursorLine = line;
    content.querySelectorAll('tr.nianbao-current-line').forEach((e) => e.classList.remove('nianbao-current-line'));
    let row;
    content.querySelectorAll('tr[data-line]').forEach((e) => {
      if (+e.dataset.line === line) row = e;
    });
    if (!row) return false;
    row.classList.add('nianbao-current-line');
    const r = row.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) row.scrollIntoView({ block: 'center' });
    return true;
  }
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'render') {
      const doc = new DOMParser().parseFromString(m.html, 'text/html');
      reportStyle.textContent = Array.from(doc.querySelectorAll('style')).map((s) => s.textContent).join('\\n');
      const y = window.scrollY;
      content.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
      window.scrollTo(0, y);
      if (section >= 0) {
        const all = content.querySelectorAll('section');
        if (all[section]) all[section].classList.add('nianbao-current');
      }
      if (cursorLine >= 0) showLine(cursorLine);
      vscode.setState({ uri: m.uri });
    } else if (m.type === 'error') {
      const p = document.createElement('p');
      p.className = 'nianbao-status';
      p.textContent = m.message;
      content.replaceChildren(p);
    } else if (m.type === 'cursor') {
      // the row of a table when the cursor is on one (scrolled to), else the start of its section
      const onRow = showLine(m.line);
      if (m.index !== section) {
        if (onRow) markSection(m.index);
        else scrollToSection(m.index, true);
      }
    }
  });
  if (state.uri) vscode.setState(state);
  vscode.postMessage({ type: 'ready' });
})();
</script>
</body>
</html>`;
}

/** A fresh nonce for the webview's script. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
}
