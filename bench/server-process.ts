/**
 * The processes the benchmarks run and measure from outside: Tremplin's server exactly as
 * `npm start` runs it (the JavaScript `npm run build` writes, with the Node flags of the `start`
 * script) and the SDK samples' echo bot (bench/echo-bot.ts) run the same way — transpiled once,
 * plain `node`, no tsx — so that the two are compared on equal terms. Also what they are
 * measured with: resident memory from /proc, sampled for its peak.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/config.js';
import { buildServer, DIST } from '../scripts/build.js';

/**
 * The words of the `start` script (`exec env NAME=value … $(sh scripts/allocator-env.sh) node
 * <flags> dist/src/cli.js serve`), its command substitutions replaced by what they print here
 * (the allocator's settings: jemalloc when installed), as the shell running `npm start` does.
 */
function startWords(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts.start!.replace(/\$\(([^)]*)\)/g, (_, command: string) => execSync(command, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim());
  return script.split(/\s+/).filter(Boolean);
}

/** The Node flags of the `start` script. */
export function startFlags(): string[] {
  const words = startWords();
  return words.slice(words.indexOf('node') + 1).filter((w) => w.startsWith('--'));
}

/** The environment the `start` script sets before `node` (the memory allocator's settings). */
export function startEnv(): Record<string, string> {
  const words = startWords();
  return Object.fromEntries(
    words
      .slice(0, words.indexOf('node'))
      .filter((w) => /^[A-Z_]+=/.test(w))
      .map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
  );
}

/** Builds the server as `npm start` does; returns the arguments of `node` that run it. */
export async function serverArguments(extraFlags: string[] = []): Promise<string[]> {
  await buildServer();
  return [...startFlags(), ...extraFlags, path.join(DIST, 'src', 'cli.js'), 'serve'];
}

/** Transpiles the echo bot next to the server's build; returns the arguments of `node` that run it. */
export async function echoBotArguments(extraFlags: string[] = []): Promise<string[]> {
  const outfile = path.join(DIST, 'bench', 'echo-bot.js');
  await build({ entryPoints: [path.join(PROJECT_ROOT, 'bench', 'echo-bot.ts')], outfile, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  return [...startFlags(), ...extraFlags, outfile];
}

/** The echo bot run as bench/load.ts used to run it, and the issue measured it: TypeScript through tsx. */
export function echoBotThroughTsxArguments(): string[] {
  return ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench', 'echo-bot.ts')];
}

/**
 * The environment of a server under a bench's load: this process's with what `npm start` sets, on `port` and `dataDir`,
 * without the settings that would make it another set-up (Redis, PostgreSQL, an app id, a proxy,
 * another knowledge folder), with every per-client limit lifted — the load comes from one
 * address, and the limits would measure themselves instead of the server.
 */
export function benchServerEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of ['REDIS_URL', 'DATABASE_URL', 'KNOWLEDGE_DIR', 'MicrosoftAppId', 'TRUST_PROXY', 'NODE_OPTIONS']) delete env[name];
  return Object.assign(env, startEnv(), {
    RATE_LIMIT_MESSAGES_PER_MINUTE: '100000000',
    RATE_LIMIT_DIRECTLINE_STARTS_PER_MINUTE: '100000000',
    RATE_LIMIT_DIRECTLINE_ACTIVITIES_PER_MINUTE: '100000000',
    RATE_LIMIT_DIRECTLINE_REQUESTS_PER_MINUTE: '100000000',
    DIRECTLINE_CONVERSATIONS_PER_ADDRESS: '100000000',
    MAX_CONNECTIONS_PER_ADDRESS: '0',
  });
}

/** Starts `node args` with `env`; its standard error is piped (the inspector's address), the rest inherited. */
export function startNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
}

/** Waits until `url/healthz` answers 200 (at most `seconds`). */
export async function healthy(url: string, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`bench: ${url} did not become healthy within ${seconds} s`);
}

/** A process's resident memory, in MB, as the system sees it. */
export function rssMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
}

/** Samples a process's RSS every `everyMs` until stopped; `stop()` returns the highest seen, in MB. */
export function peakRss(pid: number | undefined, everyMs = 100): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssMb(pid));
    } catch {
      // the process is gone
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
