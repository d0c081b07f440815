import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
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
  it('puts the JVM arguments before -jar', () => {
    const cmd = serverCommand('/opt/jdk/bin/java', '/ext/server/nianbao-server.jar', {
      vmargs: '-Xmx256m -XX:+UseSerialGC',
      templatePath: [],
    });
    assert.deepEqual(cmd, {
      command: '/opt/jdk/bin/java',
      args: ['-Xmx256m', '-XX:+UseSerialGC', '-jar', '/ext/server/nianbao-server.jar'],
    });
  });

  it('runs the jar alone without JVM arguments', () => {
    assert.deepEqual(serverCommand('java', 'a.jar', { vmargs: '', templatePath: [] }).args, ['-jar', 'a.jar']);
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
