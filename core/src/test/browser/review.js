#!/usr/bin/env node
// The review site (`nianbao review`) in headless Debian Chromium, driven by playwright-core, with
// JavaScript switched off: the site must be readable by following links alone. Called by
// review-run.sh, which builds the site with the real CLI. Checks: the index shows one row per
// report with the status the CLI's check gives; every link of the index (reports, findings,
// roll-ups, in-page) resolves to a file that loads and, when it has a fragment, to an element with
// that id, and a finding's link lands on a <td> scrolled into view and marked by :target; no page of
// the site has a <script>. One PASS/FAIL line per check; exit status 1 on any failure.
//
// Usage: review.js SITE EXPECTED_ROWS EXPECTED_ERROR_ROWS SCREENSHOT
// Env: PW_MODULE (playwright-core), CHROMIUM (default /usr/bin/chromium)
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require(process.env.PW_MODULE);

const [SITE, ROWS, ERROR_ROWS, SHOT] = process.argv.slice(2);
let failures = 0;
function result(name, ok, detail) {
  if (!ok) failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--allow-file-access-from-files'] });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const index = pathToFileURL(path.join(SITE, 'index.html')).href;
  await page.goto(index);

  const rows = await page.$$eval('tr.report', (trs) => trs.map((tr) => tr.dataset.status));
  result('one row per report', rows.length === Number(ROWS), `${rows.length} rows, expected ${ROWS}`);
  const errorRows = rows.filter((s) => s === 'errors').length;
  result('reports with errors as check finds them', errorRows === Number(ERROR_ROWS), `${errorRows}, expected ${ERROR_ROWS}`);
  const visible = await page.$eval('table', (t) => t.getBoundingClientRect().height > 0);
  result('the index table is visible without scripts', visible);
  await page.screenshot({ path: SHOT, fullPage: false });

  const links = await page.$$eval('a[href]', (as) => as.map((a) => ({ href: a.href, finding: a.classList.contains('finding') })));
  result('the index has links', links.length > Number(ROWS));
  let broken = [];
  let findingCells = 0;
  let findings = 0;
  const seenPages = new Set();
  for (const link of links) {
    const url = new URL(link.href);
    const file = decodeURIComponent(url.pathname);
    if (!fs.existsSync(file)) { broken.push(`${link.href} (no file)`); continue; }
    seenPages.add(file);
    if (!url.hash) continue;
    const target = await context.newPage();
    await target.goto(link.href);
    const id = decodeURIComponent(url.hash.slice(1));
    const found = await target.evaluate((id) => {
      const el = document.getElementById(id);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { tag: el.tagName, inView: r.top >= 0 && r.top < innerHeight,
        marked: el.matches(':target') && getComputedStyle(el).outlineStyle !== 'none' };
    }, id);
    if (!found) broken.push(`${link.href} (no element #${id})`);
    if (link.finding) {
      findings++;
      if (found && found.tag === 'TD' && found.inView && found.marked) findingCells++;
    }
    await target.close();
  }
  result('every link resolves (file, and element of the fragment)', broken.length === 0, broken.slice(0, 5).join('; '));
  result('findings on a cell land on the cell, in view and marked', findings > 0 && findingCells > 0,
    `${findingCells} of ${findings} findings point at a cell`);

  const withScript = [];
  for (const file of walk(SITE).filter((f) => f.endsWith('.html'))) {
    if (/<script\b/i.test(fs.readFileSync(file, 'utf8'))) withScript.push(file);
  }
  result('no page of the site has a script', withScript.length === 0, withScript.join(', '));
  await browser.close();
  console.log(`review: ${failures === 0 ? 'PASSED' : 'FAILED'} (${seenPages.size} pages linked from the index)`);
  process.exit(failures === 0 ? 0 : 1);
})().catch((e) => { console.error(e); process.exit(1); });

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]);
}
