// Finds a Java runtime for the language server: the nianbao.java.home setting, then JAVA_HOME,
// then PATH. Plain node (no `vscode` import) so that node's test runner can exercise it.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The oldest Java the server runs on. */
export const MIN_JAVA = 17;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  source: JavaSource;
  /** Path of the java executable. */
  executable: string;
}

/** A candidate that was tried: its major version, or why it could not be used. */
export interface JavaProbe extends JavaCandidate {
  version?: number;
  /** What `java -version` printed (identifies the exact build). */
  versionText?: string;
  error?: string;
}

export interface JavaSearch {
  /** The first candidate whose version is at least {@link MIN_JAVA}, if any. */
  found?: JavaProbe;
  /** Every candidate tried, in order (including the one found). */
  tried: JavaProbe[];
}

export interface SearchInput {
  /** The nianbao.java.home setting (a JDK/JRE folder, or a java executable). */
  setting?: string;
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/**
 * Reads the major version from the output of `java -version`:
 * `openjdk version "17.0.15" 2025-04-15` gives 17, `java version "1.8.0_392"` gives 8,
 * `openjdk version "21" 2023-09-19` gives 21, `openjdk version "26-ea"` gives 26.
 */
export function parseJavaVersion(output: string): number | undefined {
  const m = /version\s+"([^"]+)"/.exec(output);
  if (!m) {
    return undefined;
  }
  const parts = m[1].split(/[.\-+_]/);
  const first = Number.parseInt(parts[0], 10);
  if (Number.isNaN(first)) {
    return undefined;
  }
  if (first === 1 && parts.length > 1) {
    const second = Number.parseInt(parts[1], 10);
    return Number.isNaN(second) ? undefined : second;
  }
  return first;
}

function executableName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** A setting or JAVA_HOME may name the installation folder or the executable itself. */
function javaInHome(home: string, platform: NodeJS.Platform): string {
  const exe = executableName(platform);
  const base = path.basename(home).toLowerCase();
  if (base === exe || (platform !== 'win32' && base === 'java' && isFile(home))) {
    return home;
  }
  return path.join(home, 'bin', exe);
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The places to look, in order: setting, JAVA_HOME, each PATH entry. Duplicates removed. */
export function javaCandidates(input: SearchInput): JavaCandidate[] {
  const platform = input.platform ?? process.platform;
  const out: JavaCandidate[] = [];
  const seen = new Set<string>();
  const add = (source: JavaSource, executable: string) => {
    const key = path.resolve(executable);
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ source, executable });
    }
  };
  const setting = input.setting?.trim();
  if (setting) {
    add('setting', javaInHome(expandHome(setting, input.env), platform));
  }
  const javaHome = input.env.JAVA_HOME?.trim();
  if (javaHome) {
    add('JAVA_HOME', javaInHome(javaHome, platform));
  }
  const pathVar = input.env.PATH ?? input.env.Path ?? '';
  const sep = platform === 'win32' ? ';' : ':';
  for (const dir of pathVar.split(sep)) {
    if (dir.trim()) {
      const exe = path.join(dir.trim(), executableName(platform));
      if (isFile(exe)) {
        add('PATH', exe);
      }
    }
  }
  return out;
}

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  const home = env.HOME ?? env.USERPROFILE;
  return home && (p === '~' || p.startsWith('~/')) ? path.join(home, p.slice(1)) : p;
}

/** Runs `<java> -version` and returns what it printed (java prints it on stderr). */
export function runJavaVersion(executable: string, timeoutMs = 15000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: timeoutMs, windowsHide: true }, (err, stdout, stderr) => {
      if (err) {
        reject(err);
      } else {
        resolve(`${stderr}\n${stdout}`);
      }
    });
  });
}

/** Tries each candidate in order; stops at the first Java {@link MIN_JAVA}+. */
export async function findJava(
  input: SearchInput,
  run: (executable: string) => Promise<string> = runJavaVersion,
): Promise<JavaSearch> {
  const tried: JavaProbe[] = [];
  for (const c of javaCandidates(input)) {
    if (!isFile(c.executable)) {
      tried.push({ ...c, error: 'not found' });
      continue;
    }
    let probe: JavaProbe;
    try {
      const versionText = (await run(c.executable)).trim();
      const version = parseJavaVersion(versionText);
      probe = version === undefined ? { ...c, error: 'unrecognised `java -version` output' } : { ...c, version, versionText };
    } catch (e) {
      probe = { ...c, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
    }
    tried.push(probe);
    if (probe.version !== undefined && probe.version >= MIN_JAVA) {
      return { found: probe, tried };
    }
  }
  return { tried };
}

/** One line per candidate, for the notification and the output channel. */
export function describeProbe(p: JavaProbe): string {
  const what = p.version !== undefined ? `Java ${p.version}` : p.error ?? '?';
  return `${p.source}: ${p.executable} (${what})`;
}

/** Where to get a free Java 17: Eclipse Adoptium's Temurin, and the TUNA mirror of it in China. */
export const JAVA_DOWNLOAD = 'https://adoptium.net/zh-CN/temurin/releases/?version=17';
export const JAVA_DOWNLOAD_MIRROR = 'https://mirrors.tuna.tsinghua.edu.cn/Adoptium/17/jdk/';

/**
 * The message shown when no Java fits: what Java is needed, where to get it, what to set, and
 * what was tried, in Chinese and English.
 */
export function noJavaMessage(search: JavaSearch): string {
  const tried = search.tried.length ? search.tried.map(describeProbe).join('; ') : '没有找到 java / no java found';
  return (
    `年报语言服务器需要 Java ${MIN_JAVA} 或更新版本（免费的 Eclipse Temurin ${MIN_JAVA} 即可）。` +
    `下载：${JAVA_DOWNLOAD}（国内镜像：清华大学 TUNA ${JAVA_DOWNLOAD_MIRROR}，选 x64 的 jdk 安装包）。` +
    `安装后，在设置 nianbao.java.home 中填写安装目录（含 bin 文件夹的那一层，如 C:\\Program Files\\Eclipse Adoptium\\jdk-17），` +
    `或设置环境变量 JAVA_HOME，然后重启语言服务器。` +
    ` The nianbao language server needs Java ${MIN_JAVA}+ (the free Eclipse Temurin ${MIN_JAVA} will do: ${JAVA_DOWNLOAD}, ` +
    `mirror in China: ${JAVA_DOWNLOAD_MIRROR}); install it and set nianbao.java.home (or JAVA_HOME) to its folder. Tried: ${tried}`
  );
}

/** When the setting names a Java that cannot be used but another one was found. */
export function settingIgnoredMessage(search: JavaSearch): string | undefined {
  const setting = search.tried.find((p) => p.source === 'setting');
  if (!setting || !search.found || search.found.source === 'setting') {
    return undefined;
  }
  return (
    `设置 nianbao.java.home 指向的 Java 不可用（${describeProbe(setting)}），` +
    `改用 ${search.found.executable}（Java ${search.found.version}）。` +
    ` nianbao.java.home is not usable; using ${search.found.executable} instead.`
  );
}
