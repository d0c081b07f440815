// What package.json promises VS Code: files that exist, the settings the server code reads,
// word patterns that split Chinese text where a clerk expects, snippets made from the template.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.join(__dirname, '..', '..');
const repo = path.join(root, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));

describe('package.json', () => {
  it('contributes both languages with existing grammars and configurations', () => {
    const langs = pkg.contributes.languages.map((l: { id: string; extensions: string[] }) => [l.id, l.extensions]);
    assert.deepEqual(langs, [
      ['nianbao', ['.nianbao']],
      ['nianbao-template', ['.nbt']],
    ]);
    for (const l of pkg.contributes.languages) {
      assert.ok(fs.existsSync(path.join(root, l.configuration)), l.configuration);
    }
    for (const g of pkg.contributes.grammars) {
      assert.equal(read(g.path).scopeName, g.scopeName);
    }
  });

  it('declares the four settings under one namespace', () => {
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), [
      'nianbao.java.home',
      'nianbao.server.vmargs',
      'nianbao.templatePath',
      'nianbao.trace.server',
    ]);
    assert.deepEqual(pkg.contributes.configuration.properties['nianbao.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('puts the preview button in the editor title of reports', () => {
    const button = pkg.contributes.menus['editor/title'].find((m: { command: string }) => m.command === 'nianbao.preview');
    assert.equal(button.when, 'editorLangId == nianbao');
    const commands = pkg.contributes.commands.map((c: { command: string }) => c.command);
    for (const c of ['nianbao.preview', 'nianbao.exportHtml', 'nianbao.exportJson', 'nianbao.checkWorkspace']) {
      assert.ok(commands.includes(c), c);
    }
  });

  it('sets, for reports only, a font chain whose CJK glyphs are two digits wide, so formatted tables line up', () => {
    const family: string = pkg.contributes.configurationDefaults['[nianbao]']['editor.fontFamily'];
    const fonts = family.split(',').map((f) => f.trim().replace(/^'|'$/g, ''));
    // NSimSun / 新宋体 on Chinese Windows, Sarasa and Noto/Source Han mono elsewhere; the generic family last
    for (const f of ['NSimSun', '新宋体', 'Sarasa Mono SC', 'Noto Sans Mono CJK SC']) {
      assert.ok(fonts.includes(f), family);
    }
    assert.equal(fonts[fonts.length - 1], 'monospace');
    assert.equal(pkg.contributes.configurationDefaults['editor.fontFamily'], undefined);
  });

  it('declares the VS Code version range the end-to-end test runs', () => {
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.match(fs.readFileSync(path.join(root, 'e2e', 'run.sh'), 'utf8'), /4\.100\.3/);
  });
});

describe('language configuration', () => {
  const words = (file: string, text: string) => text.match(new RegExp(read(file).wordPattern, 'g'));

  it('splits report lines into names and numbers at CJK punctuation and spaces', () => {
    const f = 'language-configuration.json';
    assert.deepEqual(words(f, '本年新收  3  - 9.63211'), ['本年新收', '3', '-', '9.63211']);
    assert.deepEqual(words(f, '（二）部分公开（区分处理的，只计这一情形）'), ['二', '部分公开', '区分处理的', '只计这一情形']);
    assert.deepEqual(words(f, '机关：光华镇人民政府'), ['机关', '光华镇人民政府']);
    assert.deepEqual(words(f, '【申请处理】 自然人'), ['申请处理', '自然人']);
  });

  it('keeps template ids whole', () => {
    assert.deepEqual(words('template-language-configuration.json', '规则 balance.row-total 每行：total = a + b'), [
      '规则',
      'balance.row-total',
      '每行',
      'total',
      'a',
      'b',
    ]);
  });

  it('comments with // in both languages', () => {
    assert.equal(read('language-configuration.json').comments.lineComment, '//');
    assert.equal(read('template-language-configuration.json').comments.lineComment, '//');
  });
});

describe('snippets', () => {
  const snippets = read('snippets/nianbao.json') as Record<string, { prefix: string[]; body: string[] }>;
  const template = fs.readFileSync(path.join(repo, 'core/src/main/resources/nianbao/templates/national-2021.nbt'), 'utf8');
  const byPrefix = (p: string) => Object.values(snippets).find((s) => s.prefix.includes(p));

  it('has a skeleton for every table of the template, headed by its label', () => {
    const tables = [...template.matchAll(/^\s+表 (\S+) (\S+)/gm)].map((m) => [m[1], m[2]]);
    assert.ok(tables.length >= 6);
    for (const [id, label] of tables) {
      const s = byPrefix(`nb-table-${id}`);
      assert.ok(s, id);
      assert.ok(s.body[0].startsWith(`[${label}]`), s.body[0]);
    }
  });

  it('has a whole-report skeleton with every section heading and tab stops for the header', () => {
    const s = byPrefix('nb-report');
    assert.ok(s);
    const headings = [...template.matchAll(/^章节 \S+ (\S+)/gm)].map((m) => `# ${m[1]}`);
    assert.deepEqual(
      s.body.filter((l) => l.startsWith('# ')),
      headings,
    );
    assert.ok(s.body.some((l) => /^机关：\$\{\d\}$/.test(l)), s.body.slice(0, 5).join('\n'));
    assert.ok(s.body.includes('模板：national-2021'));
  });

  it('writes the section 三 table with one zero row per value row', () => {
    const s = byPrefix('nb-table-applications');
    assert.ok(s);
    const rows = s.body.slice(1).filter((l) => l.trim() && l !== '$0');
    assert.ok(rows.length > 20);
    for (const r of rows) {
      assert.match(r, /^\S+(\s+0){7}$/, r);
    }
  });
});
