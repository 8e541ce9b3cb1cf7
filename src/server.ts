import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { databaseLocation, loadConfig, type Config } from './config';
import { createSetupLinkIfNoUsers } from './accounts/setup';
import { seedIfEmpty } from './import/seed';
import { openDatabase } from './store/database';
import { describeLocation } from './store/dialect';
import { createTranslation } from './translate/setup';
import { createApp } from './web/app';

/** Opens the library, loads the samples into a new one, and serves it. */
export async function startServer(config: Config = loadConfig()): Promise<Server> {
  const db = await openDatabase(databaseLocation(config));
  await seedIfEmpty(db, config.seedsDir, config);
  const setupToken = await createSetupLinkIfNoUsers(db, config.accounts);
  const translation = createTranslation({ db, config });
  translation.runner.start();
  const app = await createApp({ db, config, translation });
  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, (err?: Error) => {
      if (err) return reject(err);
      console.log(`Sejajar is serving http://localhost:${config.port} (data in ${describeLocation(databaseLocation(config))})`);
      if (setupToken) {
        const hours = Math.round(config.accounts.setupLinkTtlMs / 3_600_000);
        console.log(`No users yet. Create the first admin (link valid once, for ${hours} h): http://localhost:${config.port}/setup/${setupToken}`);
        console.log('Or run: sejajar user add NAME --admin');
      }
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
