/**
 * `npm run db:migrate`: what `npm start` does to the database before serving — apply pending migrations
 * (prisma/migrations, recorded in _prisma_migrations) and import the starting library if it is missing — without
 * starting the server. Safe to run again: nothing applied or imported twice.
 */
import { prepareDatabase } from '../lib/db/prepare';

await prepareDatabase();
process.exit(0);
