// The live preview: a webview beside the report showing the HTML the server renders for it
// (the same page `nianbao html` writes), refreshed as the user types.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { debounce, makeNonce, previewShell, sectionIndexAt } from './previewPage';
import { REPORT_LANGUAGE, ServerConnection } from './server';

export const RENDER_REQUEST = 'nianbao/render';
/** The preview's webview type: VS Code restores panels of this type through the serializer. */
export const PREVIEW_VIEW_TYPE = 'nianbao.preview';
export interface RenderResult {
  content: string;
}
const TYPING_DELAY_MS = 300;

/**
 * Asks the server for the document rendered: the published page (`html`), the JSON document, or
 * the page with what the checks found marked on it (`preview`).
 */
export async function render(server: ServerConnection, uri: vscode.Uri, format: 'html' | 'json' | 'preview'): Promise<string | undefined> {
  const client = await server.ready();
  if (!client) {
    return undefined;
  }
  const result = await client.sendRequest<RenderResult>(RENDER_REQUEST, { uri: client.code2ProtocolConverter.asUri(uri), format });
  return result?.content;
}

class Preview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Renders are numbered; an answer older than the last one shown is dropped. */
  private requested = 0;
  private shown = 0;
  private readonly refresh = debounce(() => void this.update(), TYPING_DELAY_MS);

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly server: ServerConnection,
    onDispose: () => void,
  ) {
    panel.webview.html = previewShell(panel.webview.cspSource, makeNonce(), this.title());
    this.disposables.push(
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      panel.webview.onDidReceiveMessage((m: { type?: string }) => {
        if (m?.type === 'ready') {
          void this.update();
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length) {
          this.refresh();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) {
          this.followCursor(e.selections[0].active.line);
        }
      }),
    );
  }

  private title(): string {
    return `预览 ${path.basename(this.document.uri.fsPath)}`;
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  /** The preview shows the section and the table row the cursor is in (by their source lines). */
  private followCursor(line: number): void {
    const lines = [];
    for (let i = 0; i <= line && i < this.document.lineCount; i++) {
      lines.push(this.document.lineAt(i).text);
    }
    void this.panel.webview.postMessage({ type: 'cursor', line, index: sectionIndexAt(lines, line) });
  }

  async update(): Promise<void> {
    const n = ++this.requested;
    try {
      const html = await render(this.server, this.document.uri, 'preview');
      if (n < this.shown) {
        return;
      }
      this.shown = n;
      if (html === undefined) {
        void this.panel.webview.postMessage({ type: 'error', message: '语言服务器未运行，无法预览。 The language server is not running.' });
        return;
      }
      await this.panel.webview.postMessage({ type: 'render', html, uri: this.document.uri.toString() });
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      if (editor) {
        this.followCursor(editor.selection.active.line);
      }
    } catch (e) {
      if (n >= this.shown) {
        this.shown = n;
        const message = e instanceof Error ? e.message : String(e);
        this.server.output.appendLine(`preview: ${message}`);
        void this.panel.webview.postMessage({ type: 'error', message: `预览失败 Preview failed: ${message}` });
      }
    }
  }

  dispose(): void {
    this.refresh.cancel();
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}

/** One preview per report; the command reveals the existing one. */
export class Previews implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();

  constructor(private readonly server: ServerConnection) {}

  async open(uri?: vscode.Uri): Promise<void> {
    const document = uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== REPORT_LANGUAGE) {
      void vscode.window.showWarningMessage('请先打开一个 .nianbao 报告。 Open a .nianbao report first.');
      return;
    }
    const key = document.uri.toString();
    const existing = this.previews.get(key);
    if (existing) {
      existing.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      `预览 ${path.basename(document.uri.fsPath)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    this.previews.set(key, new Preview(document, panel, this.server, () => this.previews.delete(key)));
  }

  /**
   * A preview VS Code brings back after a reload (the webview serializer): the report it showed
   * is in the webview's state; without it, or when the report is gone, the panel closes.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = typeof state === 'object' && state && typeof (state as { uri?: unknown }).uri === 'string' ? (state as { uri: string }).uri : undefined;
    let document: vscode.TextDocument | undefined;
    try {
      document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : undefined;
    } catch {
      document = undefined;
    }
    const key = document?.uri.toString();
    if (!document || !key || this.previews.has(key)) {
      panel.dispose();
      return;
    }
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    this.previews.set(key, new Preview(document, panel, this.server, () => this.previews.delete(key)));
  }

  dispose(): void {
    for (const p of this.previews.values()) {
      p.panel.dispose();
    }
    this.previews.clear();
  }
}
