// The real server jar started with the command line the extension builds, in each class data
// sharing mode: standard output must carry nothing but the protocol (it is the LSP channel), the
// archive written at exit must be complete, and the next start must map it. Needs Java 17+ and
// server/target/nianbao-server.jar (mvn package); skipped without the jar.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { ArchiveInputs, ArchivePlan, ArchiveStore } from '../src/classDataSharing';
import { findJava } from '../src/java';
import { serverCommand } from '../src/serverCommand';

const repo = path.join(__dirname, '..', '..', '..');
const builtJar = [path.join(repo, 'server', 'target', 'nianbao-server.jar'), path.join(repo, 'editor-client', 'server', 'nianbao-server.jar')].find(
  (p) => fs.existsSync(p),
);
const report = path.join(repo, 'examples', 'guanghua-2021.nianbao');

interface Session {
  /** Every byte the server wrote on standard output, one character per byte (latin1). */
  stdout: string;
  stderr: string;
  /** Diagnostics published for the opened report. */
  diagnostics: unknown[];
  /** Lines of /proc/PID/maps that name a .jsa file, read while the server ran (Linux only). */
  mappedArchives: string[];
  code: number | null;
  signal: string | null;
}

/** Splits LSP frames out of bytes held as latin1 text; throws on anything that is not a frame. */
function frames(bytes: string): { messages: any[]; rest: string } {
  const messages = [];
  let rest = bytes;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) {
      return { messages, rest };
    }
    const header = rest.slice(0, end);
    const m = /^Content-Length: (\d+)$/.exec(header);
    if (!m) {
      throw new Error(`not an LSP header on standard output: ${JSON.stringify(header.slice(0, 200))}`);
    }
    const length = Number(m[1]);
    if (rest.length < end + 4 + length) {
      return { messages, rest };
    }
    messages.push(JSON.parse(Buffer.from(rest.slice(end + 4, end + 4 + length), 'latin1').toString('utf8')));
    rest = rest.slice(end + 4 + length);
  }
}

/** initialize, didOpen of the example, first diagnostics, shutdown, exit. */
function session(command: string, args: string[]): Promise<Session> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'pipe' });
    let stdout = '';
    let pending = '';
    let stderr = '';
    let diagnostics: unknown[] | undefined;
    let mappedArchives: string[] = [];
    const send = (message: object) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('latin1');
      pending += d.toString('latin1');
      let parsed;
      try {
        parsed = frames(pending);
      } catch (e) {
        child.kill('SIGKILL');
        reject(e);
        return;
      }
      pending = parsed.rest;
      for (const m of parsed.messages) {
        if (m.id === 1 && m.result) {
          send({ method: 'initialized', params: {} });
          send({
            method: 'textDocument/didOpen',
            params: { textDocument: { uri: `file://${report}`, languageId: 'nianbao', version: 1, text: fs.readFileSync(report, 'utf8') } },
          });
        } else if (m.method === 'textDocument/publishDiagnostics' && diagnostics === undefined) {
          diagnostics = m.params.diagnostics;
          try {
            mappedArchives = fs.readFileSync(`/proc/${child.pid}/maps`, 'utf8').split('\n').filter((l) => l.endsWith('.jsa'));
          } catch {
            // not Linux
          }
          send({ id: 2, method: 'shutdown', params: null });
        } else if (m.id === 2) {
          send({ method: 'exit', params: null });
        } else if (m.id !== undefined && m.method) {
          send({ id: m.id, result: null }); // a request from the server (configuration, ...)
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, diagnostics: diagnostics ?? [], mappedArchives, code, signal });
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
}

describe('the server jar with the extension\'s command line', { skip: !builtJar && 'no server jar: run mvn package first' }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-jvm-test-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const jar = path.join(tmp, 'nianbao-server.jar');
  const store = new ArchiveStore(path.join(tmp, 'global-storage', 'class-data-sharing'));
  let java = '';
  let inputs: ArchiveInputs;

  async function start(plan: ArchivePlan): Promise<Session> {
    const cmd = serverCommand(java, jar, { vmargs: '', templatePath: [] }, plan);
    const s = await session(cmd.command, cmd.args);
    store.settle(plan, s.code, s.signal);
    return s;
  }

  it('creates the archive at exit without a byte outside the protocol on standard output', async () => {
    fs.copyFileSync(builtJar as string, jar);
    const found = (await findJava({ env: process.env })).found;
    assert.ok(found, 'Java 17+');
    java = found.executable;
    const stat = fs.statSync(jar);
    inputs = {
      jar,
      jarSize: stat.size,
      jarMtimeMs: stat.mtimeMs,
      java: fs.realpathSync(java),
      javaVersion: found.versionText ?? '',
      vmargs: [],
    };
    const plan = store.plan(inputs);
    assert.equal(plan.mode, 'create');
    const s = await start(plan);
    assert.equal(s.code, 0, s.stderr);
    assert.equal(frames(s.stdout).rest, '', 'standard output ends with a whole frame');
    assert.deepEqual(s.diagnostics, [], 'the example has no diagnostics');
    assert.doesNotMatch(s.stderr, /\[cds/, 'no archiving chatter in the output panel');
    assert.ok(plan.mode === 'create' && !fs.existsSync(plan.part), 'the part became the archive');
    assert.ok(fs.statSync(plan.archive).size > 1000000);
  });

  it('maps the archive on the next start', async () => {
    const plan = store.plan(inputs);
    assert.equal(plan.mode, 'use');
    const s = await start(plan);
    assert.equal(s.code, 0, s.stderr);
    assert.equal(frames(s.stdout).rest, '');
    assert.deepEqual(s.diagnostics, []);
    assert.equal(s.stderr, '');
    if (process.platform === 'linux') {
      assert.ok(s.mappedArchives.some((l) => plan.mode === 'use' && l.endsWith(plan.archive)), s.mappedArchives.join('\n'));
    }
  });

  it('starts all the same with a torn archive (-Xshare:auto ignores it)', async () => {
    const plan = store.plan(inputs);
    assert.equal(plan.mode, 'use');
    if (plan.mode !== 'use') return;
    fs.chmodSync(plan.archive, 0o644);
    const fd = fs.openSync(plan.archive, 'r+');
    fs.writeSync(fd, new Uint8Array(4096), 0, 4096, 0); // the header, as if never written
    fs.closeSync(fd);
    const s = await start(plan);
    assert.equal(s.code, 0, s.stderr);
    assert.equal(frames(s.stdout).rest, '');
    assert.deepEqual(s.diagnostics, []);
    assert.deepEqual(s.mappedArchives, []);
  });
});
