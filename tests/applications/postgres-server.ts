/**
 * A throw-away PostgreSQL server for tests: `initdb` into a temporary folder, `pg_ctl start` on
 * a free port of 127.0.0.1, one fresh empty namespace per `createDatabase()` (a schema, selected
 * through the URL's `search_path`: what the store sees is an empty database, and it costs a
 * millisecond where CREATE DATABASE costs 300), everything deleted by `stop()`. Uses Debian's binaries (/usr/lib/postgresql/<version>/bin, package `postgresql`);
 * never touches a cluster the package may have started on 5432. initdb refuses to run as root,
 * so as root the server runs as the `postgres` user (`runuser`), in a folder it owns.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../support/free-port.js';

const run = promisify(execFile);

/** A running server; `createDatabase` returns the URL of a new empty database (schema). */
export interface PostgresServer {
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql, as .ci/run does.');
  }
  return path.join(root, versions[0]!, 'bin');
}

/** Starts a server; call `stop()` in `afterAll`. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = binaries();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tremplin-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const exec = (command: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]) : run(path.join(bin, command), args);
  const data = path.join(dir, 'data');
  const port = await freePort();
  try {
    await exec('initdb', ['-D', data, '-U', 'tremplin', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await exec('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', settings, '-w', '-t', '30', 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = `postgres://tremplin@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    async createDatabase() {
      databases += 1;
      const name = `tremplin_test_${databases}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA ${name}`);
      } finally {
        await client.end();
      }
      return `${url}?options=${encodeURIComponent(`-c search_path=${name}`)}`;
    },
    async stop() {
      try {
        await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A database for one test: its URL, and a data folder of its own (for the pepper file). */
export interface TestDatabase {
  dataDir: string;
  databaseUrl: string;
}

/**
 * One real PostgreSQL server for the test file that calls it (started before its tests, stopped
 * after), and a function giving each test a new empty database with a data folder of its own.
 */
export function usePostgres(): () => Promise<TestDatabase> {
  let server: PostgresServer | undefined;
  const root = mkdtempSync(path.join(os.tmpdir(), 'tremplin-pg-test-'));
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });
  let count = 0;
  return async () => {
    if (!server) throw new Error('usePostgres: the server is not started (call it at the top of a test file)');
    count += 1;
    return { dataDir: path.join(root, `db${count}`), databaseUrl: await server.createDatabase() };
  };
}
