// The JVM flags of the language server and its class data sharing archive (AppCDS): a file in
// which the JVM stores the classes the server loaded, so that later starts map them instead of
// loading, verifying and linking each again (see BENCHMARKS.md for the figures).
//
// The archive that Maven builds beside server/target/nianbao-server.jar is of no use once the jar
// is inside an installed extension: a Java 17 dynamic archive is valid only for the exact jar path,
// size and modification time, and the exact JVM build, it was made with. So the extension makes
// its own: the first server started for a given jar and Java runs with -XX:ArchiveClassesAtExit and
// writes the archive when it exits; later ones run with -XX:SharedArchiveFile. The file is named
// after a hash of everything it must match, in the extension's global storage.
//
// Plain node (no `vscode` import) so that node's test runner can exercise it.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The flags the server runs with, as measured in BENCHMARKS.md (bench/jvm-flags.sh): the client
 * compiler only, the serial collector, a small initial heap; class data sharing when an archive
 * fits, silently nothing when it does not. Standard output is the protocol, so every message of
 * the JVM itself goes to standard error, which the client shows in the output panel.
 */
export const SERVER_JVM_FLAGS: readonly string[] = [
  '-XX:TieredStopAtLevel=1',
  '-XX:+UseSerialGC',
  '-Xms8m',
  '-Xshare:auto',
  '-XX:+DisplayVMOutputToStderr',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

/** Everything an archive must match; any change gives another archive. */
export interface ArchiveInputs {
  /** The server jar: path, size and modification time, as the JVM checks them. */
  jar: string;
  jarSize: number;
  jarMtimeMs: number;
  /** The java executable (symbolic links resolved). */
  java: string;
  /**
   * What `java -version` printed: a JDK updated in place keeps its path but not its build, and
   * the JVM ignores an archive made by another build.
   */
  javaVersion: string;
  /** The user's JVM arguments (nianbao.server.vmargs): heap size or pointer compression must match too. */
  vmargs: readonly string[];
}

/** How the next server process treats class data sharing. */
export type ArchivePlan =
  /** An archive for this jar and Java exists: map it. */
  | { mode: 'use'; archive: string }
  /** None yet: the JVM writes one into `part` when it exits; it becomes `archive` once complete. */
  | { mode: 'create'; archive: string; part: string }
  /** No archive: the user's vmargs decide, or the archive folder cannot be used. */
  | { mode: 'off'; reason: string };

const PREFIX = 'nianbao-server-';
const NAME = /^nianbao-server-([0-9a-f]{16})(?:\.jsa|\.[0-9a-z]+\.part)$/;

/** A short hash of the inputs; names the archive file. */
export function archiveKey(inputs: ArchiveInputs): string {
  const text = JSON.stringify([
    inputs.jar,
    inputs.jarSize,
    Math.floor(inputs.jarMtimeMs),
    inputs.java,
    inputs.javaVersion.trim(),
    inputs.vmargs,
  ]);
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function archiveName(key: string): string {
  return `${PREFIX}${key}.jsa`;
}

/**
 * Where one JVM writes: a name of its own, so that two windows creating the archive at the same
 * time never write into the same file.
 */
export function partName(key: string, nonce: string): string {
  return `${PREFIX}${key}.${nonce}.part`;
}

/** The key of a file this module made (archive or part), undefined for any other file. */
export function keyOfName(name: string): string | undefined {
  return NAME.exec(name)?.[1];
}

/**
 * True if the user's own JVM arguments already say something about class data sharing (turn it
 * off, name an archive, ...): then the extension adds no archive flag of its own.
 */
export function userDecidesSharing(vmargs: readonly string[]): boolean {
  return vmargs.some((a) =>
    /^-Xshare:/.test(a) ||
    /^-XX:(SharedArchiveFile|ArchiveClassesAtExit|SharedClassListFile)=/.test(a) ||
    /^-XX:[+-]AutoCreateSharedArchive$/.test(a),
  );
}

/** Use the archive of this key if the folder has one, else create it. */
export function choosePlan(dir: string, names: readonly string[], key: string, nonce: string): ArchivePlan {
  const archive = path.join(dir, archiveName(key));
  if (names.includes(archiveName(key))) {
    return { mode: 'use', archive };
  }
  return { mode: 'create', archive, part: path.join(dir, partName(key, nonce)) };
}

/**
 * The JVM arguments for a plan; they come after {@link SERVER_JVM_FLAGS} (which hold -Xshare:auto:
 * an archive that does not fit this JVM is ignored, never fatal).
 * Creating: the JVM's warnings about classes it cannot archive are not worth the output panel.
 */
export function archiveFlags(plan: ArchivePlan): string[] {
  switch (plan.mode) {
    case 'use':
      return [`-XX:SharedArchiveFile=${plan.archive}`];
    case 'create':
      return [`-XX:ArchiveClassesAtExit=${plan.part}`, '-Xlog:cds=off:stderr', '-Xlog:cds+dynamic=off:stderr'];
    case 'off':
      return [];
  }
}

/** Files of other keys: archives of an older jar or another Java, and their leftover parts. */
export function staleNames(names: readonly string[], key: string): string[] {
  return names.filter((n) => {
    const k = keyOfName(n);
    return k !== undefined && k !== key;
  });
}

/** First four bytes of a dynamic archive (CDS_DYNAMIC_ARCHIVE_MAGIC), in the machine's byte order. */
export const DYNAMIC_ARCHIVE_MAGIC = 0xf00baba8;

/**
 * Whether a file that starts with these bytes is a complete dynamic archive. The JVM writes the
 * regions first and the header (with the magic number) last, so a JVM that was killed while
 * writing leaves a file that starts with zeros.
 */
export function isCompleteArchive(head: Uint8Array): boolean {
  if (head.length < 4) {
    return false;
  }
  const view = new DataView(head.buffer, head.byteOffset, 4);
  return view.getUint32(0, true) === DYNAMIC_ARCHIVE_MAGIC || view.getUint32(0, false) === DYNAMIC_ARCHIVE_MAGIC;
}

/** Signals of a JVM that crashed by itself (as opposed to being stopped or killed from outside). */
const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGBUS', 'SIGABRT', 'SIGILL', 'SIGFPE']);
/** Exit codes of a JVM that ended normally or on SIGHUP, SIGINT or SIGTERM (128 + the signal). */
const NORMAL_EXITS = new Set([0, 129, 130, 143]);

/**
 * True if a server that ran with an archive ended in a way the archive may be to blame for: a
 * crash, or an exit code of failure (such as 1 when the JVM refused to start). A kill from
 * outside (the crash test, the task manager) says nothing about the archive.
 */
export function exitBlamesArchive(code: number | null, signal: string | null): boolean {
  if (signal) {
    return CRASH_SIGNALS.has(signal);
  }
  return code !== null && !NORMAL_EXITS.has(code);
}

/** A part this old that is still incomplete was left by a JVM that died while writing it. */
export const ABANDONED_PART_MS = 10 * 60 * 1000;

/**
 * The folder of archives: decides the plan of each start and tidies up after each process. Never
 * throws: when the folder cannot be used, the server simply starts without an archive.
 */
export class ArchiveStore {
  constructor(
    readonly dir: string,
    private readonly log: (line: string) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** The plan for the next server process. */
  plan(inputs: ArchiveInputs, nonce: string = crypto.randomBytes(6).toString('hex')): ArchivePlan {
    if (userDecidesSharing(inputs.vmargs)) {
      return { mode: 'off', reason: 'nianbao.server.vmargs sets class data sharing' };
    }
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const key = archiveKey(inputs);
      this.tidy(key);
      return choosePlan(this.dir, fs.readdirSync(this.dir), key, nonce);
    } catch (e) {
      return { mode: 'off', reason: `archive folder ${this.dir} not usable: ${message(e)}` };
    }
  }

  /**
   * Removes the files of other keys; turns a complete part of this key into the archive (a JVM
   * that exited after its client had gone, e.g. when the editor was closed, wrote it); removes an
   * abandoned incomplete part.
   */
  private tidy(key: string): void {
    const names = fs.readdirSync(this.dir);
    for (const name of staleNames(names, key)) {
      this.remove(path.join(this.dir, name), 'removed the archive of another jar or Java');
    }
    for (const name of names.filter((n) => n.endsWith('.part') && keyOfName(n) === key)) {
      const part = path.join(this.dir, name);
      if (isComplete(part)) {
        this.keep(part, path.join(this.dir, archiveName(key)));
      } else if (this.now() - mtimeMs(part) > ABANDONED_PART_MS) {
        this.remove(part, 'removed an incomplete archive');
      }
    }
  }

  /**
   * After a server process ended: keeps the archive it wrote if complete; removes the archive it
   * used if the way it ended blames the archive.
   */
  settle(plan: ArchivePlan, code: number | null, signal: string | null): void {
    if (plan.mode === 'create' && fs.existsSync(plan.part)) {
      if (isComplete(plan.part)) {
        this.keep(plan.part, plan.archive);
      } else {
        this.remove(plan.part, 'removed an incomplete archive');
      }
    } else if (plan.mode === 'use' && exitBlamesArchive(code, signal)) {
      this.discard(plan, `the server ended with ${signal ?? `exit code ${code}`}`);
    }
  }

  /** Removes the archive a failed start used, so that the next start makes a new one. */
  discard(plan: ArchivePlan, why: string): void {
    if (plan.mode === 'use' && fs.existsSync(plan.archive)) {
      this.remove(plan.archive, `removed the archive (${why})`);
    }
  }

  private keep(part: string, archive: string): void {
    try {
      fs.renameSync(part, archive);
      this.log(`wrote ${archive} (${(fs.statSync(archive).size / 1048576).toFixed(1)} MB)`);
    } catch (e) {
      this.log(`could not keep ${part}: ${message(e)}`);
    }
  }

  private remove(file: string, what: string): void {
    try {
      fs.rmSync(file, { force: true });
      this.log(`${what}: ${file}`);
    } catch (e) {
      this.log(`could not remove ${file}: ${message(e)}`);
    }
  }
}

function isComplete(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = new Uint8Array(4);
      return fs.readSync(fd, head, 0, 4, 0) === 4 && isCompleteArchive(head);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function mtimeMs(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
