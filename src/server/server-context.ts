/** What every part of one server process shares: the store, the settings, the log and the per-address limits. */
import type { ServerConfig } from './config';
import type { PerMinute } from './rate-limit';
import type { ClassStore } from './store/class-store';

export interface ServerContext {
  store: ClassStore;
  config: ServerConfig;
  /** One line to the server's log (a dropped message, a refused join, a store failure). */
  log: (line: string) => void;
  /** Joins with a bad token, per address: past the limit, that address may not try for the rest of the minute. */
  failedJoins: PerMinute;
  /** Token requests over HTTP (create, look-up, join, console), per address. */
  tokenRequests: PerMinute;
}
