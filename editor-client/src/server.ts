// Starts, restarts and stops the language server: Java discovery, the command line, the
// client's error handling. The decisions themselves live in plain modules (java, serverCommand,
// restartPolicy); this file only connects them to VS Code.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { describeProbe, findJava, noJavaMessage, settingIgnoredMessage } from './java';
import { gaveUpMessage, RestartPolicy } from './restartPolicy';
import { initializationOptions, resolveTemplatePath, serverCommand } from './serverCommand';

export const REPORT_LANGUAGE = 'nianbao';
const OPEN_SETTINGS = '打开设置 Open Settings';
const SHOW_OUTPUT = '查看输出 Show Output';
const RESTART = '重启 Restart';

export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private readonly policy = new RestartPolicy();
  /** Set when the server could not start or gave up restarting; cleared by {@link restart}. */
  private stopped = false;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {
    this.status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
    this.status.command = 'nianbao.showOutput';
    this.status.name = '年报 nianbao';
    this.disposables.push(
      this.status,
      vscode.commands.registerCommand('nianbao.showOutput', () => this.output.show(true)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('nianbao.java.home') || e.affectsConfiguration('nianbao.server.vmargs')) {
          void vscode.window
            .showInformationMessage('年报：Java 设置已更改，需要重启语言服务器。 Java settings changed: restart the server?', RESTART)
            .then((choice) => (choice === RESTART ? this.restart() : undefined));
        }
      }),
    );
  }

  /**
   * The client, starting it on first use; undefined if it cannot start or crashed too often (the
   * user was told, and starts it again with the restart command, not with every keystroke).
   */
  async ready(): Promise<LanguageClient | undefined> {
    if (this.stopped) {
      return undefined;
    }
    if (this.client && this.client.state !== State.Stopped) {
      // running, or starting (again, after a crash): requests wait until it is up
      return this.client;
    }
    if (!this.starting) {
      this.starting = this.start().finally(() => (this.starting = undefined));
    }
    return this.starting;
  }

  async restart(): Promise<void> {
    this.policy.reset();
    this.stopped = false;
    await this.stop();
    await this.ready();
  }

  async stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    if (c) {
      try {
        await c.stop(5000);
      } catch (e) {
        this.output.appendLine(`stop: ${String(e)}`);
      }
      await c.dispose().catch(() => undefined);
    }
  }

  private setStatus(text: string, tooltip: string, error = false): void {
    this.status.text = text;
    this.status.tooltip = tooltip;
    this.status.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.status.show();
  }

  private async start(): Promise<LanguageClient | undefined> {
    this.setStatus('$(sync~spin) 年报', '正在启动语言服务器 Starting the language server');
    const config = vscode.workspace.getConfiguration('nianbao');
    const search = await findJava({ setting: config.get<string>('java.home'), env: process.env });
    for (const p of search.tried) {
      this.output.appendLine(`java candidate ${describeProbe(p)}`);
    }
    if (!search.found) {
      this.fail(noJavaMessage(search), OPEN_SETTINGS);
      return undefined;
    }
    const ignored = settingIgnoredMessage(search);
    if (ignored) {
      void vscode.window.showWarningMessage(ignored, OPEN_SETTINGS).then((c) => this.act(c));
    }
    const jar = this.context.asAbsolutePath('server/nianbao-server.jar');
    if (!fs.existsSync(jar)) {
      this.fail(`年报扩展缺少语言服务器文件，请重新安装扩展。 The extension has no server jar (${jar}): reinstall it.`, SHOW_OUTPUT);
      return undefined;
    }
    const cmd = serverCommand(search.found.executable, jar, {
      vmargs: config.get<string>('server.vmargs') ?? '',
      templatePath: config.get<string[]>('templatePath') ?? [],
    });
    this.output.appendLine(`starting: ${cmd.command} ${cmd.args.join(' ')}`);
    const serverOptions: ServerOptions = { command: cmd.command, args: cmd.args };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: REPORT_LANGUAGE },
        { scheme: 'untitled', language: REPORT_LANGUAGE },
        // template files: diagnostics, outline, keyword completion and hover from the same server
        { scheme: 'file', language: 'nianbao-template' },
      ],
      synchronize: { configurationSection: 'nianbao' },
      initializationOptions: initializationOptions(this.templatePath()),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
        closed: (): CloseHandlerResult => this.closed(),
      },
    };
    const client = new LanguageClient('nianbao', '年报 nianbao', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        this.setStatus('$(check) 年报', `语言服务器运行中 Language server running (Java ${search.found?.version})`);
      } else if (e.newState === State.Starting) {
        this.setStatus('$(sync~spin) 年报', '正在启动语言服务器 Starting the language server');
      }
    });
    try {
      await client.start();
      return client;
    } catch (e) {
      this.output.appendLine(`start failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (this.client === client) {
        this.client = undefined;
      }
      await client.dispose().catch(() => undefined);
      this.fail(`年报语言服务器启动失败。 The nianbao language server failed to start: ${e instanceof Error ? e.message : String(e)}`, SHOW_OUTPUT);
      return undefined;
    }
  }

  private templatePath(): string[] {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const entries = vscode.workspace.getConfiguration('nianbao').get<string[]>('templatePath') ?? [];
    return resolveTemplatePath(entries, folder, os.homedir());
  }

  private closed(): CloseHandlerResult {
    if (this.policy.crashed(Date.now())) {
      this.output.appendLine(`server exited; restarting (${this.policy.recentCrashes}/${this.policy.maxRestarts})`);
      return { action: CloseAction.Restart, handled: true };
    }
    this.fail(gaveUpMessage(this.policy.recentCrashes, this.policy.windowMs), RESTART);
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  private fail(message: string, action: string): void {
    this.stopped = true;
    this.output.appendLine(message);
    this.setStatus('$(error) 年报', message, true);
    void vscode.window.showErrorMessage(message, action, SHOW_OUTPUT).then((c) => this.act(c));
  }

  private act(choice: string | undefined): void {
    if (choice === OPEN_SETTINGS) {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'nianbao.java.home');
    } else if (choice === SHOW_OUTPUT) {
      this.output.show(true);
    } else if (choice === RESTART) {
      void this.restart();
    }
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
