/**
 * `tremplin serve`: assembles Tremplin, starts the HTTP server, stops cleanly on SIGTERM/SIGINT.
 * Wiring only.
 */
import { assemble } from './assemble.js';
import type { Config } from './config.js';
import { createApp } from './server.js';

export async function serve(config: Config): Promise<void> {
  const tremplin = await assemble(config);
  const app = createApp(tremplin);
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  tremplin.logger.info({ port: config.port }, `Tremplin écoute sur ${config.publicUrl}/`);
  const stop = (signal: string) => {
    tremplin.logger.info({ signal }, 'server: stopping');
    server.close(() => void tremplin.close().then(() => process.exit(0)));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
