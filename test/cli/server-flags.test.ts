/**
 * The class server runs with the same Node flags everywhere: `npm start`, the commands in the
 * hosting guide, and the tests and benchmarks (which start it through `SERVER_NODE_FLAGS`), so a
 * figure measured in a benchmark is the figure of the server a school runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_BUNDLE, SERVER_NODE_FLAGS } from '../../src/server/server-build';
import { ROOT } from './run-cli';

const command = `node ${[...SERVER_NODE_FLAGS, SERVER_BUNDLE].join(' ')}`;

describe('the server’s Node flags', () => {
  it('are the ones `npm start` uses', () => {
    const start: string = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).scripts.start;
    expect(start.endsWith(command)).toBe(true);
  });

  it('are in every command of the hosting guide that starts the bundle', () => {
    const guide = readFileSync(`${ROOT}docs/hosting.md`, 'utf8');
    const starts = guide.split('\n').filter((line) => line.includes(SERVER_BUNDLE) && line.includes('node '));
    expect(starts.length).toBeGreaterThanOrEqual(3);
    for (const line of starts) expect(line).toContain(command);
  });
});
