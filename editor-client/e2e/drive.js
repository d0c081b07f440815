#!/usr/bin/env node
// Drives a running code-server with the nianbao extension installed, as a clerk would, through
// headless Debian Chromium (playwright-core). Called by run.sh; exit code 0 only if every step
// saw what it expects. Screenshots of each step go to $OUT.
//
// Env: CS_URL, WORKSPACE (a copy of examples/), FILE (the report, relative to WORKSPACE), OUT,
//      PW_MODULE (playwright-core), CHROMIUM (default /usr/bin/chromium), SERVER_WAIT_MS (90000),
//      SERVER_MATCH (the extensions folder: finds the server process), ARCHIVE_DIR (where the
//      extension keeps its class data sharing archives), USER_VMARG (set in nianbao.server.vmargs)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(process.env.PW_MODULE);

const CS_URL = process.env.CS_URL || 'http://127.0.0.1:8765';
const WORKSPACE = process.env.WORKSPACE;
const FILE = process.env.FILE || 'guanghua-2021.nianbao';
const OUT = process.env.OUT || '.';
const SERVER_WAIT_MS = +(process.env.SERVER_WAIT_MS || 90000);
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

// Where the edits go, found in the report itself (1-based lines and columns, as Ctrl+G takes them).
const source = fs.readFileSync(path.join(WORKSPACE, FILE), 'utf8').split(/\r?\n/);
const lineOf = (prefix) => {
  const i = source.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starting with ${prefix} in ${FILE}`);
  return i + 1;
};
// 本年新收: its first cell (自然人) is '-'; typing 3 there breaks the row's 总计 (still 0).
const EDIT_LINE = lineOf('本年新收');
const EDIT_COL = source[EDIT_LINE - 1].indexOf('-') + 1;
// Rows of the same table are deleted; completion at the start of a row must offer them back,
// listed by the names they insert (the official label beside), and the groups that hold them.
const REMOVED = ['国家秘密', '重复申请', '逾期未缴费'];
const OFFERED = ['重复申请', '逾期未缴费', '不予处理'];

const steps = {};
function result(name, ok, detail) {
  steps[name] = ok;
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

async function shot(page, name) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  log('screenshot', file);
}

async function quickInput(page, keys, text) {
  await page.keyboard.press(keys);
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 15000 });
  await page.keyboard.type(text, { delay: 15 });
}

async function goTo(page, line, col) {
  await quickInput(page, 'Control+G', `${line}:${col}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10000 }).catch(() => {});
  await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: 10000 });
}

async function runCommand(page, title) {
  await quickInput(page, 'F1', title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** Ids of the language server processes of this run (java -jar <extensions dir>/…/nianbao-server.jar). */
function serverPids() {
  const out = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0');
      if (cmd.some((a) => a.startsWith(process.env.SERVER_MATCH) && a.endsWith('nianbao-server.jar'))) out.push(+d);
    } catch (_) { /* gone */ }
  }
  return out;
}

/** The command line of a process, one argument per element. */
function cmdline(pid) {
  try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean); } catch (_) { return []; }
}

/** The files a process has mapped into memory. */
function mappedFiles(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n').map((l) => l.split(/\s+/).slice(5).join(' ')).filter(Boolean);
  } catch (_) { return []; }
}

async function poll(page, what, ms = 30000) {
  for (let waited = 0; waited < ms; waited += 250) {
    const v = what();
    if (v) return v;
    await page.waitForTimeout(250);
  }
  return what();
}

/**
 * The server runs with the benchmarked JVM flags, the user's vmargs after them. The first server
 * for this jar creates the class data sharing archive in the extension's global storage as it
 * exits; after *Restart Language Server* the new server maps it.
 */
async function fastStart(page) {
  const dir = process.env.ARCHIVE_DIR;
  const [first] = serverPids();
  const args = cmdline(first);
  log('SERVER COMMAND LINE:', args.join(' '));
  const ours = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xms8m', '-Xshare:auto', '-Xlog:all=warning:stderr'];
  const user = args.indexOf(process.env.USER_VMARG);
  const jar = args.indexOf('-jar');
  result('the server runs with the benchmarked JVM flags, then the user\'s vmargs',
    ours.every((f) => args.includes(f)) && user > Math.max(...ours.map((f) => args.indexOf(f))) && user < jar, '');
  const creates = args.find((a) => a.startsWith(`-XX:ArchiveClassesAtExit=${dir}/`));
  result('first start: the server will write a class data sharing archive into global storage', !!creates, creates || 'no -XX:ArchiveClassesAtExit');

  await runCommand(page, 'Restart Language Server');
  const second = await poll(page, () => serverPids().find((p) => p !== first));
  const args2 = cmdline(second);
  log('SERVER COMMAND LINE after restart:', args2.join(' '));
  const archive = (args2.find((a) => a.startsWith('-XX:SharedArchiveFile=')) || '').slice('-XX:SharedArchiveFile='.length);
  const mapped = archive && await poll(page, () => mappedFiles(second).includes(archive), 15000);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  log('ARCHIVE FOLDER:', files.join(', '));
  result('after a restart: the archive exists and the new server maps it',
    archive.startsWith(`${dir}/`) && fs.existsSync(archive) && mapped && !args2.some((a) => a.startsWith('-XX:ArchiveClassesAtExit')),
    archive || 'no -XX:SharedArchiveFile');
  result('the archive folder holds the archive only', files.length === 1 && archive.endsWith(files[0]), files.join(', '));

  // A JVM that will not start with the archive (run.sh's java wrapper refuses it while the marker
  // exists): the extension drops the archive and starts the server without one.
  if (!process.env.REFUSE_ARCHIVE) return;
  fs.writeFileSync(process.env.REFUSE_ARCHIVE, '');
  await runCommand(page, 'Restart Language Server');
  const plain = (p) => p !== second && cmdline(p)[0] !== '/bin/sh' && !cmdline(p).some((a) => a.startsWith('-XX:SharedArchiveFile='));
  const third = await poll(page, () => serverPids().find(plain));
  const left = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  fs.rmSync(process.env.REFUSE_ARCHIVE);
  log('SERVER COMMAND LINE after the refused archive:', cmdline(third).join(' '));
  result('a JVM that refuses the archive: the archive is dropped and the server starts without it',
    !!third && !left.some((f) => f.endsWith('.jsa')), `server ${third}; archive folder: ${left.join(', ')}`);
  await page.waitForTimeout(500);
  const toasts = await page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
  for (const t of toasts) log('NOTIFICATION:', JSON.stringify(t));
  result('the start that was retried without the archive shows no error', !toasts.some((t) => /connection|启动失败/.test(t)), '');
}


/** The suggest widget's labels (opened with Ctrl+Space, retried: a key right after a quick input can be lost). */
async function suggestions(page, open = true) {
  const sugg = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  let items = [];
  for (let attempt = 1; attempt <= 4 && !items.length; attempt++) {
    if (open) await page.keyboard.press('Control+Space');
    try {
      await sugg.first().waitFor({ timeout: 7500 });
      await page.waitForTimeout(500);
      items = await sugg.evaluateAll((els) => els.map((e) => {
        const n = e.querySelector('.label-name, .monaco-highlighted-label');
        return (n ? n.textContent : e.getAttribute('aria-label') || '').trim();
      }));
    } catch (e) {
      const msg = await page.locator('.suggest-widget .message').innerText().catch(() => '');
      log(`no suggest list (attempt ${attempt})${msg ? ` (widget says: ${msg})` : ''}`);
      if (!open) break;
      await page.keyboard.press('Escape');
    }
  }
  return items;
}

/** The text of an editor line as shown (the active editor group), 1-based. */
async function lineText(page, line) {
  await goTo(page, line, 1);
  return page.evaluate(() => {
    const cur = document.querySelector('.editor-group-container.active .monaco-editor .view-overlays .current-line');
    const top = cur ? cur.parentElement.style.top || cur.style.top : null;
    const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')];
    const hit = lines.find((l) => l.style.top === top);
    if (!hit) return '';
    const walker = document.createTreeWalker(hit, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // not the inlay hints (应为 N), nor the lone … VS Code shows for a hint while it renders it again
      if (!/应为|^\s*…\s*$/.test(n.textContent)) text += n.textContent;
    }
    return text.replace(/\u00a0/g, ' ');
  });
}

/** Groups (标题行) complete by pinyin; choosing one offers its rows; a row comes with its cells. */
async function groupCompletion(page) {
  const after = lineOf('要求提供公开出版物') - 2; // two rows above were deleted
  await goTo(page, after, 1);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('bygk', { delay: 30 });
  const groups = await suggestions(page);
  log('COMPLETIONS for bygk:', JSON.stringify(groups));
  result('completion: a group of rows by its pinyin initials (bygk → 不予公开)', groups.includes('不予公开'), groups.join(', '));
  const group = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row', { hasText: '不予公开' }).first();
  if (!(await group.count())) return;
  await group.click();
  // the extension asked the server to reopen the list: the group's rows not yet written
  const rows = await suggestions(page, false);
  log('COMPLETIONS after choosing 不予公开:', JSON.stringify(rows));
  result('completion: choosing a group offers its rows', rows.includes('国家秘密') || rows.includes('属于国家秘密'), rows.join(', '));
  await shot(page, '03b-group-rows.png');
  const row = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row', { hasText: '国家秘密' }).first();
  if (!(await row.count())) return;
  await row.click();
  await page.waitForTimeout(300);
  await page.keyboard.type('2'); // the first tab stop holds the 0 of 自然人
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  const text = await lineText(page, after + 1);
  log('ROW INSERTED:', JSON.stringify(text));
  const cells = text.trim().split(/\s+/);
  result('completion: an accepted row is inserted as the label shown, with one tab stop per cell',
    /^(属于)?国家秘密$/.test(cells[0]) && cells.length === 8 && cells[1] === '2' && cells.slice(2).every((c) => c === '0'), text);
}

/**
 * Format Document, then measure where each column of the section-三 table ends on screen: the
 * formatter right-aligns names and numbers, counting a CJK character as two digits; with the
 * extension's font chain (Noto Sans Mono CJK SC here) that must hold in pixels too.
 */
async function alignedTable(page) {
  const mid = lineOf('要求提供公开出版物');
  await page.keyboard.press('Control+B'); // the side bar and the other editor groups away: the table's whole width on screen
  await runCommand(page, 'Close Editors in Other Groups');
  await page.waitForTimeout(1000);
  await goTo(page, mid, 1);
  await page.keyboard.press('Control+Shift+I'); // Format Document (Linux key)
  await page.waitForTimeout(1500);
  await goTo(page, mid, 1);
  const m = await page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const font = getComputedStyle(editor.querySelector('.view-lines')).fontFamily;
    // a line's own text: its text nodes without the inlay hints VS Code injects (应为 N)
    const own = (el) => {
      const nodes = [];
      let hinted = false;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (/应为/.test(n.textContent)) hinted = true;
        else nodes.push(n);
      }
      return { nodes, hinted, text: nodes.map((n) => n.textContent).join('').replace(/\u00a0/g, ' ') };
    };
    const lines = [...editor.querySelectorAll('.view-lines .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((el) => ({ el, ...own(el) }));
    const head = lines.findIndex((l) => l.text.startsWith('[申请处理]'));
    if (head < 0) return { font, error: 'the table head is not on screen' };
    const table = [];
    for (let i = head; i < lines.length && lines[i].text.trim(); i++) table.push(lines[i]);
    // the right edge of the character at [offset] of a line's own text
    const rightOf = (nodes, offset) => {
      let seen = 0;
      for (const n of nodes) {
        if (offset < seen + n.length) {
          const r = document.createRange();
          r.setStart(n, offset - seen);
          r.setEnd(n, offset - seen + 1);
          return r.getBoundingClientRect().right;
        }
        seen += n.length;
      }
      return NaN;
    };
    // a line with an inlay hint (应为 N after a wrong cell) has its later cells pushed right by the
    // hint's width, by design: the alignment is measured on the other lines
    const hinted = table.filter((l) => l.hinted).map((l) => l.text.trim().split(/\s+/)[0]);
    const columns = [];
    for (const l of table.filter((x) => !x.hinted)) {
      const tokens = [...l.text.matchAll(/\S+/g)];
      tokens.slice(1).forEach((t, j) => {
        (columns[j] = columns[j] || []).push(rightOf(l.nodes, t.index + t[0].length - 1));
      });
    }
    const drift = columns.map((xs) => Math.max(...xs) - Math.min(...xs));
    return { font, lines: table.length, hinted, drift, head: table[0].text };
  });
  log('EDITOR FONT:', m.font);
  log('TABLE 三 after formatting:', JSON.stringify(m));
  const ok = !m.error && m.lines >= 20 && m.hinted.length <= 2 && m.drift.length === 7 && m.drift.every((d) => d <= 2);
  result('formatted table 三 lines up on screen: every column drifts ≤ 2 px', ok,
    m.drift ? `${m.lines} lines (${m.hinted.length} with an inlay hint left out: ${m.hinted.join(', ')}); drift per column (px): ${m.drift.map((d) => d.toFixed(1)).join(', ')}` : m.error);
  await shot(page, '07-aligned-table.png');
  await page.keyboard.press('Control+B');
  // the preview again, for the reload at the end
  await page.locator('.editor-actions .action-label[aria-label*="Open Preview to the Side"]').first().click({ timeout: 15000 });
  await page.waitForTimeout(1500);
}

/** Inlay hints say what a cell should be (应为 N), on the cell the quick fix edits. */
async function inlayHint(page) {
  const texts = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.editor-group-container .monaco-editor .view-lines span')) {
      for (const pseudo of ['::before', '::after']) {
        const c = getComputedStyle(el, pseudo).content;
        if (c && c !== 'none' && c !== 'normal') out.push(c);
      }
      if (/应为/.test(el.textContent)) out.push(el.textContent);
    }
    return out;
  });
  const hint = texts.find((t) => /应为\s*\d/.test(t)) || '';
  log('INLAY HINTS:', JSON.stringify(texts.filter((t) => /应为|=/.test(t))));
  result('inlay hint says what the cell should be (应为 …)', !!hint, hint);
}

/** Export with errors: asked first (how many, which); the file says it was unsaved; 打开 shows the page. */
async function exportWithErrors(page, format, exported) {
  fs.rmSync(exported, { force: true });
  await runCommand(page, format === 'html' ? 'Export HTML' : 'Export JSON');
  const dialog = page.locator('.monaco-dialog-box');
  const asked = await dialog.waitFor({ timeout: 15000 }).then(() => true, () => false);
  const text = asked ? await dialog.innerText() : '';
  log(`EXPORT ${format} DIALOG:`, JSON.stringify(text));
  result(`export ${format}: a report with errors is exported only when the user confirms, told how many and which`,
    asked && /有 \d+ 个错误/.test(text) && /第 \d+ 行/.test(text) && /balance\./.test(text) && !fs.existsSync(exported), '');
  if (!asked) return;
  await dialog.locator('.monaco-button', { hasText: 'Export Anyway' }).first().click();
  for (let i = 0; i < 40 && !fs.existsSync(exported); i++) await page.waitForTimeout(250);
  const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'Exported' }).last();
  const toastText = await toast.waitFor({ timeout: 15000 }).then(() => toast.innerText(), () => '');
  log(`EXPORT ${format} NOTIFICATION:`, JSON.stringify(toastText));
  result(`export ${format}: written after confirming, and the notification says it holds unsaved edits`,
    fs.existsSync(exported) && /尚未保存/.test(toastText) && /unsaved/.test(toastText), exported);
  return toast;
}

/** 打开 after exporting HTML: the page itself in a tab (a webview), not its source. */
async function openExportedPage(page, toast) {
  await toast.locator('.monaco-button', { hasText: '打开 Open' }).first().click();
  await page.waitForSelector('.tab[aria-label*="guanghua-2021.html"]', { timeout: 15000 }).catch(() => {});
  let found = null;
  for (let i = 0; i < 60 && !found; i++) {
    for (const f of page.frames()) {
      const info = await f.evaluate(() => ({
        tables: document.querySelectorAll('table.report-table').length,
        marks: document.querySelectorAll('.nb-error, .nb-findings').length,
        h1: (document.querySelector('h1') || {}).textContent || '',
      })).catch(() => null);
      if (info && info.tables > 0 && info.marks === 0) { found = info; break; }
    }
    if (!found) await page.waitForTimeout(250);
  }
  const sourceShown = await page.locator('.editor-group-container .monaco-editor .view-line', { hasText: '<!DOCTYPE html>' }).count();
  log('EXPORTED PAGE:', JSON.stringify(found));
  result('export HTML: 打开 shows the published page (rendered, unmarked), not its HTML source', !!found && sourceShown === 0, '');
  await shot(page, '08-exported-page.png');
}

/** Last year's report changes on disk: the open report is checked again without being edited. */
async function recheckOnDisk(page) {
  await quickInput(page, 'Control+P', 'yunxi-2021.nianbao');
  // the row of that very file, clicked: Enter takes the first row, which may be yunxi-2020 (opened more recently)
  await page.locator('.quick-input-list .monaco-list-row[aria-label*="yunxi-2021.nianbao"]').first().click({ timeout: 15000 });
  await page.waitForSelector('.tab.active[aria-label*="yunxi-2021.nianbao"]', { timeout: 15000 });
  await page.waitForTimeout(3000);
  const carried = () => page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')]
    .filter((e) => (e.textContent || '').includes('carry.applications')).map((e) => e.textContent));
  const before = (await carried()).length;
  const last = path.join(WORKSPACE, 'yunxi-2020.nianbao');
  const old = fs.readFileSync(last, 'utf8');
  fs.writeFileSync(last, old.replace(/^结转下年度(\s+)1(\s+.*)\s1$/m, '结转下年度$12$2 2'));
  const seen = await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')]
    .some((e) => (e.textContent || '').includes('carry.applications')), null, { timeout: 30000 }).then(() => true, () => false);
  const after = await carried();
  for (const p of after) log('PROBLEM (after last year changed):', p);
  result('last year\'s report changed on disk: the open report is checked again (carry.applications)', before === 0 && seen && after.length > 0,
    `${before} -> ${after.length} carry.applications problems`);
  await shot(page, '09-recheck-last-year.png');
  fs.writeFileSync(last, old);
  await page.keyboard.press('Control+W');
}

/** The preview marks the blamed cells and follows the cursor to the row. */
async function previewMarks(page, webview) {
  const cells = webview.locator('td.nb-error');
  const marked = await cells.first().waitFor({ timeout: 15000 }).then(() => true, () => false);
  const title = marked ? await cells.first().getAttribute('title') : '';
  const listed = await webview.locator('ol.nb-findings li').count();
  log('PREVIEW MARK:', JSON.stringify(title), `${listed} findings listed`);
  result('preview marks each cell a finding blames (colour, message as tooltip) and lists the findings', marked && /勾稽关系/.test(title || '') && listed > 0, '');
  const current = await webview.locator('tr.nianbao-current-line').first().innerText().catch(() => '');
  log('PREVIEW CURRENT ROW:', JSON.stringify(current));
  result('preview follows the cursor to its table row', /本年新收/.test(current), current);
}

async function problems(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('aria-label') || ''} | ${e.textContent || ''}`),
  );
}

/** Without a usable Java the user must be told what to do, in a notification. */
async function noJava(page) {
  const toast = page.locator('.notifications-toasts .notification-list-item-message', { hasText: 'Java 17' }).first();
  const seen = await toast.waitFor({ timeout: SERVER_WAIT_MS }).then(() => true, () => false);
  const text = seen ? await toast.innerText() : '';
  log('NOTIFICATION:', JSON.stringify(text));
  result('no Java: a notification says what to do and where to get Java 17 (Adoptium, TUNA mirror)',
    seen && text.includes('nianbao.java.home') && text.includes('adoptium.net') && text.includes('mirrors.tuna.tsinghua.edu.cn'), '');
  const failedItem = await page.locator('.statusbar-item:has-text("年报") .codicon-error').count();
  result('no Java: the status bar shows the failure', failedItem > 0, '');
  await shot(page, '05-no-java.png');
  // 打开设置 opens the settings where nianbao.java.home can be set (in code-server: the Remote tab)
  const toastItem = page.locator('.notifications-toasts .notification-list-item', { hasText: 'Java 17' }).first();
  await toastItem.locator('.monaco-button', { hasText: 'Open Settings' }).first().click().catch((e) => log('no button:', e.message.split('\n')[0]));
  const setting = page.locator('.settings-editor .setting-item-contents', { hasText: 'Home' }).first();
  const shown = await setting.waitFor({ timeout: 15000 }).then(() => true, () => false);
  const settingText = shown ? await setting.innerText() : '';
  const tab = await page.locator('.settings-editor .settings-tabs-widget .action-item .action-label.checked').first().innerText().catch(() => '');
  log('SETTINGS:', JSON.stringify(tab), JSON.stringify(settingText.slice(0, 200)));
  result('no Java: 打开设置 opens the settings at nianbao.java.home', shown && /Java/.test(settingText), tab);
  await shot(page, '05b-java-setting.png');
}

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-chromium-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 1000 },
    env: { ...process.env, XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'), XDG_CACHE_HOME: path.join(userDataDir, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const external = new Set();
  ctx.on('request', (r) => {
    const u = r.url();
    if (/^(https?|wss?):/.test(u) && !/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]/.test(u)) external.add(u.split('?')[0]);
  });
  const page = ctx.pages()[0] || (await ctx.newPage());
  page.on('pageerror', (e) => log('PAGE ERROR', e.message));
  try {
    await page.goto(`${CS_URL}/?folder=${encodeURIComponent(WORKSPACE)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
    log('workbench ready');

    // Open the report with Quick Open, like a user.
    await page.locator('.monaco-workbench').click({ position: { x: 800, y: 450 } }).catch(() => {});
    await quickInput(page, 'Control+P', FILE);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${FILE}"]`, { timeout: 15000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.tab[aria-label*="${FILE}"]`, { timeout: 15000 });
    await page.waitForSelector('.editor-instance .view-lines', { timeout: 15000 });
    log('report open');
    if (process.env.MODE === 'nojava') {
      await noJava(page);
      return;
    }

    // The extension's status bar item turns to a check mark once the server answers initialize.
    const running = page.locator('.statusbar-item:has-text("年报") .codicon-check');
    const failed = page.locator('.statusbar-item:has-text("年报") .codicon-error');
    await Promise.race([
      running.first().waitFor({ timeout: SERVER_WAIT_MS }),
      failed.first().waitFor({ timeout: SERVER_WAIT_MS }).then(() => { throw new Error('the language server failed to start'); }),
    ]);
    log('language server running');
    if (process.env.SERVER_MATCH && process.env.ARCHIVE_DIR) {
      await fastStart(page);
      await running.first().waitFor({ timeout: SERVER_WAIT_MS });
    }
    // the highlighting comes from the extension's grammar: a heading token is coloured as a section name
    const tokenClasses = await page.locator('.view-lines .view-line span span').evaluateAll((els) => new Set(els.map((e) => e.className)).size);
    result('highlighting', tokenClasses > 3, `${tokenClasses} token colours`);

    // 1) No problems in the example. The server publishes on open; give it a moment, then read the panel.
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel', { timeout: 15000 });
    await page.waitForTimeout(3000);
    const before = await problems(page);
    for (const p of before) log('PROBLEM (before edit):', p);
    result('no problems in the example', before.length === 0, `${before.length} problems`);
    await shot(page, '01-opened-no-problems.png');

    // 2) Break a total: 本年新收, 自然人 '-' -> 3 while 总计 stays 0.
    await page.locator('.editor-instance .view-lines').click();
    await goTo(page, EDIT_LINE, EDIT_COL);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('3');
    const wanted = `line ${EDIT_LINE} `;
    const seen = await page
      .waitForFunction(
        (w) => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((e) => {
          const s = `${e.getAttribute('aria-label') || ''} ${e.textContent || ''}`;
          return s.includes('balance.') && (s.includes(w) || s.includes(`[Ln ${w.slice(5).trim()},`));
        }),
        wanted,
        { timeout: 30000 },
      )
      .then(() => true, () => false);
    const after = await problems(page);
    for (const p of after) log('PROBLEM (after edit):', p);
    result('balance diagnostic at the edited line', seen, `expected balance.* at line ${EDIT_LINE}`);
    const squiggles = await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').count();
    result('squiggle in the editor', squiggles > 0, `${squiggles} squiggles`);
    await shot(page, '02-balance-diagnostic.png');

    // 3) Completion at the start of a row: delete two rows, put the caret at the start of the
    //    row below the first one, Ctrl+Space; the deleted rows must be offered.
    for (const name of REMOVED) {
      const line = lineOf(name) - REMOVED.indexOf(name); // lines above moved up by the rows already deleted
      await goTo(page, line, 1);
      await page.keyboard.press('Control+Shift+K');
    }
    const target = lineOf(REMOVED[0]); // now holds the row that followed it
    await goTo(page, target, 1);
    const items = await suggestions(page);
    log('COMPLETIONS:', JSON.stringify(items));
    result('completion offers the missing rows and their groups, by the names they insert', OFFERED.every((r) => items.includes(r)), OFFERED.join(', '));
    await shot(page, '03-completion.png');
    await page.keyboard.press('Escape');
    await groupCompletion(page);

    // 4) The preview, opened with the editor-title button: the section-三 table, with the edit.
    const button = page.locator('.editor-actions .action-label[aria-label*="Open Preview to the Side"]').first();
    await button.click({ timeout: 15000 });
    const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const section3 = webview.locator('section', { has: webview.locator('h2', { hasText: '三、收到和处理政府信息公开申请情况' }) });
    const table = section3.locator('table').first();
    const tableOk = await table.waitFor({ timeout: 30000 }).then(() => true, () => false);
    let tableText = '';
    if (tableOk) {
      // updated as the user types: the 3 typed above is in the 本年新收 row
      const row = table.locator('tr', { hasText: '本年新收' }).first();
      tableText = await row.innerText().catch(() => '');
    }
    log('PREVIEW row:', JSON.stringify(tableText));
    result('preview shows the section-三 table', tableOk && /本年新收/.test(tableText), '');
    result('preview shows the edited value', /(^|\s)3(\s|$)/.test(tableText), JSON.stringify(tableText));
    // the caret is in section 三 (at the row where completion ran): the preview marks that section
    const current = await section3.first().getAttribute('class').catch(() => '');
    result('preview follows the section being edited', /nianbao-current/.test(current || ''), `class="${current}"`);
    // bring the editor back to the edited line so that the screenshot shows squiggle, problems and preview
    await page.locator('.editor-instance .view-lines').first().click();
    await goTo(page, EDIT_LINE, EDIT_COL);
    await page.keyboard.press('Control+B'); // hide the side bar: more room for source and preview
    await page.waitForTimeout(1500);
    await inlayHint(page);
    await previewMarks(page, webview);
    await shot(page, '04-preview.png');
    await page.keyboard.press('Control+B');

    // 5) A crash: the Java server is killed; the extension starts it again and the problems return.
    if (process.env.SERVER_MATCH) {
      const before = serverPids();
      for (const pid of before) process.kill(pid, 'SIGKILL');
      log('killed language server', before.join(','));
      let restarted = [];
      for (let i = 0; i < 120 && !restarted.length; i++) {
        await page.waitForTimeout(250);
        restarted = serverPids().filter((p) => !before.includes(p));
      }
      const back = restarted.length > 0 && (await page
        .waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')]
          .some((e) => (e.textContent || '').includes('balance.')), null, { timeout: 30000 })
        .then(() => true, () => false));
      result('a crashed server is restarted and checks again', back && before.length === 1, `old ${before} new ${restarted}`);
    }

    // 6) Export HTML and JSON beside the report (a copy of examples/): the report has errors and
    //    unsaved edits, so the user is asked first; 打开 shows the page.
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    const exported = path.join(WORKSPACE, FILE.replace(/\.nianbao$/, '.html'));
    const toast = await exportWithErrors(page, 'html', exported);
    if (toast) await openExportedPage(page, toast);
    const exportedJson = exported.replace(/\.html$/, '.json');
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
    await exportWithErrors(page, 'json', exportedJson);
    let json;
    try { json = JSON.parse(fs.readFileSync(exportedJson, 'utf8')); } catch (_) { /* checked below */ }
    result('export JSON writes the report data beside the report', json !== undefined && JSON.stringify(json).includes('本年新收'), exportedJson);

    // 7) Check the whole folder: every report is checked, the totals are shown, Problems lists them.
    await runCommand(page, 'Check All Reports in the Workspace');
    const summary = page.locator('.notifications-toasts .notification-list-item-message', { hasText: /Checked \d+ reports/ }).first();
    const summaryText = await summary.waitFor({ timeout: 30000 }).then(() => summary.innerText(), () => '');
    log('NOTIFICATION:', JSON.stringify(summaryText));
    const listed = await problems(page);
    const unopened = listed.filter((p) => p.includes('unopened.nianbao') || (p.includes('balance.') && p.includes('more')));
    for (const p of unopened) log('PROBLEM (unopened report):', p);
    result('check workspace reports the problems of a report never opened',
      /Checked [2-9]\d* reports: [1-9]\d* errors/.test(summaryText) && unopened.length > 0, '');
    await shot(page, '06-check-workspace.png');

    // 8) Tables line up after formatting, in the extension's font.
    await page.keyboard.press('Control+J'); // the panel away: more lines of the table on screen
    await quickInput(page, 'Control+P', FILE);
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${FILE}"]`, { timeout: 15000 });
    await page.keyboard.press('Enter');
    await alignedTable(page);
    await page.keyboard.press('Control+J');

    // 9) Last year's report changes on disk.
    await recheckOnDisk(page);

    // 10) A reload of the window brings the preview back (webview serializer).
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForTimeout(3000);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    const restored = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('table.report-table').first();
    const back = await restored.waitFor({ timeout: 60000 }).then(() => true, () => false);
    result('the preview comes back after a reload of the window', back, '');
    await shot(page, '10-preview-after-reload.png');
  } catch (e) {
    result('driver', false, e.message.split('\n')[0]);
    try {
      await page.keyboard.press('Escape');
      await page.locator('#status\\.notifications, .statusbar-item[id="status.notifications"]').first().click({ timeout: 5000 });
      await page.waitForSelector('.notifications-center.visible', { timeout: 5000 });
      for (const t of await page.locator('.notifications-center .notification-list-item-message').allInnerTexts()) log('NOTIFICATION:', t);
    } catch (err) { log('(could not read notifications:', err.message.split('\n')[0] + ')'); }
    await shot(page, 'failure.png').catch(() => {});
  } finally {
    for (const u of external) log('EXTERNAL REQUEST:', u);
    await ctx.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  const names = Object.keys(steps);
  const failed = names.filter((n) => !steps[n]);
  console.log(`RESULT ${names.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length || !names.length ? 1 : 0);
})();
