// Export and whole-folder check commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { render } from './preview';
import { EXPORT_ANYWAY, errorQuestion, exportedMessage, ReportError } from './exportPlan';
import { exportPath } from './previewPage';
import { REPORT_LANGUAGE, ServerConnection } from './server';

const OPEN = '打开 Open';
const OPEN_IN_BROWSER = '在浏览器中打开 Open in Browser';

async function reportDocument(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== REPORT_LANGUAGE) {
    void vscode.window.showWarningMessage('请先打开一个 .nianbao 报告。 Open a .nianbao report first.');
    return undefined;
  }
  return document;
}

/** The report's errors as the Problems panel shows them (the server's diagnostics). */
function reportErrors(document: vscode.TextDocument): ReportError[] {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
    .map((d) => ({
      line: d.range.start.line,
      message: d.message,
      code: typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code),
    }));
}

/**
 * Writes `<report>.html` or `<report>.json` beside the report, as the server renders what the
 * editor shows (unsaved edits included, and the notification says so). Like `nianbao compile`,
 * a report with errors is not exported unless the user confirms, having been told which errors.
 */
export async function exportReport(server: ServerConnection, format: 'html' | 'json', uri?: vscode.Uri): Promise<void> {
  const document = await reportDocument(uri);
  if (!document) {
    return;
  }
  if (document.isUntitled) {
    void vscode.window.showWarningMessage('请先保存报告。 Save the report first.');
    return;
  }
  if (!(await server.ready())) {
    return;
  }
  const errors = reportErrors(document);
  const question = errorQuestion(path.basename(document.uri.fsPath), errors);
  if (question) {
    const choice = await vscode.window.showWarningMessage(question.message, { modal: true, detail: question.detail }, EXPORT_ANYWAY);
    if (choice !== EXPORT_ANYWAY) {
      return;
    }
  }
  try {
    const content = await render(server, document.uri, format);
    if (content === undefined) {
      return;
    }
    const target = vscode.Uri.file(exportPath(document.uri.fsPath, format));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    const actions = format === 'html' && !vscode.env.remoteName ? [OPEN, OPEN_IN_BROWSER] : [OPEN];
    const message = exportedMessage(path.basename(target.fsPath), document.isDirty, errors.length);
    const show = errors.length || document.isDirty ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const choice = await show(message, ...actions);
    if (choice === OPEN) {
      if (format === 'html') {
        showExportedPage(target, content);
      } else {
        await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
      }
    } else if (choice === OPEN_IN_BROWSER) {
      await vscode.env.openExternal(target);
    }
  } catch (e) {
    void vscode.window.showErrorMessage(`导出失败 Export failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * The exported page as a reader sees it, in a tab beside the report: the file's own HTML in a
 * webview with scripts off (the page has none; its Content-Security-Policy forbids them).
 */
function showExportedPage(target: vscode.Uri, html: string): void {
  const panel = vscode.window.createWebviewPanel(
    'nianbao.exported',
    `${path.basename(target.fsPath)}`,
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
    { enableScripts: false, localResourceRoots: [], enableFindWidget: true },
  );
  panel.webview.html = html;
}

/**
 * Checks every report of the workspace: each `.nianbao` file is opened as a document (without
 * an editor), so the server analyses it and publishes its diagnostics into the Problems panel,
 * exactly as for a file the user opened. Waits until each has diagnostics (at most 15 s: a
 * clean report may publish nothing new), then reports the totals.
 */
export async function checkWorkspace(server: ServerConnection): Promise<void> {
  if (!(await server.ready())) {
    return;
  }
  const files = await vscode.workspace.findFiles('**/*.nianbao', '**/{node_modules,target,.git}/**');
  if (!files.length) {
    void vscode.window.showInformationMessage('工作区里没有 .nianbao 报告。 No .nianbao reports in the workspace.');
    return;
  }
  // reports already open have their diagnostics; wait only for the others
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const waiting = new Set(files.map((f) => f.toString()).filter((u) => !open.has(u)));
  const allReported = new Promise<void>((resolve) => {
    if (!waiting.size) {
      resolve();
      return;
    }
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      for (const u of e.uris) {
        waiting.delete(u.toString());
      }
      if (!waiting.size) {
        sub.dispose();
        resolve();
      }
    });
    setTimeout(() => {
      sub.dispose();
      resolve();
    }, 15000);
  });
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `年报：检查 ${files.length} 个报告 Checking ${files.length} reports` },
    async () => {
      for (const f of files) {
        await vscode.workspace.openTextDocument(f);
      }
      await allReported;
    },
  );
  let errors = 0;
  let warnings = 0;
  let withProblems = 0;
  for (const f of files) {
    const diags = vscode.languages.getDiagnostics(f);
    errors += diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    warnings += diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    withProblems += diags.length ? 1 : 0;
  }
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(
    `检查了 ${files.length} 个报告：${withProblems} 个有问题，共 ${errors} 个错误、${warnings} 个警告。` +
      ` Checked ${files.length} reports: ${errors} errors, ${warnings} warnings.`,
  );
}
