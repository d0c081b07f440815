// What the export commands tell the user before and after they write a file. Plain node (no
// `vscode` import), unit-tested. The rule is the CLI's: `nianbao compile` refuses a report with
// errors unless given --force; the editor asks instead, naming the errors.

/** An error of the report as the Problems panel has it (zero-based line, as VS Code counts). */
export interface ReportError {
  line: number;
  message: string;
  code?: string;
}

/** How many errors the confirmation names one by one; the rest are counted. */
export const ERRORS_NAMED = 5;

export const EXPORT_ANYWAY = '仍然导出 Export Anyway';

/**
 * The question asked before exporting a report with errors, or undefined when it has none.
 * It says how many errors there are and which (line, id and message of the first few).
 */
export function errorQuestion(fileName: string, errors: readonly ReportError[]): { message: string; detail: string } | undefined {
  if (!errors.length) {
    return undefined;
  }
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  const named = sorted.slice(0, ERRORS_NAMED).map((e) => `第 ${e.line + 1} 行${e.code ? ` [${e.code}]` : ''}：${firstLine(e.message)}`);
  const more = sorted.length > ERRORS_NAMED ? [`……另有 ${sorted.length - ERRORS_NAMED} 个错误，见“问题”面板。`] : [];
  return {
    message:
      `${fileName} 有 ${errors.length} 个错误，命令行 nianbao compile 不会导出它（除非加 --force）。仍要导出吗？` +
      ` ${fileName} has ${errors.length} error${errors.length > 1 ? 's' : ''}; nianbao compile refuses it without --force. Export anyway?`,
    detail: [...named, ...more].join('\n'),
  };
}

/** The notification after a file was written: what it is, and whether it holds unsaved edits. */
export function exportedMessage(target: string, unsaved: boolean, errors: number): string {
  const parts = [`已导出 ${target}`];
  if (unsaved) {
    parts.push('（导出的是编辑器中尚未保存的内容）');
  }
  if (errors) {
    parts.push(`（报告有 ${errors} 个错误）`);
  }
  const english = [`Exported ${target}`];
  if (unsaved) {
    english.push('from the unsaved editor text');
  }
  if (errors) {
    english.push(`with ${errors} error${errors > 1 ? 's' : ''}`);
  }
  return `${parts.join('')} ${english.join(' ')}.`;
}

function firstLine(message: string): string {
  const line = message.split('\n')[0];
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
