// Settings → the command line that starts the language server, and the initialization options
// it receives. Plain node (no `vscode` import), unit-tested with node's test runner.
import * as path from 'node:path';
import { ArchivePlan, archiveFlags, SERVER_JVM_FLAGS } from './classDataSharing';

export interface ServerSettings {
  /** nianbao.server.vmargs, as typed by the user. */
  vmargs: string;
  /** nianbao.templatePath: folders with extra template files. */
  templatePath: string[];
}

export interface ServerCommand {
  command: string;
  args: string[];
}

/**
 * Splits a string of JVM arguments the way a shell would for the simple cases: white space
 * separates, single or double quotes group (`-Dx="a b"` is one argument `-Dx=a b`), a backslash
 * escapes the next character outside single quotes.
 */
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) {
        quote = undefined;
      } else if (ch === '\\' && quote === '"' && i + 1 < text.length && (text[i + 1] === '"' || text[i + 1] === '\\')) {
        current += text[++i];
      } else {
        current += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inArg = true;
    } else if (/\s/.test(ch)) {
      if (inArg) {
        args.push(current);
        current = '';
        inArg = false;
      }
    } else if (ch === '\\' && i + 1 < text.length) {
      current += text[++i];
      inArg = true;
    } else {
      current += ch;
      inArg = true;
    }
  }
  if (inArg) {
    args.push(current);
  }
  return args;
}

/**
 * `java <our flags> <archive flags> <vmargs> -jar <jar>`: the server speaks LSP on stdio by
 * default. The user's arguments come after ours: for the JVM the last of two contradicting
 * options wins, so a setting such as `-XX:TieredStopAtLevel=4` or `-Xshare:off` overrides ours.
 */
export function serverCommand(java: string, jar: string, settings: ServerSettings, archive?: ArchivePlan): ServerCommand {
  const sharing = archive ? archiveFlags(archive) : [];
  return { command: java, args: [...SERVER_JVM_FLAGS, ...sharing, ...splitArgs(settings.vmargs), '-jar', jar] };
}

/**
 * Template folders as absolute paths: relative entries are resolved against the workspace
 * folder (or dropped when there is none), `~` against the home folder; blanks and duplicates go.
 */
export function resolveTemplatePath(entries: readonly string[], workspaceFolder: string | undefined, home?: string): string[] {
  const out: string[] = [];
  for (const raw of entries) {
    let p = raw.trim();
    if (!p) {
      continue;
    }
    if (home && (p === '~' || p.startsWith('~/'))) {
      p = path.join(home, p.slice(1));
    }
    if (!path.isAbsolute(p)) {
      if (!workspaceFolder) {
        continue;
      }
      p = path.join(workspaceFolder, p);
    }
    p = path.normalize(p);
    if (p.length > 1 && (p.endsWith('/') || p.endsWith('\\'))) {
      p = p.slice(0, -1);
    }
    if (!out.includes(p)) {
      out.push(p);
    }
  }
  return out;
}

/** VS Code's command that opens the suggest list again (after a group of rows is chosen). */
export const RETRIGGER_COMPLETION = 'editor.action.triggerSuggest';

/**
 * What the server receives in `initialize`: the template folders (sent again on a configuration
 * change), and the command that opens completion again, so that choosing a group of rows offers
 * its rows next.
 */
export function initializationOptions(templatePath: string[]): { templatePath: string[]; completionRetrigger: string } {
  return { templatePath, completionRetrigger: RETRIGGER_COMPLETION };
}
