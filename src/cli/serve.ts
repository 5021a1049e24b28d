/**
 * `npm start`'s server (after prepare-start.ts has built what was stale): serves the game and
 * the class rooms on one port (8080, or PORT) and prints where devices can reach it, with a QR
 * code of the first network address. Settings come from the environment (docs/hosting.md).
 * `--quiet` leaves the QR code out.
 */
import { renderUnicodeCompact } from 'uqr';
import { startClassServer } from '../server/class-server';
import { configFrom } from '../server/config';
import { lanAddresses } from '../server/lan-addresses';
import { projectRoot } from '../server/project-root';
import { bundledScenarios } from '../server/scenarios';

const ROOT = projectRoot(import.meta.url);

async function main() {
  const args = process.argv.slice(2);
  const config = configFrom(process.env, ROOT);
  const server = await startClassServer(config, { scenarios: bundledScenarios(ROOT) });
  // One machine-readable line first: tests and benchmarks wait for it.
  console.log(`listening on ${server.port}`);
  const store = config.databaseUrl ? 'PostgreSQL' : `${config.dataDir}/classes.sqlite`;
  const lan = lanAddresses().map((a) => `http://${a}:${server.port}/`);
  console.log(`\nRed Lines is running. Classes are kept in ${store}.`);
  console.log(`  On this computer:     http://localhost:${server.port}/`);
  for (const url of lan) console.log(`  On the local network: ${url}`);
  if (lan[0] && !args.includes('--quiet')) console.log(`\n${renderUnicodeCompact(lan[0])}`);
  console.log('\nStop with Ctrl+C.');
  // A graceful close, but never a hang: every accepted event is already stored, so nothing waits on it.
  const stop = () => {
    setTimeout(() => process.exit(0), 5000).unref();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(String(error instanceof Error ? (error.stack ?? error.message) : error));
  process.exit(1);
});
