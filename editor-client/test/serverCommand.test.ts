import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SERVER_JVM_FLAGS } from '../src/classDataSharing';
import { resolveTemplatePath, serverCommand, splitArgs } from '../src/serverCommand';
import { RestartPolicy, gaveUpMessage } from '../src/restartPolicy';

describe('splitArgs', () => {
  it('splits on white space and keeps quoted groups together', () => {
    assert.deepEqual(splitArgs('  -Xmx512m   -Dfoo=bar '), ['-Xmx512m', '-Dfoo=bar']);
    assert.deepEqual(splitArgs('-Dname="a b" -Dx=\'c d\''), ['-Dname=a b', '-Dx=c d']);
    assert.deepEqual(splitArgs('-Dp=C:\\\\dir "-Dq=\\"x\\""'), ['-Dp=C:\\dir', '-Dq="x"']);
    assert.deepEqual(splitArgs('""'), ['']);
    assert.deepEqual(splitArgs(''), []);
  });
});

describe('serverCommand', () => {
  const ours = [...SERVER_JVM_FLAGS];

  it('starts the server with the benchmarked flags, then the user\'s, then -jar', () => {
    const cmd = serverCommand('/opt/jdk/bin/java', '/ext/server/nianbao-server.jar', {
      vmargs: '-Xmx256m -XX:TieredStopAtLevel=4',
      templatePath: [],
    });
    assert.equal(cmd.command, '/opt/jdk/bin/java');
    assert.deepEqual(cmd.args, [...ours, '-Xmx256m', '-XX:TieredStopAtLevel=4', '-jar', '/ext/server/nianbao-server.jar']);
    // the JVM takes the last of two contradicting options: the user's setting wins over ours
    assert.ok(cmd.args.lastIndexOf('-XX:TieredStopAtLevel=4') > cmd.args.indexOf('-XX:TieredStopAtLevel=1'));
  });

  it('holds the flags measured in BENCHMARKS.md and keeps JVM output off standard output', () => {
    for (const f of ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xms8m', '-Xshare:auto']) {
      assert.ok(ours.includes(f), f);
    }
    assert.ok(ours.indexOf('-Xlog:disable') < ours.indexOf('-Xlog:all=warning:stderr'));
    assert.ok(ours.includes('-XX:+DisplayVMOutputToStderr'));
  });

  it('puts the archive flags between ours and the user\'s', () => {
    const use = serverCommand('java', 'a.jar', { vmargs: '-Xmx1g', templatePath: [] }, { mode: 'use', archive: '/g/x.jsa' });
    assert.deepEqual(use.args, [...ours, '-XX:SharedArchiveFile=/g/x.jsa', '-Xmx1g', '-jar', 'a.jar']);
    const create = serverCommand('java', 'a.jar', { vmargs: '', templatePath: [] }, {
      mode: 'create',
      archive: '/g/x.jsa',
      part: '/g/x.1.part',
    });
    assert.deepEqual(create.args.slice(ours.length, -2), [
      '-XX:ArchiveClassesAtExit=/g/x.1.part',
      '-Xlog:cds=off:stderr',
      '-Xlog:cds+dynamic=off:stderr',
    ]);
    const off = serverCommand('java', 'a.jar', { vmargs: '-Xshare:off', templatePath: [] }, { mode: 'off', reason: 'x' });
    assert.deepEqual(off.args, [...ours, '-Xshare:off', '-jar', 'a.jar']);
  });

  it('runs the jar with our flags only when the setting is empty', () => {
    assert.deepEqual(serverCommand('java', 'a.jar', { vmargs: '', templatePath: [] }).args, [...ours, '-jar', 'a.jar']);
  });
});

describe('resolveTemplatePath', () => {
  it('resolves relative folders against the workspace and ~ against home', () => {
    assert.deepEqual(resolveTemplatePath(['templates', '/abs/t', '~/nbt', ' ', 'templates/'], '/ws', '/home/u'), [
      path.join('/ws', 'templates'),
      '/abs/t',
      path.join('/home/u', 'nbt'),
    ]);
  });

  it('drops relative folders when there is no workspace', () => {
    assert.deepEqual(resolveTemplatePath(['rel', '/abs'], undefined), ['/abs']);
  });
});

describe('RestartPolicy', () => {
  it('restarts up to the limit within the window, then gives up', () => {
    const p = new RestartPolicy(3, 60000);
    assert.equal(p.crashed(0), true);
    assert.equal(p.crashed(1000), true);
    assert.equal(p.crashed(2000), true);
    assert.equal(p.crashed(3000), false);
    assert.equal(p.recentCrashes, 4);
  });

  it('forgets crashes older than the window', () => {
    const p = new RestartPolicy(2, 60000);
    assert.equal(p.crashed(0), true);
    assert.equal(p.crashed(10000), true);
    assert.equal(p.crashed(65000), true);
    assert.equal(p.recentCrashes, 2);
  });

  it('starts counting again after a manual restart', () => {
    const p = new RestartPolicy(1, 60000);
    p.crashed(0);
    assert.equal(p.crashed(1), false);
    p.reset();
    assert.equal(p.crashed(2), true);
  });

  it('tells the user how to restart by hand', () => {
    const msg = gaveUpMessage(5, 180000);
    assert.match(msg, /5 次/);
    assert.match(msg, /3 minutes/);
    assert.match(msg, /Restart Language Server/);
  });
});
