// Starts, restarts and stops the language server: Java discovery, the command line, the server
// process and its class data sharing archive, the client's error handling. The decisions
// themselves live in plain modules (java, serverCommand, classDataSharing, restartPolicy); this
// file only connects them to VS Code.
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
import { ArchiveInputs, ArchivePlan, ArchiveStore } from './classDataSharing';
import { describeProbe, findJava, JAVA_DOWNLOAD, JavaProbe, noJavaMessage, settingIgnoredMessage } from './java';
import { gaveUpMessage, RestartPolicy } from './restartPolicy';
import { initializationOptions, resolveTemplatePath, serverCommand, ServerSettings, splitArgs } from './serverCommand';

export const REPORT_LANGUAGE = 'nianbao';
const OPEN_SETTINGS = '打开设置 Open Settings';
const DOWNLOAD_JAVA = '下载 Java 17 Download';
const SHOW_OUTPUT = '查看输出 Show Output';
const RESTART = '重启 Restart';
/**
 * How long a stopped server may take to exit: a JVM that creates the class data sharing archive
 * writes it as it exits (under a second here); after this it is killed.
 */
const EXIT_GRACE_MS = 10000;

/**
 * Until the server first runs, the client only logs its errors: whether a failed start is told
 * to the user (once, with what to do) or retried without the archive is ServerConnection's call.
 */
class StartingClient extends LanguageClient {
  running = false;

  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.running ? showNotification : false);
  }
}

export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private readonly policy = new RestartPolicy();
  /** Set when the server could not start or gave up restarting; cleared by {@link restart}. */
  private stopped = false;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly archives: ArchiveStore;
  /** The server process, while there is one; {@link exited} settles when it has ended. */
  private process: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  /** The archive plan of the last server process started. */
  private plan: ArchivePlan | undefined;
  /** Cleared when a start with an archive failed: this session then runs without one. */
  private sharing = true;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {
    this.archives = new ArchiveStore(path.join(context.globalStorageUri.fsPath, 'class-data-sharing'), (line) =>
      this.output.appendLine(`class data sharing: ${line}`),
    );
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
    await this.processEnded();
  }

  /** Waits for the server process to exit (it may be writing its archive); kills it after a grace time. */
  private async processEnded(): Promise<void> {
    const child = this.process;
    if (!child) {
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      this.exited.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), EXIT_GRACE_MS))),
    ]);
    clearTimeout(timer);
    if (!inTime) {
      this.output.appendLine(`server process ${child.pid} did not exit within ${EXIT_GRACE_MS} ms; killing it`);
      child.kill('SIGKILL');
      await this.exited;
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
      this.fail(noJavaMessage(search), OPEN_SETTINGS, DOWNLOAD_JAVA);
      return undefined;
    }
    const ignored = settingIgnoredMessage(search);
    if (ignored) {
      void vscode.window.showWarningMessage(ignored, OPEN_SETTINGS).then((c) => this.act(c));
    }
    const jar = this.context.asAbsolutePath('server/nianbao-server.jar');
    if (!fs.existsSync(jar)) {
      this.fail(`年报扩展缺少语言服务器文件，请重新安装扩展。 The extension has no server jar (${jar}): reinstall it.`);
      return undefined;
    }
    const java = search.found;
    const settings: ServerSettings = {
      vmargs: config.get<string>('server.vmargs') ?? '',
      templatePath: config.get<string[]>('templatePath') ?? [],
    };
    let started = await this.launch(java, jar, settings);
    const plan = this.plan;
    if (!started.client && plan && plan.mode !== 'off') {
      // Never let an archive keep the server from starting: drop it, and once more without one.
      this.archives.discard(plan, 'the server did not start with it');
      this.sharing = false;
      this.output.appendLine('class data sharing: off for this session; starting the server again without it');
      started = await this.launch(java, jar, settings);
    }
    if (!started.client) {
      const e = started.error;
      this.fail(`年报语言服务器启动失败。 The nianbao language server failed to start: ${e instanceof Error ? e.message : String(e)}`);
    }
    return started.client;
  }

  /** Creates a client and starts it; the client spawns the server through {@link spawnServer}. */
  private async launch(java: JavaProbe, jar: string, settings: ServerSettings): Promise<{ client?: LanguageClient; error?: unknown }> {
    const serverOptions: ServerOptions = () => this.spawnServer(java, jar, settings);
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
      // no notification of its own: start() tells the user, once, or retries without the archive
      initializationFailedHandler: () => false,
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
        // A server that dies before it first runs is not restarted by the crash policy: the start
        // fails, and start() decides what to do.
        closed: (): CloseHandlerResult => (client.running ? this.closed() : { action: CloseAction.DoNotRestart, handled: true }),
      },
    };
    const client = new StartingClient('nianbao', '年报 nianbao', serverOptions, clientOptions);
    this.client = client;
    this.plan = undefined;
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) {
        client.running = true;
        this.setStatus('$(check) 年报', `语言服务器运行中 Language server running (Java ${java.version})`);
      } else if (e.newState === State.Starting) {
        this.setStatus('$(sync~spin) 年报', '正在启动语言服务器 Starting the language server');
      }
    });
    try {
      await client.start();
      return { client };
    } catch (e) {
      this.output.appendLine(`start failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (this.client === client) {
        this.client = undefined;
      }
      await client.dispose().catch(() => undefined);
      await this.processEnded();
      return { error: e };
    }
  }

  /**
   * Starts the server process (for the first start and for every restart after a crash), with the
   * class data sharing archive of this jar and Java if there is one, else creating it.
   */
  private async spawnServer(java: JavaProbe, jar: string, settings: ServerSettings): Promise<ChildProcess> {
    // the previous server may still be writing the archive this one is to use
    await this.processEnded();
    const plan: ArchivePlan = this.sharing
      ? this.archives.plan(archiveInputs(java, jar, settings))
      : { mode: 'off', reason: 'a start with an archive failed earlier in this session' };
    const cmd = serverCommand(java.executable, jar, settings, plan);
    this.output.appendLine(`class data sharing: ${describePlan(plan)}`);
    this.output.appendLine(`starting: ${cmd.command} ${cmd.args.join(' ')}`);
    const child = spawn(cmd.command, cmd.args, { stdio: 'pipe', windowsHide: true });
    this.process = child;
    this.plan = plan;
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        this.output.appendLine(`server process ${child.pid} exited (${signal ?? `code ${code}`})`);
        this.archives.settle(plan, code, signal);
        resolve();
      });
      child.once('error', () => resolve());
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    return child;
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

  private fail(message: string, ...actions: string[]): void {
    this.stopped = true;
    this.output.appendLine(message);
    this.setStatus('$(error) 年报', message, true);
    void vscode.window.showErrorMessage(message, ...actions, SHOW_OUTPUT).then((c) => this.act(c));
  }

  private act(choice: string | undefined): void {
    if (choice === OPEN_SETTINGS) {
      void openJavaSetting();
    } else if (choice === DOWNLOAD_JAVA) {
      void vscode.env.openExternal(vscode.Uri.parse(JAVA_DOWNLOAD));
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

/**
 * Opens the settings at nianbao.java.home where it can be set. The setting is machine-overridable:
 * in a remote window (code-server, Remote-SSH, WSL) the Java that matters is the remote machine's,
 * and the setting lives under the Remote tab, so the remote settings open there (the User tab
 * would show an empty page).
 */
async function openJavaSetting(): Promise<void> {
  if (vscode.env.remoteName) {
    try {
      // (the settings commands take { query }; a bare string is ignored by the remote one)
      await vscode.commands.executeCommand('workbench.action.openRemoteSettings', { query: 'nianbao.java.home' });
      return;
    } catch {
      // a remote window without that command: the settings JSON of the remote machine, else the user's
    }
  }
  await vscode.commands.executeCommand('workbench.action.openSettings', { query: 'nianbao.java.home' });
}

function archiveInputs(java: JavaProbe, jar: string, settings: ServerSettings): ArchiveInputs {
  const stat = fs.statSync(jar);
  return {
    jar,
    jarSize: stat.size,
    jarMtimeMs: stat.mtimeMs,
    java: fs.realpathSync(java.executable),
    javaVersion: java.versionText ?? String(java.version),
    vmargs: splitArgs(settings.vmargs),
  };
}

function describePlan(plan: ArchivePlan): string {
  switch (plan.mode) {
    case 'use':
      return `using ${plan.archive}`;
    case 'create':
      return `no archive yet; this server writes ${plan.archive} when it exits`;
    case 'off':
      return `off (${plan.reason})`;
  }
}
