/**
 * The class's line at the top of every networked screen: the connection in words
 * ("Reconnecting…", "Back online."), the round and phase, the deliberation's time left on the
 * server's clock, and each team's state (done, deciding, no device online). Text only.
 */
import type { Connection, Phase } from '../../session/session';
import { under } from '../../view/locale';
import { clock, type Say } from '../classroom/say';
import { h, replaceChildren, setText } from '../dom';

export interface StripState {
  connection: Connection;
  round: number;
  rounds: number;
  phase: Phase;
  paused: boolean;
  /** Seconds left to deliberate, on the server's clock, or null outside the deliberation. */
  timer: { seconds: number; paused: boolean } | null;
  teams: readonly { id: string; name: string }[];
  done: readonly string[];
  online: readonly string[];
  /** The join code, shown on the projector for a late device. */
  code?: string;
}

export interface ClassStrip {
  element: HTMLElement;
  update(state: StripState): void;
}

/** How long "Back online." stays before the line goes quiet again. */
const BACK_MS = 5000;

export function classStrip(say: Say): ClassStrip {
  const s = under(say, 'network.strip');
  const c = under(say, 'network.connection');
  const link = h('p', { class: 'net-connection', id: 'net-connection', attrs: { role: 'status' } });
  const status = h('p', { class: 'net-status', id: 'net-status' });
  const timer = h('p', { class: 'net-timer', id: 'net-timer' });
  const teams = h('ul', { class: 'net-teams', id: 'net-teams', attrs: { 'aria-label': s('teams') } });
  const code = h('p', { class: 'net-strip-code', id: 'net-strip-code' });
  const element = h('div', { class: 'net-strip', id: 'net-strip' }, link, status, timer, teams, code);
  let last: Connection = 'connecting';
  let backUntil = 0;
  return {
    element,
    update(state) {
      if (last === 'reconnecting' && state.connection === 'open') backUntil = Date.now() + BACK_MS;
      last = state.connection;
      const back = state.connection === 'open' && Date.now() < backUntil;
      setText(link, back ? c('back') : c(state.connection === 'local' ? 'open' : state.connection));
      link.dataset.state = back ? 'back' : state.connection;
      const phase = say(`phases.${state.phase}`);
      setText(status, s('status', { round: state.round, rounds: state.rounds, phase }));
      timer.hidden = state.timer === null;
      if (state.timer)
        setText(timer, s(state.timer.paused ? 'timer-paused' : 'timer', { time: clock(state.timer.seconds) }));
      replaceChildren(
        teams,
        ...state.teams.map((t) => {
          const word = state.done.includes(t.id)
            ? 'team-done'
            : !state.online.includes(t.id)
              ? 'team-offline'
              : state.phase === 'decide'
                ? 'team-deciding'
                : 'team-online';
          return h(
            'li',
            { class: `net-team-state is-${word}`, attrs: { 'data-team': t.id } },
            s(word, { team: t.name }),
          );
        }),
      );
      code.hidden = state.code === undefined;
      setText(code, state.code === undefined ? '' : s('code', { code: state.code }));
    },
  };
}
