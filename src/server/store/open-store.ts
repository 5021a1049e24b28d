/** Picks the store: PostgreSQL when a database URL is given (its client loaded only then), else the SQLite file. */
import type { ClassStore } from './class-store';
import { openSqliteStore } from './sqlite-store';

export async function openStore(options: { databaseUrl?: string; sqliteFile: string }): Promise<ClassStore> {
  if (!options.databaseUrl) return openSqliteStore(options.sqliteFile);
  const { openPostgresStore } = await import('./postgres-store');
  return openPostgresStore(options.databaseUrl);
}
