/**
 * Starts a real HTTP server on a free local port for the Teams tests, and stops it after.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Express } from 'express';

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close: () => Promise<void>;
}

/** Listens on 127.0.0.1, port chosen by the system. */
export async function listen(app: Express): Promise<RunningServer> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** A bare express app, as server.ts builds it, for routers under test. */
export function bareApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  return app;
}
