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
// Two rows of the same table are deleted; completion at the start of a row must offer them back,
// listed by their official labels (the row written as 逾期未缴费 is 2.申请人逾期未按收费通知要求缴纳费用…).
const REMOVED = ['重复申请', '逾期未缴费'];
const OFFERED = ['重复申请', '逾期未按收费通知要求缴纳费用'];

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
  result('no Java: a notification says what to do', seen && text.includes('nianbao.java.home'), '');
  const failedItem = await page.locator('.statusbar-item:has-text("年报") .codicon-error').count();
  result('no Java: the status bar shows the failure', failedItem > 0, '');
  await shot(page, '05-no-java.png');
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
    const sugg = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    let items = [];
    for (let attempt = 1; attempt <= 4 && !items.length; attempt++) {
      await page.keyboard.press('Control+Space');
      try {
        await sugg.first().waitFor({ timeout: 7500 });
        await page.waitForTimeout(500);
        items = await sugg.evaluateAll((els) => els.map((e) => {
          const n = e.querySelector('.label-name, .monaco-highlighted-label');
          return (n ? n.textContent : e.getAttribute('aria-label') || '').trim();
        }));
      } catch (e) {
        const msg = await page.locator('.suggest-widget .message').innerText().catch(() => '');
        log(`no suggest list after Ctrl+Space #${attempt}${msg ? ` (widget says: ${msg})` : ''}`);
        await page.keyboard.press('Escape');
      }
    }
    log('COMPLETIONS:', JSON.stringify(items));
    result('completion offers the missing rows', OFFERED.every((r) => items.some((i) => i.includes(r))), OFFERED.join(', '));
    await shot(page, '03-completion.png');
    await page.keyboard.press('Escape');

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

    // 6) Export HTML beside the report (a copy of examples/), through the command palette.
    const exported = path.join(WORKSPACE, FILE.replace(/\.nianbao$/, '.html'));
    await runCommand(page, 'Export HTML');
    const exportOk = await (async () => {
      for (let i = 0; i < 40; i++) {
        if (fs.existsSync(exported) && fs.readFileSync(exported, 'utf8').includes('<table')) return true;
        await page.waitForTimeout(250);
      }
      return false;
    })();
    result('export HTML writes the page beside the report', exportOk, exported);
    const exportedJson = exported.replace(/\.html$/, '.json');
    await runCommand(page, 'Export JSON');
    let json;
    for (let i = 0; i < 40 && json === undefined; i++) {
      try { json = JSON.parse(fs.readFileSync(exportedJson, 'utf8')); } catch (_) { await page.waitForTimeout(250); }
    }
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
