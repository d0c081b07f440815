import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  ABANDONED_PART_MS,
  archiveKey,
  archiveName,
  ArchiveInputs,
  ArchiveStore,
  choosePlan,
  exitBlamesArchive,
  isCompleteArchive,
  keyOfName,
  partName,
  staleNames,
  userDecidesSharing,
} from '../src/classDataSharing';

const inputs: ArchiveInputs = {
  jar: '/home/u/.vscode/extensions/nianbao.nianbao-0.1.0/server/nianbao-server.jar',
  jarSize: 2263010,
  jarMtimeMs: 1795770000123.5,
  java: '/usr/lib/jvm/java-17-openjdk-amd64/bin/java',
  javaVersion: 'openjdk version "17.0.15" 2025-04-15\nOpenJDK 64-Bit Server VM (build 17.0.15+6-Debian-1deb12u1)',
  vmargs: [],
};

describe('archiveKey', () => {
  it('is 16 hex digits, the same for the same inputs', () => {
    const key = archiveKey(inputs);
    assert.match(key, /^[0-9a-f]{16}$/);
    assert.equal(archiveKey({ ...inputs }), key);
    assert.equal(keyOfName(archiveName(key)), key);
    assert.equal(keyOfName(partName(key, 'a1b2c3')), key);
  });

  it('changes with the jar, its size, its time, the Java, its build and the user\'s vmargs', () => {
    const key = archiveKey(inputs);
    const changed: ArchiveInputs[] = [
      { ...inputs, jar: '/elsewhere/nianbao-server.jar' },
      { ...inputs, jarSize: inputs.jarSize + 1 },
      { ...inputs, jarMtimeMs: inputs.jarMtimeMs + 1000 },
      { ...inputs, java: '/opt/jdk-21/bin/java' },
      { ...inputs, javaVersion: inputs.javaVersion.replace('1deb12u1', '1deb12u2') },
      { ...inputs, vmargs: ['-Xmx2g'] },
    ];
    const keys = new Set(changed.map(archiveKey));
    assert.equal(keys.size, changed.length);
    assert.ok(!keys.has(key));
  });

  it('ignores what the JVM cannot see: sub-millisecond time and white space around the version', () => {
    const key = archiveKey(inputs);
    assert.equal(archiveKey({ ...inputs, jarMtimeMs: inputs.jarMtimeMs + 0.2 }), key);
    assert.equal(archiveKey({ ...inputs, javaVersion: `\n${inputs.javaVersion}  \n` }), key);
  });
});

describe('keyOfName', () => {
  it('recognises only the files of this module', () => {
    assert.equal(keyOfName('nianbao-server-0123456789abcdef.jsa'), '0123456789abcdef');
    assert.equal(keyOfName('nianbao-server-0123456789abcdef.9f8e7d.part'), '0123456789abcdef');
    assert.equal(keyOfName('nianbao-server-0123456789abcdef.jsa.bak'), undefined);
    assert.equal(keyOfName('nianbao-server-XYZ.jsa'), undefined);
    assert.equal(keyOfName('state.json'), undefined);
  });
});

describe('choosePlan', () => {
  const key = '0123456789abcdef';
  const other = 'fedcba9876543210';

  it('creates the archive when the folder has none for this key', () => {
    assert.deepEqual(choosePlan('/g', [archiveName(other), 'notes.txt'], key, 'n1'), {
      mode: 'create',
      archive: path.join('/g', archiveName(key)),
      part: path.join('/g', partName(key, 'n1')),
    });
  });

  it('uses the archive of this key', () => {
    assert.deepEqual(choosePlan('/g', [archiveName(other), archiveName(key)], key, 'n1'), {
      mode: 'use',
      archive: path.join('/g', archiveName(key)),
    });
  });

  it('does not take a part (still being written, or broken) for an archive', () => {
    assert.equal(choosePlan('/g', [partName(key, 'n0')], key, 'n1').mode, 'create');
  });
});

describe('staleNames', () => {
  it('lists archives and parts of other keys, never other files', () => {
    const key = '0123456789abcdef';
    const names = [
      archiveName(key),
      partName(key, 'aa'),
      archiveName('1111111111111111'),
      partName('2222222222222222', 'bb'),
      'README',
      'nianbao-server.jsa',
    ];
    assert.deepEqual(staleNames(names, key), [archiveName('1111111111111111'), partName('2222222222222222', 'bb')]);
  });
});

describe('userDecidesSharing', () => {
  it('is true when the user\'s vmargs turn sharing off or name an archive', () => {
    assert.equal(userDecidesSharing(['-Xshare:off']), true);
    assert.equal(userDecidesSharing(['-Xmx1g', '-XX:SharedArchiveFile=/tmp/mine.jsa']), true);
    assert.equal(userDecidesSharing(['-XX:ArchiveClassesAtExit=/tmp/a.jsa']), true);
    assert.equal(userDecidesSharing(['-XX:+AutoCreateSharedArchive']), true);
  });

  it('is false for other flags', () => {
    assert.equal(userDecidesSharing([]), false);
    assert.equal(userDecidesSharing(['-Xmx1g', '-XX:+UseG1GC', '-Dshare=off']), false);
  });
});

describe('isCompleteArchive', () => {
  it('accepts the magic number in either byte order', () => {
    assert.equal(isCompleteArchive(Uint8Array.from([0xa8, 0xab, 0x0b, 0xf0, 0x58])), true);
    assert.equal(isCompleteArchive(Uint8Array.from([0xf0, 0x0b, 0xab, 0xa8])), true);
  });

  it('rejects a file whose header was never written, a short file and a static archive', () => {
    assert.equal(isCompleteArchive(new Uint8Array(4096)), false);
    assert.equal(isCompleteArchive(Uint8Array.from([0xa8, 0xab])), false);
    assert.equal(isCompleteArchive(Uint8Array.from([0xd7, 0xba, 0x0b, 0xf0])), false); // 0xf00bbad7, a static archive
  });
});

describe('exitBlamesArchive', () => {
  it('blames the archive for a JVM crash or a failed start', () => {
    assert.equal(exitBlamesArchive(null, 'SIGSEGV'), true);
    assert.equal(exitBlamesArchive(null, 'SIGBUS'), true);
    assert.equal(exitBlamesArchive(null, 'SIGABRT'), true);
    assert.equal(exitBlamesArchive(1, null), true);
    assert.equal(exitBlamesArchive(134, null), true);
  });

  it('does not blame it for a normal exit or a kill from outside', () => {
    assert.equal(exitBlamesArchive(0, null), false);
    assert.equal(exitBlamesArchive(143, null), false);
    assert.equal(exitBlamesArchive(130, null), false);
    assert.equal(exitBlamesArchive(null, 'SIGKILL'), false);
    assert.equal(exitBlamesArchive(null, 'SIGTERM'), false);
  });
});

/** A complete archive as far as the store can tell: the magic number, then some bytes. */
const COMPLETE = Uint8Array.from([0xa8, 0xab, 0x0b, 0xf0, 1, 2, 3, 4]);
/** What a JVM killed while writing leaves: regions written, header (at offset 0) not yet. */
const TORN = new Uint8Array(64).fill(7, 16);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cds-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let folders = 0;
function store(now = Date.now): { dir: string; store: ArchiveStore; log: string[] } {
  const dir = path.join(tmp, `g${++folders}`, 'class-data-sharing');
  const log: string[] = [];
  return { dir, store: new ArchiveStore(dir, (l) => log.push(l), now), log };
}
const list = (dir: string) => fs.readdirSync(dir).sort();

describe('ArchiveStore', () => {
  const key = archiveKey(inputs);

  it('creates on the first start, keeps the complete archive at exit, uses it on the next start', () => {
    const { dir, store: s } = store();
    const first = s.plan(inputs, 'n1');
    assert.equal(first.mode, 'create');
    assert.ok(fs.statSync(dir).isDirectory(), 'the folder is made');
    if (first.mode !== 'create') return;
    fs.writeFileSync(first.part, COMPLETE); // what the JVM writes as it exits
    s.settle(first, 0, null);
    assert.deepEqual(list(dir), [archiveName(key)]);
    assert.deepEqual(s.plan(inputs, 'n2'), { mode: 'use', archive: path.join(dir, archiveName(key)) });
  });

  it('drops an incomplete part at exit and creates again next time', () => {
    const { dir, store: s } = store();
    const first = s.plan(inputs, 'n1');
    if (first.mode !== 'create') return assert.fail(first.mode);
    fs.writeFileSync(first.part, TORN);
    s.settle(first, null, 'SIGKILL');
    assert.deepEqual(list(dir), []);
    assert.equal(s.plan(inputs, 'n2').mode, 'create');
  });

  it('settles quietly when the JVM wrote nothing', () => {
    const { dir, store: s, log } = store();
    const first = s.plan(inputs, 'n1');
    s.settle(first, 1, null);
    assert.deepEqual(list(dir), []);
    assert.deepEqual(log, []);
  });

  it('removes the archives and parts of other jars or Javas, and nothing else', () => {
    const { dir, store: s, log } = store();
    fs.mkdirSync(dir, { recursive: true });
    const old = archiveKey({ ...inputs, jarMtimeMs: 1 });
    fs.writeFileSync(path.join(dir, archiveName(old)), COMPLETE);
    fs.writeFileSync(path.join(dir, partName(old, 'zz')), TORN);
    fs.writeFileSync(path.join(dir, 'keep-me.txt'), 'x');
    fs.writeFileSync(path.join(dir, archiveName(key)), COMPLETE);
    assert.equal(s.plan(inputs).mode, 'use');
    assert.deepEqual(list(dir), ['keep-me.txt', archiveName(key)]);
    assert.equal(log.filter((l) => l.startsWith('removed the archive of another')).length, 2);
  });

  it('adopts a complete part left by a JVM that exited after the editor had gone', () => {
    const { dir, store: s } = store();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, partName(key, 'orphan')), COMPLETE);
    assert.deepEqual(s.plan(inputs, 'n1'), { mode: 'use', archive: path.join(dir, archiveName(key)) });
    assert.deepEqual(list(dir), [archiveName(key)]);
  });

  it('leaves a young incomplete part alone (another window may be writing it) and removes an abandoned one', () => {
    let now = Date.now();
    const { dir, store: s } = store(() => now);
    fs.mkdirSync(dir, { recursive: true });
    const part = path.join(dir, partName(key, 'other'));
    fs.writeFileSync(part, TORN);
    assert.equal(s.plan(inputs, 'n1').mode, 'create');
    assert.ok(fs.existsSync(part));
    now += ABANDONED_PART_MS + 1000;
    assert.equal(s.plan(inputs, 'n2').mode, 'create');
    assert.ok(!fs.existsSync(part));
  });

  it('removes an archive the server crashed with, keeps it after a kill from outside', () => {
    const { dir, store: s } = store();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, archiveName(key)), COMPLETE);
    const use = s.plan(inputs);
    s.settle(use, null, 'SIGKILL');
    assert.deepEqual(list(dir), [archiveName(key)]);
    s.settle(use, null, 'SIGSEGV');
    assert.deepEqual(list(dir), []);
    assert.equal(s.plan(inputs).mode, 'create');
  });

  it('discards the archive of a failed start', () => {
    const { dir, store: s, log } = store();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, archiveName(key)), COMPLETE);
    const use = s.plan(inputs);
    s.discard(use, 'the server did not start with it');
    assert.deepEqual(list(dir), []);
    assert.match(log.join('\n'), /did not start/);
  });

  it('leaves sharing to the user when the vmargs speak of it', () => {
    const { dir, store: s } = store();
    const plan = s.plan({ ...inputs, vmargs: ['-Xshare:off'] });
    assert.equal(plan.mode, 'off');
    assert.ok(!fs.existsSync(dir), 'nothing is made');
  });

  it('is off, without throwing, when the folder cannot be made', () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x');
    const plan = new ArchiveStore(path.join(file, 'sub')).plan(inputs);
    assert.equal(plan.mode, 'off');
    assert.match(plan.mode === 'off' ? plan.reason : '', /not usable/);
  });
});
