/**
 * Runs the balance report's jobs on worker threads, one per core: each idle worker takes the next
 * job; results come back in job order, so the report does not depend on which worker ran what.
 */
import { Worker } from 'node:worker_threads';
import type { Runner } from '../engine/balance';
import type { BalanceJob, JobResult } from '../engine/balance-jobs';
import type { Scenario } from '../engine/scenario-schema';

/** The worker's TypeScript file, loaded through tsx's loader (a worker does not inherit it). */
function startWorker(scenario: Scenario): Worker {
  const loader = import.meta.resolve('tsx/esm/api');
  const file = new URL('./balance-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); });`;
  return new Worker(boot, { eval: true, workerData: { scenario } });
}

export interface WorkerRunner {
  run: Runner;
  /** Stops every worker. */
  close(): Promise<void>;
}

/** A runner over `threads` workers; `progress` hears of each finished job. */
export function workerRunner(
  scenario: Scenario,
  threads: number,
  progress?: (done: number, total: number) => void,
): WorkerRunner {
  const workers = Array.from({ length: threads }, () => startWorker(scenario));
  const run: Runner = (jobs) =>
    new Promise((resolve, reject) => {
      const results: JobResult[] = new Array(jobs.length);
      let next = 0;
      let done = 0;
      if (jobs.length === 0) resolve(results);
      const feed = (worker: Worker) => {
        if (next < jobs.length) {
          worker.postMessage({ id: next, job: jobs[next] as BalanceJob });
          next++;
        }
      };
      for (const worker of workers) {
        worker.removeAllListeners();
        worker.on('error', reject);
        worker.on('message', (message: { id: number; result: JobResult }) => {
          results[message.id] = message.result;
          done++;
          progress?.(done, jobs.length);
          if (done === jobs.length) resolve(results);
          else feed(worker);
        });
        feed(worker);
      }
    });
  return {
    run,
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
