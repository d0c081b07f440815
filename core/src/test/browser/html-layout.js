#!/usr/bin/env node
// Layout test of the published HTML page (core's HtmlOutput) in headless Debian Chromium, driven by
// playwright-core. Called by run.sh, which compiles the reports with the real CLI. Every fact is
// measured on the rendered page (boxes, computed styles, the printed PDF), never read from the
// markup; the JSON output of the same report says what the page must show (tables, sections,
// parent rows). One PASS/FAIL line per check; exit status 1 on any failure.
//
// Usage: html-layout.js OUT REPORT...   where REPORT is NAME:SECTIONS[:hostile]
//   OUT/NAME.html and OUT/NAME.json are the compiled report; SECTIONS the number of 一、… headings.
// Env: PW_MODULE (playwright-core), CHROMIUM (default /usr/bin/chromium)
// Writes OUT/NAME-1280.png, OUT/NAME-375.png (full page) and OUT/NAME.pdf (A4).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { chromium } = require(process.env.PW_MODULE);

const [OUT, ...REPORTS] = process.argv.slice(2);
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
let failures = 0;
let passes = 0;
function result(name, ok, detail) {
  if (ok) passes++; else failures++;
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const TOLERANCE = 1; // px: edges "line up" within one CSS pixel

/** The tables and sections the page must show, from the JSON output of the same report. */
function expectation(name) {
  const json = JSON.parse(fs.readFileSync(path.join(OUT, `${name}.json`), 'utf8'));
  const tables = [];
  const parents = []; // [table, row, parent row]
  for (const s of json.sections) {
    for (const b of s.content || []) {
      if (b.type !== 'table') continue;
      tables.push(b.id);
      for (const r of b.rows) if (r.parent) parents.push([b.id, r.id, r.parent]);
    }
  }
  return { tables, parents, headings: json.sections.map((s) => s.heading) };
}

// ---- measured in the page (these functions run inside Chromium) ----

/** Every table part (a <table>, or a <tbody> of a merged table) with its box and visibility. */
function measureTables() {
  return [...document.querySelectorAll('[data-table]')].map((el) => {
    const r = el.getBoundingClientRect();
    const st = getComputedStyle(el);
    const cells = el.querySelectorAll('td, th').length;
    return { id: el.dataset.table, width: r.width, height: r.height, cells,
      visible: st.visibility === 'visible' && st.display !== 'none' && r.width > 0 && r.height > 0 };
  });
}

/** Horizontal overflow of the page and of each table inside its wrapper. */
function measureOverflow() {
  const doc = document.documentElement;
  const wraps = [...document.querySelectorAll('.table-wrap')].map((w) => {
    const t = w.querySelector('table');
    const wr = w.getBoundingClientRect();
    return { table: t.dataset.table || t.querySelector('[data-table]').dataset.table,
      wrapLeft: wr.left, wrapRight: wr.right, tableWidth: t.getBoundingClientRect().width, wrapWidth: w.clientWidth,
      scrollWidth: w.scrollWidth, overflowX: getComputedStyle(w).overflowX };
  });
  // the element that sticks out furthest to the right, to name it when the page scrolls
  let widest = null;
  for (const el of document.querySelectorAll('article *')) {
    if (el.closest('.table-wrap') && !el.classList.contains('table-wrap')) continue;
    const r = el.getBoundingClientRect();
    if (!widest || r.right > widest.right) widest = { right: r.right, what: `${el.tagName.toLowerCase()}.${el.className}` };
  }
  return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, pageXOffsetMax: doc.scrollWidth - doc.clientWidth,
    widest, wraps };
}

/**
 * The tables laid out as grids (rowspan, colspan), measured: for every grouped column header
 * (th.group), its edges against the cells below it that start at its first column or end at its
 * last; every label (th[data-row]) with its box and text box; every value cell with its grid
 * column, box, padding, alignment and text box.
 */
function measureGrid() {
  const textBox = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect();
  };
  const groups = [];
  const labels = {};
  const values = [];
  for (const table of document.querySelectorAll('table.report-table')) {
    const grid = []; // grid[row][col] = cell
    const placed = []; // {cell, row, col, span}
    [...table.rows].forEach((tr, r) => {
      grid[r] = grid[r] || [];
      let c = 0;
      for (const cell of tr.cells) {
        while (grid[r][c]) c++;
        for (let i = 0; i < cell.rowSpan; i++) {
          grid[r + i] = grid[r + i] || [];
          for (let j = 0; j < cell.colSpan; j++) grid[r + i][c + j] = cell;
        }
        placed.push({ cell, row: r, col: c, span: cell.colSpan });
        c += cell.colSpan;
      }
    });
    const tableId = (cell) => cell.closest('[data-table]').dataset.table;
    for (const g of placed.filter((p) => p.cell.matches('th.group'))) {
      const gr = g.cell.getBoundingClientRect();
      const below = placed.filter((p) => p.row > g.row);
      const starts = below.filter((p) => p.col === g.col);
      const ends = below.filter((p) => p.col + p.span === g.col + g.span);
      const straddling = below.filter((p) => p.col < g.col + g.span && p.col + p.span > g.col
        && (p.col < g.col || p.col + p.span > g.col + g.span));
      groups.push({ table: tableId(g.cell), label: g.cell.textContent, left: gr.left, right: gr.right,
        startLefts: starts.map((p) => p.cell.getBoundingClientRect().left),
        endRights: ends.map((p) => p.cell.getBoundingClientRect().right),
        straddling: straddling.map((p) => p.cell.textContent || p.cell.dataset.column) });
    }
    for (const p of placed) {
      const cell = p.cell;
      const r = cell.getBoundingClientRect();
      if (cell.matches('th[data-row]')) {
        const id = tableId(cell);
        labels[id] = labels[id] || {};
        const t = textBox(cell);
        labels[id][cell.dataset.row] = { kind: cell.matches('.group') ? 'group' : 'row',
          left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: t.left };
      } else if (cell.matches('td.value')) {
        const st = getComputedStyle(cell);
        const t = cell.textContent.trim() ? textBox(cell) : null;
        values.push({ table: tableId(cell), grid: `${p.col}+${p.span}`, row: cell.dataset.row, left: r.left, right: r.right,
          padL: parseFloat(st.paddingLeft), padR: parseFloat(st.paddingRight), align: st.textAlign,
          text: t && { left: t.left, right: t.right } });
      }
    }
  }
  return { groups, labels, values };
}

// ---- the checks ----

async function checkWidth(page, name, width, exp, hostile) {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(50);
  const tables = await page.evaluate(measureTables);
  const ids = tables.map((t) => t.id);
  const missing = exp.tables.filter((t) => !ids.includes(t));
  const hidden = tables.filter((t) => !t.visible || t.cells === 0).map((t) => t.id);
  result(`${name} @${width}: every table of the report is rendered and visible (${exp.tables.length})`,
    missing.length === 0 && hidden.length === 0 && ids.length === exp.tables.length,
    missing.length || hidden.length ? `missing ${missing.join(',')} hidden ${hidden.join(',')}` : '');

  const o = await page.evaluate(measureOverflow);
  result(`${name} @${width}: the page does not scroll sideways`, o.scrollWidth <= o.clientWidth,
    `scrollWidth ${o.scrollWidth} clientWidth ${o.clientWidth}; furthest right ${o.widest.what} at ${o.widest.right.toFixed(1)}`);
  // The CSS lets a table wider than the column scroll inside its .table-wrap (overflow-x: auto).
  const bad = o.wraps.filter((w) => w.wrapRight > o.clientWidth + TOLERANCE || w.wrapLeft < -TOLERANCE
    || (w.scrollWidth > w.wrapWidth && !['auto', 'scroll'].includes(w.overflowX)));
  const scrolling = o.wraps.filter((w) => w.scrollWidth > w.wrapWidth).map((w) => `${w.table} ${w.scrollWidth}/${w.wrapWidth}px`);
  result(`${name} @${width}: wide tables stay in their own scrolling container`, bad.length === 0,
    `${scrolling.length ? `scroll inside: ${scrolling.join(', ')}` : 'all tables fit'}${bad.length ? `; escaping: ${bad.map((w) => w.table).join(',')}` : ''}`);

  if (width >= 1280) {
    result(`${name} @${width}: on a desktop every table fits the page without scrolling`, scrolling.length === 0, scrolling.join(', '));
  }

  const { groups, labels, values } = await page.evaluate(measureGrid);
  const off = groups.filter((g) => g.startLefts.length === 0 || g.endRights.length === 0 || g.straddling.length
    || g.startLefts.some((l) => Math.abs(l - g.left) > TOLERANCE) || g.endRights.some((r) => Math.abs(r - g.right) > TOLERANCE));
  result(`${name} @${width}: grouped column headers span exactly their columns (${groups.length} groups)`,
    groups.length > 0 && off.length === 0,
    off.map((g) => `${g.table}/${g.label}: ${g.left.toFixed(1)}..${g.right.toFixed(1)} vs lefts ${g.startLefts.map((x) => x.toFixed(1))} rights ${g.endRights.map((x) => x.toFixed(1))}`).join('; '));

  // A row label starts right of its parent's; a table drawn across (行政复议/行政诉讼 over the
  // columns) shows its rows as column groups: a child group lies below its parent, within its edges.
  const shallow = exp.parents.filter(([t, row, parent]) => {
    const c = labels[t] && labels[t][row];
    const p = labels[t] && labels[t][parent];
    if (!c || !p || c.kind !== p.kind) return true;
    if (c.kind === 'row') return !(c.text > p.text + TOLERANCE);
    return !(c.top >= p.bottom - TOLERANCE && c.left >= p.left - TOLERANCE && c.right <= p.right + TOLERANCE);
  });
  result(`${name} @${width}: nested row labels are indented under their parent (${exp.parents.length} rows)`,
    exp.parents.length > 0 && shallow.length === 0, shallow.map((x) => x.join('/')).join(', '));

  // Value cells: one text-align for all; within a grid column (same table, first column, span) every cell
  // shares its edges, and every number sits where that alignment puts it.
  const aligns = [...new Set(values.map((v) => v.align))];
  const columns = {};
  for (const v of values) (columns[`${v.table}/${v.grid}`] = columns[`${v.table}/${v.grid}`] || []).push(v);
  const ragged = [];
  let numbers = 0;
  for (const [key, cells] of Object.entries(columns)) {
    const [first] = cells;
    if (cells.some((c) => Math.abs(c.left - first.left) > TOLERANCE || Math.abs(c.right - first.right) > TOLERANCE)) ragged.push(`${key} cells`);
    const texts = cells.filter((c) => c.text);
    numbers += texts.length;
    const where = (c) => {
      if (c.align === 'right' || c.align === 'end') return c.text.right - (c.right - c.padR);
      if (c.align === 'left' || c.align === 'start') return c.text.left - (c.left + c.padL);
      return (c.text.left + c.text.right) / 2 - (c.left + c.padL + c.right - c.padR) / 2;
    };
    // a number wider than its cell overflows; nowrap keeps it on one line, so it cannot centre
    const misplaced = texts.filter((c) => c.text.right - c.text.left <= c.right - c.left - c.padL - c.padR && Math.abs(where(c)) > TOLERANCE);
    if (misplaced.length) ragged.push(`${key} ${misplaced.map((c) => c.row).join(',')}`);
  }
  result(`${name} @${width}: value cells align alike (text-align ${aligns.join('/')}; ${Object.keys(columns).length} columns, ${numbers} numbers)`,
    aligns.length === 1 && ragged.length === 0 && numbers > 0, ragged.join('; '));

  const headings = await page.$$eval('article h2', (hs) => hs.map((h) => h.textContent.trim()));
  const inOrder = headings.every((h, i) => h.startsWith(`${NUMERALS[i]}、`));
  result(`${name} @${width}: section headings 一 … ${NUMERALS[exp.sections - 1]} in order`,
    inOrder && headings.length === exp.sections && headings.join('|') === exp.headings.join('|'), headings.map((h) => h.slice(0, 3)).join(' '));

  if (hostile) {
    const h = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((x) => x.textContent.includes('<script>'));
      const wide = [...document.querySelectorAll('article p, article h1, .meta')].map((e) => ({ e, r: e.getBoundingClientRect(), w: e.scrollWidth, cw: e.clientWidth }))
        .filter((x) => x.r.right > document.documentElement.clientWidth + 1 || x.w > x.cw + 1).map((x) => x.e.tagName);
      return { x: window.__x, shown: !!p, scripts: document.querySelectorAll('article script').length, wide,
        agencyRight: document.querySelector('.agency').getBoundingClientRect().right, client: document.documentElement.clientWidth };
    });
    result(`${name} @${width}: injected <script> shows as text and did not run`, h.shown && h.x === undefined && h.scripts === 0,
      `window.__x ${h.x}, shown ${h.shown}, script elements ${h.scripts}`);
    result(`${name} @${width}: long unbroken text wraps inside the page`, h.wide.length === 0 && h.agencyRight <= h.client + TOLERANCE,
      h.wide.length ? `too wide: ${h.wide.join(',')}` : `agency right edge ${h.agencyRight.toFixed(1)} of ${h.client}`);
  }
  await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true });
}

/** The page's own CSP: a script added to the page after load is refused and reported. */
async function checkCsp(page, name) {
  const r = await page.evaluate(() => new Promise((resolve) => {
    let violation = null;
    document.addEventListener('securitypolicyviolation', (e) => { violation = e.violatedDirective; });
    const s = document.createElement('script');
    s.textContent = 'window.__y = 1';
    document.body.appendChild(s);
    setTimeout(() => resolve({ y: window.__y, violation }), 50);
  }));
  result(`${name}: the CSP refuses a script added to the page`, r.y === undefined && r.violation !== null && /script-src/.test(r.violation),
    `window.__y ${r.y}, violated ${r.violation}`);
}

/** Text of each PDF page (content order, whitespace removed) and word boxes, from poppler. */
function pdfPages(file) {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const texts = raw.split('\f').slice(0, -1).map((t) => t.replace(/\s+/g, ''));
  const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: +m[1], height: +m[2],
    words: [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
      .map((w) => ({ xMin: +w[1], xMax: +w[2], text: w[3] })),
  }));
  return { texts, pages };
}

async function checkPrint(page, name, file) {
  // The print layout at the width of an A4 page less the 20 mm side margins (170 mm = 642 px):
  // nothing may be wider, or Chromium shrinks the whole report to fit it (before the CSS
  // gave column headers two characters a line instead of three, the 复议/诉讼 table was 664 px:
  // every page printed at 96.7 %).
  await page.setViewportSize({ width: 642, height: 900 });
  await page.emulateMedia({ media: 'print' });
  const fit = await page.evaluate(() => ({ page: document.documentElement.scrollWidth,
    tables: [...document.querySelectorAll('table.report-table')].map((t) => ({ id: (t.closest('[data-table]') || t.querySelector('[data-table]')).dataset.table,
      width: t.getBoundingClientRect().width, wrap: t.parentElement.getBoundingClientRect().width })) }));
  const tooWide = fit.tables.filter((t) => t.width > t.wrap + TOLERANCE);
  result(`${name}: print: every table fits the width of an A4 page (170 mm = 642 px)`, fit.page <= 642 && tooWide.length === 0,
    `page ${fit.page}px${tooWide.map((t) => `; ${t.id} ${t.width.toFixed(0)}px`).join('')}`);
  const cellTexts = await page.evaluate(() => [...document.querySelectorAll('.report-table th, .report-table td')]
    .map((c) => c.textContent.replace(/\s+/g, '')).filter(Boolean));
  const css = await page.evaluate(() => ({
    rowBreak: getComputedStyle(document.querySelector('.report-table tbody tr')).breakInside,
    labels: [...document.querySelectorAll('.report-table th.row[scope="row"]')].map((t) => t.textContent.replace(/\s+/g, '')),
  }));
  // (page.pdf prints with the emulated media: it must stay 'print', or the PDF shows the screen CSS)
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: null });
  const { texts, pages } = pdfPages(file);
  // A row that breaks across pages leaves part of its label on each page: every single-row label
  // must be found whole on one page (Chromium paints a cell's lines one after the other).
  const split = css.labels.filter((l) => !texts.some((t) => t.includes(l)));
  result(`${name}: print: rows avoid page breaks (break-inside: ${css.rowBreak}) and no row label is split across pages (${css.labels.length} rows)`,
    css.rowBreak === 'avoid' && css.labels.length > 0 && split.length === 0, split.join(', '));
  // Every cell's text is somewhere in the PDF (a table cut off at the page edge loses its last columns).
  const all = texts.join('');
  const want = {};
  for (const t of cellTexts) want[t] = (want[t] || 0) + 1;
  const lost = Object.entries(want).filter(([t, n]) => all.split(t).length - 1 < n).map(([t]) => t.slice(0, 20));
  result(`${name}: print: the text of every table cell is in the PDF (${cellTexts.length} cells)`, lost.length === 0, lost.join(', '));
  const A4 = { width: 595.3, height: 841.9 }; // points
  const mm = 72 / 25.4;
  const outside = [];
  pages.forEach((p, i) => p.words.forEach((w) => {
    // (poppler's word boxes run up to a point past the glyphs: justified lines end on the margin)
    if (w.xMin < 20 * mm - 2 || w.xMax > p.width - 20 * mm + 2) outside.push(`p${i + 1} ${w.text.slice(0, 24)}@${w.xMax.toFixed(0)}`);
  }));
  const a4 = pages.every((p) => Math.abs(p.width - A4.width) < 1 && Math.abs(p.height - A4.height) < 1);
  const numbered = texts.every((t, i) => t.includes(`—${i + 1}—`));
  result(`${name}: print: ${pages.length} A4 pages, numbered, nothing outside the 20 mm side margins`,
    a4 && numbered && pages.length >= 2 && pages.length <= 12 && outside.length === 0,
    `${pages.length} pages${a4 ? '' : ' (not A4)'}${numbered ? '' : ' (page numbers missing)'}${outside.length ? `; outside: ${outside.slice(0, 5).join(', ')}` : ''}`);
  return pages.length;
}

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-html-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'), XDG_CACHE_HOME: path.join(userDataDir, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const pageCounts = [];
  try {
    for (const spec of REPORTS) {
      const [name, sections, hostile] = spec.split(':');
      const exp = { ...expectation(name), sections: +sections };
      const page = await browser.newPage();
      const errors = [];
      const requests = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto(`file://${path.resolve(OUT, `${name}.html`)}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      for (const width of [1280, 375]) await checkWidth(page, name, width, exp, hostile === 'hostile');
      if (hostile === 'hostile') await checkCsp(page, name);
      await page.setViewportSize({ width: 1280, height: 900 });
      pageCounts.push(`${name} ${await checkPrint(page, name, path.join(OUT, `${name}.pdf`))}`);
      result(`${name}: no script errors, no requests leave the file`, errors.length === 0 && requests.length === 0,
        [...errors, ...requests].join(', '));
      await page.close();
    }
  } catch (e) {
    result('the layout test ran to the end', false, e.stack);
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  log(`PDF pages: ${pageCounts.join(', ')}`);
  log(`${passes} passed, ${failures} failed`);
  process.exit(failures === 0 && passes > 0 ? 0 : 1);
})();
