/**
 * The class's front page, for the projector before the lesson starts: the join code in large
 * letters, the join address and its QR code, the teams with the devices that joined each (the
 * teacher can move or remove one), the link that opens the projector view elsewhere, and the
 * way on to the table.
 */
import type { TeamSpec } from '../../engine/game-events';
import type { RosterMessage } from '../../session/protocol';
import { under } from '../../view/locale';
import type { Say } from '../classroom/say';
import { h } from '../dom';
import type { Screen } from '../screen';
import { qrCode } from './qr-code';
import { type RosterActions, rosterPanel } from './roster-panel';

export interface LobbyOptions {
  say: Say;
  code: string;
  /** The address a device opens to join, with the code in it (for the QR code). */
  joinUrl: string;
  /** The address without the code, to type. */
  address: string;
  /** Opens the projector view on another screen. */
  projectorUrl: string;
  actions: RosterActions;
  onTable(): void;
}

export interface LobbyScreen extends Screen {
  update(teams: readonly TeamSpec[], roster: RosterMessage | null): void;
}

export function lobbyScreen(options: LobbyOptions): LobbyScreen {
  const { say } = options;
  const l = under(say, 'network.lobby');
  const roster = rosterPanel(say, options.actions);
  const heading = h('h1', { id: 'net-lobby-title', attrs: { tabindex: -1 } }, l('title'));
  const toTable = h(
    'button',
    { class: 'btn btn-primary', id: 'net-to-table', attrs: { type: 'button' } },
    l('to-table'),
  );
  toTable.addEventListener('click', () => options.onTable());
  const join = h(
    'div',
    { class: 'net-join-card' },
    h(
      'div',
      { class: 'net-join-words' },
      h('p', { class: 'net-code-label' }, l('code-label')),
      h('p', { class: 'net-code', id: 'net-code', attrs: { 'aria-label': spaced(options.code) } }, options.code),
      h('p', { class: 'net-address-label' }, l('address-label')),
      h('p', { class: 'net-address', id: 'net-join-url' }, options.joinUrl),
      h('p', { class: 'field-hint' }, l('or-code', { address: options.address })),
    ),
    h('div', { class: 'net-qr', id: 'net-qr' }, qrCode(options.joinUrl, l('qr'))),
  );
  const projector = h(
    'p',
    { class: 'net-projector-link' },
    h('a', { id: 'net-projector-link', attrs: { href: options.projectorUrl, target: '_blank' } }, l('projector')),
    ' ',
    h('span', { class: 'field-hint' }, l('projector-hint')),
  );
  const element = h(
    'section',
    { class: 'screen net-lobby', id: 'net-lobby', attrs: { 'aria-labelledby': 'net-lobby-title' } },
    h(
      'div',
      { class: 'sheet' },
      heading,
      join,
      roster.element,
      projector,
      h('div', { class: 'screen-actions' }, toTable),
    ),
  );
  return {
    name: 'net-lobby',
    title: l('screen'),
    element,
    focusTarget: heading,
    update: (teams, list) => roster.update(teams, list),
  };
}

/** The code read out one character at a time. */
function spaced(code: string): string {
  return code.split('').join(' ');
}
