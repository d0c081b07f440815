// How often a crashed language server is restarted. Plain node, unit-tested.

/**
 * Allows at most {@link maxRestarts} restarts within {@link windowMs}; a crash after that means
 * the server keeps dying and is left stopped (the user is told, and can restart it by command).
 */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at {@link now}; true if the server should be started again. */
  crashed(now: number): boolean {
    this.crashes.push(now);
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    return this.crashes.length <= this.maxRestarts;
  }

  /** Crashes counted in the current window. */
  get recentCrashes(): number {
    return this.crashes.length;
  }

  /** After a manual restart, the count starts again. */
  reset(): void {
    this.crashes = [];
  }
}

export function gaveUpMessage(crashes: number, windowMs: number): string {
  const minutes = Math.round(windowMs / 60000);
  return (
    `年报语言服务器在 ${minutes} 分钟内崩溃了 ${crashes} 次，不再自动重启。请查看“年报”输出面板，` +
    `然后运行命令“年报: 重启语言服务器”。` +
    ` The nianbao language server crashed ${crashes} times in ${minutes} minutes and will not be restarted;` +
    ` see the "年报 nianbao" output, then run "年报: Restart Language Server".`
  );
}
