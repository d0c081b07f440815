import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { findJava, javaCandidates, noJavaMessage, parseJavaVersion, settingIgnoredMessage } from '../src/java';

describe('parseJavaVersion', () => {
  it('reads the major version of current and old version strings', () => {
    assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
    assert.equal(parseJavaVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment'), 8);
    assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
    assert.equal(parseJavaVersion('openjdk version "26-ea" 2026-03-17'), 26);
    assert.equal(parseJavaVersion('java version "11.0.2+9-LTS"'), 11);
  });

  it('skips lines the JVM prints before the version', () => {
    const out = 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8\nopenjdk version "22.0.1" 2024-04-16';
    assert.equal(parseJavaVersion(out), 22);
  });

  it('gives nothing for output that is not a version', () => {
    assert.equal(parseJavaVersion(''), undefined);
    assert.equal(parseJavaVersion('Error: could not find libjava.so'), undefined);
    assert.equal(parseJavaVersion('openjdk version "abc"'), undefined);
  });
});

/** A folder laid out like a JDK whose bin/java is a shell script printing the given version. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-java-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let jdks = 0;
function fakeJdk(versionLine: string | undefined, exitCode = 0): string {
  const home = path.join(tmp, `jdk${++jdks}`);
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  const java = path.join(home, 'bin', 'java');
  const print = versionLine === undefined ? '' : `echo '${versionLine}' >&2\n`;
  fs.writeFileSync(java, `#!/bin/sh\n${print}exit ${exitCode}\n`, { mode: 0o755 });
  return home;
}

const unix = process.platform !== 'win32';

describe('javaCandidates', () => {
  it('lists the setting, then JAVA_HOME, then java on PATH, without duplicates', () => {
    const a = fakeJdk('openjdk version "17.0.1"');
    const b = fakeJdk('openjdk version "21"');
    const c = fakeJdk('openjdk version "11"');
    const list = javaCandidates({
      setting: a,
      env: { JAVA_HOME: b, PATH: [path.join(c, 'bin'), path.join(b, 'bin'), '/nonexistent'].join(':') },
      platform: 'linux',
    });
    assert.deepEqual(
      list.map((x) => [x.source, x.executable]),
      [
        ['setting', path.join(a, 'bin', 'java')],
        ['JAVA_HOME', path.join(b, 'bin', 'java')],
        ['PATH', path.join(c, 'bin', 'java')],
      ],
    );
  });

  it('accepts a setting that names the executable itself', () => {
    const a = fakeJdk('openjdk version "17"');
    const exe = path.join(a, 'bin', 'java');
    const list = javaCandidates({ setting: exe, env: {}, platform: 'linux' });
    assert.deepEqual(list, [{ source: 'setting', executable: exe }]);
  });

  it('ignores a blank setting and an empty PATH', () => {
    assert.deepEqual(javaCandidates({ setting: '  ', env: { PATH: '' }, platform: 'linux' }), []);
  });
});

describe('findJava', { skip: !unix && 'needs shell scripts as fake java' }, () => {
  it('takes the setting when it is Java 17+', async () => {
    const a = fakeJdk('openjdk version "17.0.15" 2025-04-15');
    const b = fakeJdk('openjdk version "21"');
    const r = await findJava({ setting: a, env: { JAVA_HOME: b, PATH: '' } });
    assert.equal(r.found?.source, 'setting');
    assert.equal(r.found?.version, 17);
    assert.equal(settingIgnoredMessage(r), undefined);
  });

  it('falls back from a too old setting to JAVA_HOME and says so', async () => {
    const old = fakeJdk('java version "1.8.0_392"');
    const good = fakeJdk('openjdk version "21.0.2"');
    const r = await findJava({ setting: old, env: { JAVA_HOME: good, PATH: '' } });
    assert.equal(r.found?.source, 'JAVA_HOME');
    assert.equal(r.found?.version, 21);
    assert.deepEqual(r.tried.map((p) => p.version), [8, 21]);
    assert.match(settingIgnoredMessage(r) ?? '', /nianbao\.java\.home/);
  });

  it('falls back to PATH when JAVA_HOME points nowhere', async () => {
    const onPath = fakeJdk('openjdk version "17"');
    const r = await findJava({ env: { JAVA_HOME: path.join(tmp, 'missing'), PATH: path.join(onPath, 'bin') } });
    assert.equal(r.found?.source, 'PATH');
    assert.equal(r.tried[0].error, 'not found');
  });

  it('finds nothing when every java is too old or broken, and the message says what to do', async () => {
    const old = fakeJdk('openjdk version "11.0.20"');
    const broken = fakeJdk(undefined, 1);
    const silent = fakeJdk('hello');
    const r = await findJava({ setting: old, env: { JAVA_HOME: broken, PATH: path.join(silent, 'bin') } });
    assert.equal(r.found, undefined);
    assert.equal(r.tried.length, 3);
    assert.equal(r.tried[0].version, 11);
    assert.ok(r.tried[1].error);
    assert.equal(r.tried[2].error, 'unrecognised `java -version` output');
    const msg = noJavaMessage(r);
    assert.match(msg, /Java 17/);
    assert.match(msg, /nianbao\.java\.home/);
    assert.match(msg, /JAVA_HOME/);
    // where to get it: Adoptium, and the TUNA mirror of it
    assert.ok(msg.includes('https://adoptium.net/') && msg.includes('https://mirrors.tuna.tsinghua.edu.cn/Adoptium/17/'), msg);
    assert.ok(msg.includes(path.join(old, 'bin', 'java')), msg);
  });

  it('reports that no java exists at all', async () => {
    const r = await findJava({ env: { PATH: path.join(tmp, 'empty') } });
    assert.equal(r.found, undefined);
    assert.deepEqual(r.tried, []);
    assert.match(noJavaMessage(r), /no java found/);
  });

  it('finds the java of this machine (CI has Java 17+)', async () => {
    const r = await findJava({ env: process.env });
    assert.ok(r.found, JSON.stringify(r.tried));
    assert.ok((r.found?.version ?? 0) >= 17);
  });
});
