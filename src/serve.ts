/**
 * `tremplin serve`: listens at once (health says "starting" until the knowledge is loaded),
 * assembles Tremplin, then serves it; on SIGTERM/SIGINT stops taking connections, lets the
 * requests in flight finish, and exits. Wiring only.
 */
import type http from 'node:http';
import { assemble } from './assemble.js';
import type { Config } from './config.js';
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
  const tremplin = await assemble(config);
  const web = await createHttpApp(tremplin);
  handle = web.app;
  web.attach(server);
  tremplin.logger.info({ port: config.port }, `server: listening on ${config.publicUrl}/`);

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    tremplin.logger.info({ signal }, 'server: stopping, draining requests in flight');
    const force = setTimeout(() => process.exit(1), DRAIN_MS).unref();
    // No new connection from now on; the ones in use close once their response is sent
    // (keep-alive would hold them open), the idle ones at once, and the Direct Line streams as
    // soon as the bot turns in flight have published their replies.
    server.close(() => {
      void web
        .close()
        .then(() => tremplin.close())
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
}
