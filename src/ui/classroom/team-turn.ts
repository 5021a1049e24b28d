/**
 * A team's turn at the shared screen, after the device was passed to it: its private brief,
 * its cards (each closed one with the reason), the rationale box, what it played this round,
 * and "we are done". Every card played goes to the game as an event carrying the team and
 * its rationale; a refusal is shown on the spot and changes nothing.
 */

import type { CardPlayEvent, TeamSpec } from '../../engine/game-events';
import type { Card, Scenario } from '../../engine/scenario-schema';
import type { GameView, IntentResult, Session } from '../../session/session';
import { under } from '../../view/locale';
import { labelOf, refusalWords } from '../../view/refusal-words';
import { h, replaceChildren } from '../dom';
import { rationaleInput } from './rationale-input';
import type { Say } from './say';

export interface TeamTurnOptions {
  /** The game as this team sees it: its own hand, each closed card with its reason. */
  session: Session;
  team: TeamSpec;
  last: boolean;
  say: Say;
  onDone(): void;
}

/** A card of the team's hand with why it is closed (null when it can be played) and its odds now. */
interface CardStatus {
  card: Card;
  blocker: GameView['hand'][number]['blocker'];
  odds: GameView['hand'][number]['odds'];
}

/** Why an intent failed, in words. */
function failure(result: Exclude<IntentResult, { ok: true }>, scenario: Scenario, say: Say): string {
  return 'refusal' in result ? refusalWords(result.refusal, scenario, say) : say(`app.not-sent.${result.notSent}`);
}

export interface TeamTurn {
  element: HTMLElement;
  /** Draws the panel again from the game as it stands (after an undo, say). */
  refresh(): void;
}

type Brief = NonNullable<Scenario['seats'][number]['brief']>;

function briefOf(scenario: Scenario, team: TeamSpec): { brief?: Brief; description: string } {
  const seat = scenario.seats.find((s) => s.id === team.seat);
  const role = seat?.roles.find((r) => r.id === team.role);
  const brief = role?.brief ?? seat?.brief;
  return brief === undefined
    ? { description: seat?.description ?? '' }
    : { brief, description: seat?.description ?? '' };
}

export function teamTurn(options: TeamTurnOptions): TeamTurn {
  const { session, team, say } = options;
  const scenario = session.scenario;
  const k = under(say, 'classroom.turn');
  let chosen: string | undefined;
  const body = h('div', { class: 'team-turn-body' });
  const announce = h('p', { class: 'sr-only', attrs: { role: 'status' } });

  const briefBlock = () => {
    const { brief, description } = briefOf(scenario, team);
    const list = (title: string, items: readonly string[]) =>
      items.length === 0 ? null : h('div', {}, h('h3', {}, title), h('ul', {}, ...items.map((x) => h('li', {}, x))));
    return h(
      'details',
      { class: 'team-brief', attrs: { open: true } },
      h('summary', {}, k('brief')),
      brief === undefined
        ? h('p', {}, description)
        : h(
            'div',
            { class: 'team-brief-body' },
            h('div', {}, h('h3', {}, k('summary')), h('p', {}, brief.summary)),
            list(k('goals'), brief.goals),
            list(k('worries'), brief.worries),
            list(k('red-lines'), brief.redLines),
            h('div', {}, h('h3', {}, k('owns')), h('p', {}, brief.owns)),
          ),
    );
  };

  const cardItem = (status: CardStatus) => {
    const card: Card = status.card;
    const isChosen = chosen === card.id;
    const reason = status.blocker === null ? null : refusalWords(status.blocker, scenario, say);
    const choose = h(
      'button',
      {
        class: 'btn btn-small',
        attrs: {
          type: 'button',
          'aria-pressed': isChosen ? 'true' : 'false',
          'aria-describedby': `card-${card.id}-text`,
        },
      },
      isChosen ? k('chosen', { label: card.label }) : k('choose', { label: card.label }),
    );
    choose.disabled = status.blocker !== null;
    choose.addEventListener('click', () => {
      chosen = card.id;
      render();
      body.querySelector<HTMLTextAreaElement>('#rationale-input')?.focus();
    });
    const item = h(
      'li',
      {
        class: `team-card${status.blocker === null ? '' : ' is-closed'}${isChosen ? ' is-chosen' : ''}`,
        attrs: { 'data-card': card.id },
      },
      h(
        'div',
        { class: 'team-card-head' },
        h('h3', {}, card.label),
        h('span', { class: 'team-card-cost' }, k('cost', { cost: card.cost })),
      ),
      h('p', { id: `card-${card.id}-text` }, card.text, ' ', h('span', { class: 'team-card-explain' }, card.explain)),
      ...status.odds.map((o) =>
        h('p', { class: 'team-card-odds' }, k('odds', { label: o.label, chance: Math.round(o.chance * 100) })),
      ),
      reason === null ? null : h('p', { class: 'team-card-reason' }, k('closed', { reason })),
      choose,
    );
    if (isChosen) {
      const required = session.view().requireRationale;
      const rationale = rationaleInput({ id: 'rationale-input', required, say });
      const playButton = h(
        'button',
        { class: 'btn btn-primary', id: 'play-card', attrs: { type: 'button' } },
        k('play'),
      );
      const cancel = h('button', { class: 'btn btn-small', attrs: { type: 'button' } }, k('cancel'));
      cancel.addEventListener('click', () => {
        chosen = undefined;
        render();
      });
      playButton.addEventListener('click', async () => {
        const text = rationale.value().trim();
        if (required && text === '') {
          rationale.showError(say('classroom.rationale.required'));
          rationale.textarea.focus();
          return;
        }
        const event: CardPlayEvent = { type: 'card.play', seat: card.seat, card: card.id, team: team.id };
        if (text !== '') event.rationale = text;
        const result = await session.send(event);
        if (!result.ok) {
          rationale.showError(k('refused', { reason: failure(result, scenario, say) }));
          return;
        }
        chosen = undefined;
        announce.textContent = `${k('played')}: ${card.label}`;
        render();
        body.querySelector<HTMLElement>('#team-done')?.focus();
      });
      item.append(
        h(
          'div',
          { class: 'team-card-play' },
          rationale.element,
          h('div', { class: 'team-card-actions' }, playButton, cancel),
        ),
      );
    }
    return item;
  };

  const render = () => {
    const ctx = session.view();
    const played = ctx.log.filter((e) => e.kind === 'card' && e.round === ctx.round && e.team === team.id);
    const cards = ctx.hand.flatMap(({ card, blocker, odds }): CardStatus[] => {
      const found = scenario.cards.find((c) => c.id === card);
      return found ? [{ card: found, blocker, odds }] : [];
    });
    // Playable cards first; the closed ones, each with its reason, folded away beneath them.
    const open = cards.filter((c) => c.blocker === null);
    const closed = cards.filter((c) => c.blocker !== null);
    const done = h(
      'button',
      { class: 'btn btn-primary btn-large', id: 'team-done', attrs: { type: 'button' } },
      k(options.last ? 'done-last' : 'done'),
    );
    done.addEventListener('click', () => options.onDone());
    replaceChildren(
      body,
      h(
        'p',
        { class: 'team-turn-meta' },
        say('classroom.pass.round', { round: ctx.round, rounds: ctx.rounds }),
        ' · ',
        k('capital', { label: scenario.capital.label, value: ctx.capital }),
      ),
      briefBlock(),
      h('h2', {}, k('cards')),
      open.length === 0
        ? h('p', {}, k('no-open-cards'))
        : h(
            'ul',
            { class: 'team-cards', attrs: { 'aria-label': k('open-cards', { count: open.length }) } },
            ...open.map(cardItem),
          ),
      closed.length === 0
        ? null
        : h(
            'details',
            { class: 'team-closed' },
            h('summary', {}, k('closed-cards', { count: closed.length })),
            h('ul', { class: 'team-cards' }, ...closed.map(cardItem)),
          ),
      h('h2', {}, k('played')),
      played.length === 0
        ? h('p', {}, k('none-played'))
        : h(
            'ul',
            { class: 'team-played' },
            ...played.map((e) =>
              h(
                'li',
                {},
                e.kind === 'card' ? labelOf(scenario.cards, e.id) : '',
                e.kind === 'card' && e.rationale ? h('span', { class: 'team-played-why' }, ` — ${e.rationale}`) : null,
              ),
            ),
          ),
      h('div', { class: 'screen-actions' }, done),
    );
  };
  render();

  const element = h(
    'section',
    {
      class: 'class-overlay team-turn',
      id: 'team-turn',
      attrs: { 'aria-labelledby': 'team-turn-title' },
    },
    h(
      'div',
      { class: 'sheet team-turn-sheet' },
      h('h1', { id: 'team-turn-title', attrs: { tabindex: -1 } }, k('title', { team: team.name })),
      announce,
      body,
    ),
  );
  return { element, refresh: render };
}
