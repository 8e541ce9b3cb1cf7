import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { databaseLocation, loadConfig, type Config } from './config';
import { seedIfEmpty } from './import/seed';
import { openDatabase } from './store/database';
import { describeLocation } from './store/dialect';
import { createApp } from './web/app';

/** Opens the library, loads the samples into a new one, and serves it. */
export async function startServer(config: Config = loadConfig()): Promise<Server> {
  const db = await openDatabase(databaseLocation(config));
  await seedIfEmpty(db, config.seedsDir, config);
  const app = await createApp({ db, config });
  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, (err?: Error) => {
      if (err) return reject(err);
      console.log(`Sejajar is serving http://localhost:${config.port} (data in ${describeLocation(databaseLocation(config))})`);
      resolve(server);
    });
    const shutdown = () => server.close(() => void db.destroy().finally(() => process.exit(0)));
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
