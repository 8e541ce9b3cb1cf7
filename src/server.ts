import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from './config';
import { seedIfEmpty } from './import/seed';
import { openDatabase } from './store/database';
import { createTranslation } from './translate/setup';
import { createApp } from './web/app';

/** Opens the library, loads the samples into a new one, and serves it. */
export async function startServer(config: Config = loadConfig()): Promise<Server> {
  const db = await openDatabase(config.databaseFile);
  await seedIfEmpty(db, config.seedsDir, config);
  const translation = createTranslation({ db, config });
  translation.runner.start();
  const app = await createApp({ db, config, translation });
  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, (err?: Error) => {
      if (err) return reject(err);
      console.log(`Sejajar is serving http://localhost:${config.port} (data in ${config.dataDir})`);
      resolve(server);
    });
    const shutdown = () =>
      server.close(() => void translation.runner.stop().finally(() => db.destroy().finally(() => process.exit(0))));
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startServer().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
