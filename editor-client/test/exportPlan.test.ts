import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ERRORS_NAMED, errorQuestion, exportedMessage } from '../src/exportPlan';

describe('errorQuestion', () => {
  it('asks nothing for a report without errors', () => {
    assert.equal(errorQuestion('r.nianbao', []), undefined);
  });

  it('says how many errors and names them by line (one-based), id and message, in line order', () => {
    const q = errorQuestion('r.nianbao', [
      { line: 40, code: 'balance.row-total', message: '勾稽关系不成立，“本年新收”行\n第二行不显示' },
      { line: 3, code: 'header.missing', message: '缺少“年度：”' },
    ]);
    assert.ok(q);
    assert.match(q.message, /r\.nianbao 有 2 个错误/);
    assert.match(q.message, /--force/);
    assert.equal(q.detail, '第 4 行 [header.missing]：缺少“年度：”\n第 41 行 [balance.row-total]：勾稽关系不成立，“本年新收”行');
  });

  it('names the first few and counts the rest', () => {
    const errors = Array.from({ length: ERRORS_NAMED + 3 }, (_, i) => ({ line: i, message: `e${i}` }));
    const q = errorQuestion('r.nianbao', errors);
    assert.ok(q);
    const lines = q.detail.split('\n');
    assert.equal(lines.length, ERRORS_NAMED + 1);
    assert.match(lines[ERRORS_NAMED], /另有 3 个错误/);
  });
});

describe('exportedMessage', () => {
  it('says when the file holds unsaved edits and errors', () => {
    assert.equal(exportedMessage('r.html', false, 0), '已导出 r.html Exported r.html.');
    const m = exportedMessage('r.html', true, 2);
    assert.match(m, /尚未保存/);
    assert.match(m, /2 个错误/);
    assert.match(m, /unsaved/);
  });
});
