/**
 * `tremplin serve`: listens at once (health says "starting" until the knowledge is loaded),
 * assembles Tremplin, then serves it; on SIGTERM/SIGINT stops taking connections, lets the
 * requests in flight finish, and exits. Wiring only.
 */
import type http from 'node:http';
import { assemble, type Tremplin } from './assemble.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { createHttpApp, starting } from './server.js';
import { closeAfterResponse, createHttpServer } from './server/http-server.js';

/** How long requests in flight may take to finish after SIGTERM. */
const DRAIN_MS = 10_000;

export async function serve(config: Config): Promise<void> {
  let handle: http.RequestListener = starting;
  let stopping = false;
  /** Responses not sent yet: told to close their connection when the server stops. */
  const inFlight = new Set<http.ServerResponse>();
  const server = createHttpServer(
    (req, res) => {
      if (stopping) closeAfterResponse(res);
      inFlight.add(res);
      res.once('close', () => inFlight.delete(res));
      handle(req, res);
    },
    { maxConnectionsPerAddress: config.maxConnectionsPerAddress },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  let started: { tremplin: Tremplin; web: Awaited<ReturnType<typeof createHttpApp>> } | undefined;

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!started) {
      // Still starting: no request is served yet, and every file is written through a temporary
      // file and a rename, so stopping now loses nothing (the next start begins again).
      logger.info({ signal }, 'server: stopping during start-up');
      process.exit(0);
    }
    const { tremplin, web } = started;
    tremplin.logger.info({ signal }, 'server: stopping, draining requests in flight');
    const force = setTimeout(() => process.exit(1), DRAIN_MS).unref();
    // No new connection from now on; the ones in use close once their response is sent
    // (keep-alive would hold them open), the idle ones at once, and the Direct Line streams as
    // soon as the bot turns in flight have published their replies. The last good versions of
    // the knowledge are saved meanwhile; a first start still saving them at the end stops
    // between two files (the next start saves the rest).
    server.close(() => {
      void web
        .close()
        .then(() => tremplin.close({ saving: 'stop' }))
        .finally(() => {
          clearTimeout(force);
          process.exit(0);
        });
    });
    for (const res of inFlight) closeAfterResponse(res);
    server.closeIdleConnections();
    void web.drain().catch((err: unknown) => tremplin.logger.error({ err }, 'server: closing the Direct Line streams failed'));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // Said once the signals are handled: a SIGTERM sent on seeing it exits 0, not killed.
  logger.info({ port: config.port }, 'server: starting, loading the knowledge');

  const tremplin = await assemble(config, { logger });
  const web = await createHttpApp(tremplin);
  handle = web.app;
  web.attach(server);
  started = { tremplin, web };
  tremplin.logger.info({ port: config.port }, `server: listening on ${config.publicUrl}/`);
}
