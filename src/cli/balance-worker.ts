/**
 * A worker thread of `npm run balance`: prepares the scenario it is given once, then runs each
 * job it receives and sends back the result with the job's number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type BalanceJob, runJob } from '../engine/balance-jobs';
import { prepare } from '../engine/game';
import type { Scenario } from '../engine/scenario-schema';

const rules = prepare((workerData as { scenario: Scenario }).scenario);

parentPort?.on('message', (message: { id: number; job: BalanceJob }) => {
  parentPort?.postMessage({ id: message.id, result: runJob(rules, message.job) });
});
