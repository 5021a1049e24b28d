/** The class's line as a remote session stands now: connection, round, phase, the server's timer, the teams. */
import type { RemoteSession } from '../../session/remote-session';
import type { StripState } from '../../ui/network/class-strip';

export function stripState(remote: RemoteSession, code?: string): StripState {
  const view = remote.view();
  const now = remote.classNow();
  const left = remote.deliberationLeft();
  return {
    connection: remote.connection(),
    round: view.round,
    rounds: view.rounds,
    phase: view.phase,
    paused: view.paused,
    timer: view.phase === 'deliberate' && left ? { seconds: left.seconds, paused: left.paused } : null,
    teams: view.teams,
    done: now.done,
    online: now.online,
    ...(code === undefined ? {} : { code }),
  };
}

/**
 * Calls `draw` whenever the class changes (a view, the connection, who is done) and `tick`
 * every half second for the timer (`draw` again unless told); returns the way to stop.
 */
export function followClass(remote: RemoteSession, draw: () => void, tick: (() => void) | null = draw): () => void {
  const stops = [remote.subscribe(draw), remote.onConnection(draw), remote.onClass(draw)];
  const ticker = setInterval(() => tick?.(), 500);
  return () => {
    clearInterval(ticker);
    for (const stop of stops) stop();
  };
}
