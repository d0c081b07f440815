import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { debounce, escapeHtml, exportPath, makeNonce, previewShell, sectionIndexAt } from '../src/previewPage';

const example = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'guanghua-2021.nianbao'), 'utf8').split(/\r?\n/);

describe('sectionIndexAt', () => {
  it('is -1 in the header and counts level-one headings only', () => {
    const lines = ['标题：x', '', '# 一、总体情况', '## （一）小标题', 'text', '# 二、主动公开', '[表]', '# 三、申请'];
    assert.deepEqual(
      lines.map((_, i) => sectionIndexAt(lines, i)),
      [-1, -1, 0, 0, 0, 1, 1, 2],
    );
  });

  it('finds section 三 at the table of the example report', () => {
    const row = example.findIndex((l) => l.startsWith('本年新收'));
    assert.ok(row > 0);
    assert.equal(sectionIndexAt(example, row), 2);
    assert.equal(sectionIndexAt(example, example.length - 1), 5);
  });
});

describe('exportPath', () => {
  it('replaces the extension beside the report', () => {
    assert.equal(exportPath('/a/b/report.nianbao', 'html'), '/a/b/report.html');
    assert.equal(exportPath('/a/b.c/report', 'json'), '/a/b.c/report.json');
  });
});

describe('previewShell', () => {
  it('allows only the nonce script and inline styles', () => {
    const html = previewShell('vscode-webview://abc', 'N0nce', '预览 <x>');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0nce'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="N0nce">']);
    assert.ok(html.includes('<title>预览 &#60;x&#62;</title>'));
  });

  it('makes a different nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{16,}$/);
    assert.notEqual(a, makeNonce());
  });

  it('escapes markup', () => {
    assert.equal(escapeHtml(`<a href="x">&'`), '&#60;a href=&#34;x&#34;&#62;&#38;&#39;');
  });
});

describe('debounce', () => {
  it('runs once after a burst, with the last arguments', async () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 20);
    d(1);
    d(2);
    d(3);
    await new Promise((r) => setTimeout(r, 80));
    assert.deepEqual(calls, [3]);
  });

  it('can be cancelled', async () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 10);
    d(1);
    d.cancel();
    await new Promise((r) => setTimeout(r, 40));
    assert.deepEqual(calls, []);
  });
});
