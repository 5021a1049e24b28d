/**
 * A team's turn at the shared screen, after the device was passed to it: its private brief,
 * its cards (each closed one with the reason), the rationale box, what it played this round,
 * and "we are done". Every card played goes to the game as an event carrying the team and
 * its rationale; a refusal is shown on the spot and changes nothing.
 */

import type { CardPlayEvent, ProposeEvent, TeamSpec } from '../../engine/game-events';
import type { Card, Scenario } from '../../engine/scenario-schema';
import type { GameView, IntentResult, Session } from '../../session/session';
import { linesModel } from '../../view/lines-model';
import { under } from '../../view/locale';
import { RATIONALE_WORDS, rationaleProblem } from '../../view/rationale';
import { labelOf, refusalWords } from '../../view/refusal-words';
import { h, replaceChildren } from '../dom';
import { linesPanel } from '../lines-panel';
import {
  atCouncil,
  type ChairPicks,
  type CouncilParts,
  decisionBlock,
  factsBlock,
  isChair,
  proposalsBlock,
  voteBlock,
} from './council-blocks';
import { rationaleInput } from './rationale-input';
import type { Say } from './say';

export interface TeamTurnOptions {
  /** The game as this team sees it: its own hand, each closed card with its reason. */
  session: Session;
  team: TeamSpec;
  last: boolean;
  say: Say;
  onDone(): void;
  /** Whether "we are done" is offered now (always, unless told); a team's own device offers it only in the decision. */
  canFinish?(): boolean;
  /** The words of "we are done", when not the hot seat's (which speak of passing the device). */
  doneLabel?: string;
  /**
   * For the chair's team under a council: whether its decision over the open proposals is shown
   * now (default true; the hot seat shows it once every team has proposed).
   */
  decides?: boolean;
}

/** A card of the team's hand with why it is closed (null when it can be played or proposed) and its odds now. */
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

type K = ReturnType<typeof under<'classroom.turn'>>;

export function teamTurn(options: TeamTurnOptions): TeamTurn {
  const panel = new TeamPanel(options);
  panel.render();
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
      h('h1', { id: 'team-turn-title', attrs: { tabindex: -1 } }, panel.k('title', { team: options.team.name })),
      panel.announce,
      panel.body,
    ),
  );
  return { element, refresh: () => panel.render() };
}

/** The team's private brief, open at first. */
function briefBlock(scenario: Scenario, team: TeamSpec, k: K, facts: HTMLElement | null): HTMLElement {
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
    facts,
  );
}

/** What the team played this round, each with its rationale. */
function playedList(scenario: Scenario, view: GameView, team: TeamSpec, k: K): HTMLElement {
  const played = view.log.filter((e) => e.kind === 'card' && e.round === view.round && e.team === team.id);
  if (played.length === 0) return h('p', {}, k('none-played'));
  return h(
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
  );
}

/** The panel's state (the card chosen) and its parts, drawn again from the team's view on each change. */
class TeamPanel {
  readonly k: K;
  readonly body = h('div', { class: 'team-turn-body' });
  readonly announce = h('p', { class: 'sr-only', attrs: { role: 'status' } });
  private chosen: string | undefined;
  private readonly scenario: Scenario;
  private readonly picks: ChairPicks = { adopt: [] };
  private readonly parts: CouncilParts;

  constructor(private readonly options: TeamTurnOptions) {
    this.k = under(options.say, 'classroom.turn');
    this.scenario = options.session.scenario;
    this.parts = { session: options.session, team: options.team, say: options.say, redraw: () => this.render() };
  }

  /** The council's parts of the panel: the chair's decision first, when it is due, then the team's votes. */
  private councilTop(ctx: GameView): (HTMLElement | null)[] {
    const { options, scenario } = this;
    const chairDecides = isChair(scenario, options.team) && options.decides !== false && !ctx.council?.decided;
    return [
      voteBlock(this.parts, ctx),
      atCouncil(scenario, ctx, options.team) && chairDecides ? decisionBlock(this.parts, ctx, this.picks) : null,
    ];
  }

  render(): void {
    const { k, scenario, options } = this;
    const ctx = options.session.view();
    const cards = ctx.hand.flatMap(({ card, blocker, odds }): CardStatus[] => {
      const found = scenario.cards.find((c) => c.id === card);
      return found ? [{ card: found, blocker, odds }] : [];
    });
    // Playable cards first; the closed ones, each with its reason, folded away beneath them.
    const open = cards.filter((c) => c.blocker === null);
    const closed = cards.filter((c) => c.blocker !== null);
    // A card chosen that has closed meanwhile (another team played first) is chosen no longer.
    if (!open.some((c) => c.card.id === this.chosen)) this.chosen = undefined;
    const done = h(
      'button',
      { class: 'btn btn-primary btn-large', id: 'team-done', attrs: { type: 'button' } },
      options.doneLabel ?? k(options.last ? 'done-last' : 'done'),
    );
    done.addEventListener('click', () => options.onDone());
    done.hidden = options.canFinish ? !options.canFinish() : false;
    // At the council the team proposes its cards: the lists say so.
    const proposing = atCouncil(scenario, ctx, options.team);
    const listWords = (key: 'open-cards' | 'closed-cards' | 'no-open-cards', count = 0) =>
      proposing ? options.say(`council.propose.${key}`, { count }) : k(key, { count });
    replaceChildren(
      this.body,
      h(
        'p',
        { class: 'team-turn-meta' },
        options.say('classroom.pass.round', { round: ctx.round, rounds: ctx.rounds }),
        ' · ',
        k('capital', { label: scenario.capital.label, value: ctx.capital }),
      ),
      ...this.councilTop(ctx),
      briefBlock(scenario, options.team, k, factsBlock(ctx, options.say)),
      h('h2', {}, k('cards')),
      open.length === 0
        ? h('p', {}, listWords('no-open-cards'))
        : h(
            'ul',
            { class: 'team-cards', attrs: { 'aria-label': listWords('open-cards', open.length) } },
            ...open.map((c) => this.cardItem(c)),
          ),
      closed.length === 0
        ? null
        : h(
            'details',
            { class: 'team-closed' },
            h('summary', {}, listWords('closed-cards', closed.length)),
            h('ul', { class: 'team-cards' }, ...closed.map((c) => this.cardItem(c))),
          ),
      options.team.seat === scenario.player ? linesPanel(options.say, linesModel(scenario, ctx)) : null,
      proposing ? proposalsBlock(this.parts, ctx, isChair(scenario, options.team) && options.decides === false) : null,
      h('h2', {}, k('played')),
      playedList(scenario, ctx, options.team, k),
      h('div', { class: 'screen-actions' }, done),
    );
  }

  private cardItem(status: CardStatus): HTMLElement {
    const { k } = this;
    const card: Card = status.card;
    const isChosen = this.chosen === card.id;
    const reason = status.blocker === null ? null : refusalWords(status.blocker, this.scenario, this.options.say);
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
      this.chosen = card.id;
      this.render();
      this.body.querySelector<HTMLTextAreaElement>('#rationale-input')?.focus();
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
    if (isChosen) item.append(this.playBox(card));
    return item;
  }

  /** The chosen card's rationale box, and the buttons to play it or choose another. */
  private playBox(card: Card): HTMLElement {
    const { k, options } = this;
    const { say, session, team } = options;
    const required = session.view().requireRationale;
    const rationale = rationaleInput({ id: 'rationale-input', required, say });
    const proposing = atCouncil(this.scenario, session.view(), team);
    const playButton = h(
      'button',
      { class: 'btn btn-primary', id: 'play-card', attrs: { type: 'button' } },
      proposing ? say('council.propose.button') : k('play'),
    );
    const cancel = h('button', { class: 'btn btn-small', attrs: { type: 'button' } }, k('cancel'));
    cancel.addEventListener('click', () => {
      this.chosen = undefined;
      this.render();
    });
    playButton.addEventListener('click', async () => {
      const text = rationale.value().trim();
      const problem = rationaleProblem(text, required);
      if (problem) {
        rationale.showError(
          problem === 'missing'
            ? say('classroom.rationale.required')
            : say('rationale.too-short', { words: RATIONALE_WORDS }),
        );
        rationale.textarea.focus();
        return;
      }
      const event: CardPlayEvent | ProposeEvent = {
        type: proposing ? 'card.propose' : 'card.play',
        seat: card.seat,
        card: card.id,
        team: team.id,
      };
      if (text !== '') event.rationale = text;
      const result = await session.send(event);
      if (!result.ok) {
        const reason = failure(result, this.scenario, say);
        rationale.showError(proposing ? say('council.propose.refused', { reason }) : k('refused', { reason }));
        return;
      }
      this.chosen = undefined;
      this.announce.textContent = proposing
        ? say('council.propose.proposed', { label: card.label })
        : `${k('played')}: ${card.label}`;
      this.render();
      this.body.querySelector<HTMLElement>('#team-done')?.focus();
    });
    return h(
      'div',
      { class: 'team-card-play' },
      rationale.element,
      h('div', { class: 'team-card-actions' }, playButton, cancel),
    );
  }
}
