/** Picks the store: PostgreSQL when a database URL is given, else the SQLite file. */
import type { ClassStore } from './class-store';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';

export async function openStore(options: { databaseUrl?: string; sqliteFile: string }): Promise<ClassStore> {
  return options.databaseUrl ? openPostgresStore(options.databaseUrl) : openSqliteStore(options.sqliteFile);
}
