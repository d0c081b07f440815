// Tokenizes the example report and the national template with the extension's TextMate grammars,
// using the same engine as VS Code (vscode-textmate + oniguruma), and checks the scopes.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');
const repo = path.join(root, '..');

let registry: tm.Registry;
before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm);
  registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = { 'source.nianbao': 'nianbao.tmLanguage.json', 'source.nianbao-template': 'nianbao-template.tmLanguage.json' }[scopeName];
      if (!file) {
        return null;
      }
      const p = path.join(root, 'syntaxes', file);
      return tm.parseRawGrammar(fs.readFileSync(p, 'utf8'), p);
    },
  });
});

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(scope: string, text: string): Promise<Token[]> {
  const grammar = await registry.loadGrammar(scope);
  assert.ok(grammar, scope);
  const out: Token[] = [];
  let state = tm.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    state = r.ruleStack;
  });
  return out;
}

/** The innermost scope of the first token with this text (on the given line, if any). */
function scopeOf(tokens: Token[], text: string, line?: number): string {
  const t = tokens.find((x) => x.text === text && (line === undefined || x.line === line));
  assert.ok(t, `no token ${JSON.stringify(text)}${line === undefined ? '' : ` on line ${line}`}`);
  return t.scopes[t.scopes.length - 1];
}

describe('report grammar', () => {
  const example = fs.readFileSync(path.join(repo, 'examples', 'guanghua-2021.nianbao'), 'utf8');
  const lines = example.split(/\r?\n/);
  const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));

  it('colours comments, header fields and headings of the example', async () => {
    const t = await tokenize('source.nianbao', example);
    assert.equal(scopeOf(t, '//', 0), 'punctuation.definition.comment.nianbao');
    assert.equal(scopeOf(t, '机关'), 'variable.other.field.nianbao');
    assert.equal(scopeOf(t, '：', lineOf('机关')), 'punctuation.separator.key-value.nianbao');
    assert.equal(scopeOf(t, '光华镇人民政府'), 'string.unquoted.field-value.nianbao');
    assert.equal(scopeOf(t, '三、收到和处理政府信息公开申请情况'), 'entity.name.section.nianbao');
    assert.equal(scopeOf(t, '（一）强化机制管理， 压实各方责任'), 'entity.name.section.subheading.nianbao');
  });

  it('colours table heads, columns, row labels, numbers and blanks', async () => {
    const t = await tokenize('source.nianbao', example);
    const head = lineOf('[申请处理]');
    assert.equal(scopeOf(t, '申请处理', head), 'entity.name.type.table.nianbao');
    assert.equal(scopeOf(t, '自然人', head), 'variable.other.column.nianbao');
    assert.equal(scopeOf(t, '总计', head), 'variable.other.column.nianbao');
    const row = lineOf('本年新收');
    assert.equal(scopeOf(t, '本年新收', row), 'entity.name.tag.row.nianbao');
    assert.equal(scopeOf(t, '-', row), 'constant.language.blank.nianbao');
    assert.equal(scopeOf(t, '0', row), 'constant.numeric.nianbao');
    // prose after the tables is not a row
    const prose = t.filter((x) => x.line === lineOf('2021年，我镇'));
    assert.ok(prose.every((x) => !x.scopes.some((s) => s.includes('row'))), JSON.stringify(prose));
  });

  it('knows where a table ends, 其余, trailing comments and full-width digits', async () => {
    const text = [
      '标题：x',
      '# 三、收到和处理政府信息公开申请情况',
      '【申请处理】 总计',
      '本年新收 １２ // 见说明',
      '其余 0',
      '',
      '本年新收 12 不是表格',
    ].join('\n');
    const t = await tokenize('source.nianbao', text);
    assert.equal(scopeOf(t, '申请处理', 2), 'entity.name.type.table.nianbao');
    assert.equal(scopeOf(t, '１２', 3), 'constant.numeric.full-width.nianbao');
    assert.equal(scopeOf(t, '//', 3), 'punctuation.definition.comment.nianbao');
    assert.equal(scopeOf(t, '其余', 4), 'keyword.other.rest.nianbao');
    assert.ok(t.filter((x) => x.line === 6).every((x) => x.scopes.join(' ') === 'source.nianbao'));
  });

  it('treats // inside prose as text (URLs)', async () => {
    const t = await tokenize('source.nianbao', '# 一、总体情况\n详见 http://example.gov.cn/a');
    assert.ok(t.filter((x) => x.line === 1).every((x) => !x.scopes.some((s) => s.startsWith('comment'))));
  });
});

describe('template grammar', () => {
  const template = fs.readFileSync(
    path.join(repo, 'core', 'src', 'main', 'resources', 'nianbao', 'templates', 'national-2021.nbt'),
    'utf8',
  );
  const lines = template.split(/\r?\n/);
  const lineOf = (fragment: string) => lines.findIndex((l) => l.includes(fragment));

  it('colours keywords, ids, labels, attributes and flags of the national template', async () => {
    const t = await tokenize('source.nianbao-template', template);
    assert.equal(scopeOf(t, '//', 0), 'punctuation.definition.comment.nianbao-template');
    assert.equal(scopeOf(t, 'national-2021', lineOf('模板 national-2021')), 'entity.name.namespace.nianbao-template');
    assert.equal(scopeOf(t, '2021', lineOf('适用年度')), 'constant.numeric.nianbao-template');
    assert.equal(scopeOf(t, '必填', lineOf('字段 标题')), 'storage.modifier.nianbao-template');
    const section = lineOf('章节 applications');
    assert.equal(scopeOf(t, '章节', section), 'keyword.other.declaration.nianbao-template');
    assert.equal(scopeOf(t, 'applications', section), 'variable.other.id.nianbao-template');
    assert.equal(scopeOf(t, '三、收到和处理政府信息公开申请情况', section), 'string.unquoted.label.nianbao-template');
    const column = lineOf('列 natural 自然人');
    assert.equal(scopeOf(t, '单位', column), 'entity.other.attribute-name.nianbao-template');
    assert.equal(scopeOf(t, '件', column), 'string.unquoted.attribute-value.nianbao-template');
    assert.equal(scopeOf(t, '小数', lineOf('列 amount')), 'storage.modifier.nianbao-template');
    assert.equal(scopeOf(t, '别名', lineOf('别名 本年新收')), 'keyword.other.alias.nianbao-template');
    assert.equal(scopeOf(t, '新收', lineOf('别名 本年新收')), 'string.unquoted.alias.nianbao-template');
    assert.equal(scopeOf(t, 'results', lineOf('标题行 results')), 'variable.other.id.nianbao-template');
  });

  it('colours rules: id, scope, ids, operators and x.*', async () => {
    const t = await tokenize('source.nianbao-template', template);
    const rule = lineOf('规则 balance.handled-total');
    assert.equal(scopeOf(t, '规则', rule), 'keyword.control.rule.nianbao-template');
    assert.equal(scopeOf(t, 'balance.handled-total', rule), 'entity.name.function.rule.nianbao-template');
    assert.equal(scopeOf(t, '每列', rule), 'storage.modifier.nianbao-template');
    assert.equal(scopeOf(t, 'handled-total', rule), 'variable.other.id.nianbao-template');
    assert.equal(scopeOf(t, '=', rule), 'keyword.operator.comparison.nianbao-template');
    assert.equal(scopeOf(t, '+', rule), 'keyword.operator.arithmetic.nianbao-template');
    assert.equal(scopeOf(t, '.*', rule), 'keyword.operator.wildcard.nianbao-template');
  });

  it('colours local requirements (字数上限, 应写明) of the example county template', async () => {
    const county = fs.readFileSync(path.join(repo, 'examples', 'qingshan-county.nbt'), 'utf8');
    const countyLines = county.split(/\r?\n/);
    const at = (fragment: string) => countyLines.findIndex((l) => l.includes(fragment));
    const t = await tokenize('source.nianbao-template', county);
    const limit = at('字数上限');
    assert.equal(scopeOf(t, '字数上限', limit), 'keyword.other.declaration.nianbao-template');
    assert.equal(scopeOf(t, '1500', limit), 'constant.numeric.nianbao-template');
    const required = at('应写明 proactive');
    assert.equal(scopeOf(t, '应写明', required), 'keyword.other.declaration.nianbao-template');
    assert.equal(scopeOf(t, 'proactive', required), 'variable.other.id.nianbao-template');
    assert.equal(scopeOf(t, '{数}', required), 'variable.parameter.placeholder.nianbao-template');
    assert.equal(scopeOf(t, '…', required), 'keyword.operator.gap.nianbao-template');
    assert.equal(scopeOf(t, '|', required), 'punctuation.separator.alternative.nianbao-template');
    assert.equal(scopeOf(t, '主动公开', required), 'string.unquoted.wording.nianbao-template');
    const perPart = await tokenize('source.nianbao-template', '章节 problems\n  字数上限 500 每小节\n');
    assert.equal(scopeOf(perPart, '每小节', 1), 'storage.modifier.nianbao-template');
  });
});
