/**
 * "Pass the device to team X": a screen that covers everything while the device changes
 * hands, so the next team's private brief is not seen by the team before it.
 */
import { type KeysUnder, under } from '../../view/locale';
import { h } from '../dom';
import type { Say } from './say';

export interface PassDeviceOptions {
  team: string;
  /** Who the team speaks for: a role at the table, or a seat. */
  who: string;
  round: number;
  rounds: number;
  say: Say;
  /** Why the device comes to this team now, when it is not its turn to decide (the chair's pick, a vote). */
  why?: string;
  onReady(): void;
}

export function passDeviceScreen(options: PassDeviceOptions): HTMLElement {
  const pass = under(options.say, 'classroom.pass');
  const p = (key: KeysUnder<'classroom.pass'>) =>
    pass(key, {
      team: options.team,
      who: options.who,
      round: options.round,
      rounds: options.rounds,
    });
  const ready = h(
    'button',
    { class: 'btn btn-primary btn-large', id: 'pass-ready', attrs: { type: 'button' } },
    p('ready'),
  );
  ready.addEventListener('click', () => options.onReady());
  return h(
    'section',
    {
      class: 'class-overlay pass-device',
      id: 'pass-device',
      attrs: {
        'aria-labelledby': 'pass-title',
        'aria-describedby': 'pass-private',
      },
    },
    h(
      'div',
      { class: 'pass-card' },
      h('p', { class: 'kicker' }, p('round')),
      h('h1', { id: 'pass-title', attrs: { tabindex: -1 } }, p('title')),
      h('p', { class: 'pass-who' }, p('speaks-for')),
      options.why ? h('p', { class: 'pass-why' }, options.why) : null,
      h('p', { id: 'pass-private', class: 'pass-private' }, p('private')),
      ready,
    ),
  );
}
