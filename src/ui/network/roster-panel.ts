/**
 * The console's list of devices, under the teams they play for: each device by its number
 * (never a name), whether it is online, and the controls to move it to another team or remove
 * it. Drawn again whenever the server sends a new roster.
 */
import type { TeamSpec } from '../../engine/game-events';
import type { RosterMessage } from '../../session/protocol';
import type { IntentResult } from '../../session/session';
import { under } from '../../view/locale';
import type { Say } from '../classroom/say';
import { h, replaceChildren, setText } from '../dom';

export interface RosterActions {
  move(device: string, team: string): Promise<IntentResult>;
  remove(device: string): Promise<IntentResult>;
  /** Why an action failed, in words. */
  failure(result: Exclude<IntentResult, { ok: true }>): string;
}

export interface RosterPanel {
  element: HTMLElement;
  update(teams: readonly TeamSpec[], roster: RosterMessage | null): void;
}

type Device = RosterMessage['devices'][number];
type L = ReturnType<typeof under<'network.lobby'>>;

export function rosterPanel(say: Say, actions: RosterActions): RosterPanel {
  const l = under(say, 'network.lobby');
  const list = h('div', { class: 'net-roster', id: 'net-roster' });
  const feedback = h('p', { class: 'console-feedback', id: 'net-roster-feedback', attrs: { role: 'status' } });
  const element = h(
    'section',
    { class: 'net-roster-panel', attrs: { 'aria-labelledby': 'net-roster-title' } },
    h('h2', { id: 'net-roster-title' }, l('teams')),
    list,
    feedback,
  );
  const act = async (work: Promise<IntentResult>, ok: string) => {
    const result = await work;
    setText(feedback, result.ok ? ok : l('failed', { reason: actions.failure(result) }));
  };
  const deviceRow = (d: Device, teams: readonly TeamSpec[]): HTMLElement => {
    const current = d.viewer.kind === 'team' ? d.viewer.team : '';
    const select = h(
      'select',
      { id: `net-move-${d.id}`, attrs: { 'aria-label': l('move-to', { number: d.number }) } },
      ...teams.map((t) => h('option', { attrs: { value: t.id, selected: t.id === current } }, t.name)),
    );
    const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
    const move = h('button', { class: 'btn btn-small', attrs: { type: 'button', 'data-move': d.id } }, l('move'));
    move.addEventListener('click', () => {
      const number = d.number;
      void act(actions.move(d.id, select.value), l('moved', { number, team: teamName(select.value) }));
    });
    const remove = h(
      'button',
      { class: 'btn btn-small btn-danger', attrs: { type: 'button', 'data-remove': d.id } },
      l('remove', { number: d.number }),
    );
    remove.addEventListener('click', () => void act(actions.remove(d.id), l('removed', { number: d.number })));
    return h(
      'li',
      { class: `net-device is-${d.state}`, attrs: { 'data-device': d.id } },
      h('span', { class: 'net-device-name' }, l('device', { number: d.number })),
      h('span', { class: 'net-device-state' }, stateWords(l, d)),
      select,
      move,
      remove,
    );
  };
  return {
    element,
    update(teams, roster) {
      const devices = (roster?.devices ?? []).filter((d) => d.viewer.kind === 'team');
      replaceChildren(
        list,
        ...teams.map((team) => {
          const mine = devices.filter((d) => d.viewer.kind === 'team' && d.viewer.team === team.id);
          return h(
            'div',
            { class: 'net-roster-team', attrs: { 'data-team': team.id } },
            h('h3', {}, team.name),
            mine.length === 0
              ? h('p', { class: 'field-hint' }, l('no-devices'))
              : h('ul', {}, ...mine.map((d) => deviceRow(d, teams))),
          );
        }),
      );
    },
  };
}

function stateWords(l: L, d: Device): string {
  const state = l(d.state === 'online' ? 'state-online' : d.state === 'away' ? 'state-away' : 'state-offline');
  return d.done ? `${state} · ${l('done')}` : state;
}
