/**
 * A throw-away Redis server for tests: Debian's `redis-server` (package `redis-server`, as
 * .ci/run installs it) on 127.0.0.1 and a free port, without persistence, in a temporary
 * folder. `kill()` stops it abruptly (an outage), `restart()` brings it back, empty, on the same
 * port; `pause()` and `resume()` make it hang and come back with its data; `stop()` in
 * `afterAll`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { connectRedis, waitUntilReady, type Redis, type RedisConnectionOptions } from '../../src/redis/connect.js';
import { freePort } from './free-port.js';
import { EVENTUALLY } from './patience.js';

const BINARY = '/usr/bin/redis-server';

/** Short timeouts, so that an outage is noticed, and recovered from, within a test. */
export const FAST_REDIS: RedisConnectionOptions = { connectTimeoutMs: 500, commandTimeoutMs: 500, maxReconnectDelayMs: 100 };

/** A running server. */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Kills the server (SIGKILL) and waits until it has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing is saved). */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open but nothing answers, as when Redis hangs. */
  pause(): void;
  /** Unfreezes it (SIGCONT), with everything it held. */
  resume(): void;
  /** Stops it and deletes its folder. */
  stop(): Promise<void>;
}

/** Spawns redis-server and resolves once it accepts connections. */
function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    BINARY,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--logfile', ''],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start:\n${output}`));
    }, 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a server; call `stop()` in `afterAll`. */
export async function startRedis(): Promise<RedisServer> {
  if (!existsSync(BINARY)) {
    throw new Error(`Redis is not installed (no ${BINARY}): apt-get install -y redis-server, as .ci/run does.`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined = await launch(port, dir);
  const kill = async () => {
    if (!child) return;
    const dying = child;
    child = undefined;
    dying.kill('SIGCONT');
    dying.kill('SIGKILL');
    await exited(dying);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    async restart() {
      await kill();
      child = await launch(port, dir);
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Fails if `promise` is still waiting while Redis is down: a Redis outage must never make the bot
 * wait for Redis to come back. Tests bring Redis back only after this settles, so a call that waits
 * for Redis would wait until the bound (long, so a busy machine is never mistaken for a hang).
 */
export async function settlesWhileDown<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting for Redis after ${EVENTUALLY.timeout} ms`)), EVENTUALLY.timeout);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts a server before the file's tests and stops it after them; the getter gives it. */
export function useRedisServer(): () => RedisServer {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => server!;
}

/** Returns `track`: what it is given is closed after the current test. */
export function closeAfterEach(): <T extends { close(): Promise<void> }>(value: T) => T {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((o) => o.close()));
  });
  return (value) => {
    opened.push(value);
    return value;
  };
}

/** A ready connection to `url` with the test timeouts, for tests to look into Redis or act as another instance. */
export async function connectReady(url: string): Promise<Redis> {
  const client = connectRedis(url, createLogger('silent'), FAST_REDIS);
  await waitUntilReady(client, 30_000);
  return client;
}

/** A TCP relay to a Redis server that a test can cut, for one instance only: the others still reach Redis. */
export interface RedisRelay {
  /** `redis://127.0.0.1:<relay port>` */
  url: string;
  /** Drops every connection through the relay, and every new one until `restore()`. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Starts a relay to `server` on a free port of 127.0.0.1. */
export async function relayTo(server: RedisServer): Promise<RedisRelay> {
  const sockets = new Set<Socket>();
  let cut = false;
  const relay = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = connect(server.port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      cut = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        relay.close(() => resolve());
      }),
  };
}
