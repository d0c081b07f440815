// Entry point of the VS Code extension: the language server client, the live preview and the
// commands. Activated by a .nianbao file (or a workspace that holds one).
import * as vscode from 'vscode';
import { checkWorkspace, exportReport } from './commands';
import { PREVIEW_VIEW_TYPE, Previews } from './preview';
import { ServerConnection } from './server';

let server: ServerConnection | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('年报 nianbao', { log: true });
  server = new ServerConnection(context, output);
  const previews = new Previews(server);
  const s = server;
  context.subscriptions.push(
    output,
    server,
    previews,
    vscode.commands.registerCommand('nianbao.preview', (uri?: vscode.Uri) => previews.open(uri)),
    vscode.commands.registerCommand('nianbao.exportHtml', (uri?: vscode.Uri) => exportReport(s, 'html', uri)),
    vscode.commands.registerCommand('nianbao.exportJson', (uri?: vscode.Uri) => exportReport(s, 'json', uri)),
    vscode.commands.registerCommand('nianbao.checkWorkspace', () => checkWorkspace(s)),
    vscode.commands.registerCommand('nianbao.restartServer', () => s.restart()),
    // a preview open when the window reloads comes back, showing the same report
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => previews.restore(panel, state),
    }),
  );
  await server.ready();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
