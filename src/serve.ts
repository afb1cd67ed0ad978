/**
 * `tremplin serve`: wires the configuration, the logger and the HTTP server, then listens.
 * No logic of its own.
 */
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { createApp } from './server.js';

export async function serve(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const app = createApp({ config, logger });
  await new Promise<void>((resolve) => {
    app.listen(config.port, config.host, () => resolve());
  });
  logger.info({ port: config.port }, `Tremplin écoute sur ${config.publicUrl}/`);
}
