/**
 * The council's parts of a team's panel, shared by the hot seat and a team's own device: the
 * team's private facts, its proposals (with withdraw), the chair's decision over every open
 * proposal (adopt in order, veto the rest), and a vote that waits for the team, with what
 * follows either way. Every action is an intent to the team's session; a refusal is shown on
 * the spot and changes nothing.
 */
import type { TeamSpec } from '../../engine/game-events';
import type { Scenario } from '../../engine/scenario-schema';
import type { GameView, Intent, IntentResult, Session } from '../../session/session';
import { effectWords } from '../../view/effect-words';
import { under } from '../../view/locale';
import { labelOf, refusalWords } from '../../view/refusal-words';
import { h } from '../dom';
import { rationaleInput } from './rationale-input';
import './council.css';
import type { Say } from './say';

export interface CouncilParts {
  session: Session;
  team: TeamSpec;
  say: Say;
  /** Draws the panel again (after an action, or a change of the choice). */
  redraw(): void;
}

/** The chair's ticks, in the order they were ticked: kept across redraws of the panel. */
export interface ChairPicks {
  adopt: string[];
}

const teamName = (view: GameView, id: string) => view.teams.find((t) => t.id === id)?.name ?? id;

/** The chair's role label, or '' when the scenario has no council. */
export function chairLabel(scenario: Scenario): string {
  const chair = scenario.rules.council?.chair;
  const roles = scenario.seats.find((s) => s.id === scenario.player)?.roles ?? [];
  return chair === undefined ? '' : labelOf(roles, chair);
}

/** True when this class's council decides (a team holds the chair) and this team sits at the council. */
export function atCouncil(scenario: Scenario, view: GameView, team: TeamSpec): boolean {
  const chair = scenario.rules.council?.chair;
  return (
    chair !== undefined &&
    team.seat === scenario.player &&
    view.teams.some((t) => t.seat === scenario.player && t.role === chair)
  );
}

/** True when the team speaks for the chair's role. */
export function isChair(scenario: Scenario, team: TeamSpec): boolean {
  return team.seat === scenario.player && team.role === scenario.rules.council?.chair;
}

async function act(parts: CouncilParts, intent: Intent, out: HTMLElement, key: string): Promise<boolean> {
  const result: IntentResult = await parts.session.send(intent);
  if (result.ok) return true;
  const reason =
    'refusal' in result
      ? refusalWords(result.refusal, parts.session.scenario, parts.say)
      : parts.say(`app.not-sent.${result.notSent}`);
  out.textContent = parts.say(key as never, { reason });
  return false;
}

/** The team's private facts, or nothing when it has none. */
export function factsBlock(view: GameView, say: Say): HTMLElement | null {
  const facts = view.privateFacts ?? [];
  if (facts.length === 0) return null;
  const k = under(say, 'council.facts');
  return h(
    'section',
    { class: 'team-facts', attrs: { 'aria-labelledby': 'team-facts-title' } },
    h('h3', { id: 'team-facts-title' }, k('heading')),
    h('p', { class: 'team-facts-hint' }, k('hint')),
    h('ul', {}, ...facts.map((f) => h('li', {}, f.text))),
  );
}

/** The team's own proposals this round, each with withdraw, and where the council stands. */
export function proposalsBlock(parts: CouncilParts, view: GameView, chairLater: boolean): HTMLElement {
  const { session, team, say } = parts;
  const scenario = session.scenario;
  const k = under(say, 'council.propose');
  const chair = chairLabel(scenario);
  const status = h('p', { class: 'council-status', attrs: { role: 'status' } });
  const mine = (view.council?.proposals ?? []).filter((p) => p.team === team.id);
  const decided = view.council?.decided === true;
  return h(
    'section',
    { class: 'council-proposals', attrs: { 'aria-labelledby': 'council-proposals-title' } },
    h('h2', { id: 'council-proposals-title' }, k('heading')),
    h('p', {}, k('how', { chair, limit: scenario.rules.cardsPerRound })),
    mine.length === 0
      ? decided
        ? null
        : h('p', {}, k('none'))
      : h(
          'ul',
          { class: 'council-list' },
          ...mine.map((p) => {
            const label = labelOf(scenario.cards, p.card);
            const withdraw = h(
              'button',
              { class: 'btn btn-small', attrs: { type: 'button' } },
              k('withdraw', { label }),
            );
            withdraw.addEventListener('click', async () => {
              if (
                await act(
                  parts,
                  { type: 'card.withdraw', team: team.id, card: p.card },
                  status,
                  'council.propose.refused',
                )
              )
                parts.redraw();
            });
            return h(
              'li',
              { attrs: { 'data-proposal': p.card } },
              h('span', {}, k('proposed', { label })),
              ' ',
              withdraw,
            );
          }),
        ),
    h('p', {}, decided ? k('decided', { chair }) : chairLater ? k('chair-later') : k('waiting-chair', { chair })),
    status,
  );
}

/** The chair's decision: every open proposal with its proposer and rationale, ticked in order, then decided. */
export function decisionBlock(parts: CouncilParts, view: GameView, picks: ChairPicks): HTMLElement {
  const { session, team, say } = parts;
  const scenario = session.scenario;
  const k = under(say, 'council.decide');
  const limit = scenario.rules.cardsPerRound;
  const proposals = view.council?.proposals ?? [];
  picks.adopt = picks.adopt.filter((c) => proposals.some((p) => p.card === c));
  const status = h('p', { class: 'council-status', attrs: { role: 'status' } });
  const rows = proposals.map((p) => {
    const label = labelOf(scenario.cards, p.card);
    const at = picks.adopt.indexOf(p.card);
    const box = h('input', { id: `adopt-${p.card}`, attrs: { type: 'checkbox', 'data-adopt': p.card } });
    box.checked = at >= 0;
    box.disabled = at < 0 && picks.adopt.length >= limit;
    box.addEventListener('change', () => {
      picks.adopt = box.checked ? [...picks.adopt, p.card] : picks.adopt.filter((c) => c !== p.card);
      parts.redraw();
    });
    return h(
      'li',
      { class: 'council-proposal', attrs: { 'data-proposal': p.card } },
      h(
        'div',
        { class: 'council-adopt' },
        box,
        h('label', { attrs: { for: `adopt-${p.card}` } }, k('adopt', { label })),
      ),
      at >= 0 ? h('p', { class: 'council-order' }, k('order', { n: at + 1 })) : null,
      h('p', {}, k('by', { team: teamName(view, p.team) })),
      h('p', { class: 'council-why' }, p.rationale ? k('why', { text: p.rationale }) : k('no-why')),
    );
  });
  const rationale = rationaleInput({ id: 'council-rationale', required: false, say });
  const vetoed = proposals.length - picks.adopt.length;
  const decide = h(
    'button',
    { class: 'btn btn-primary', id: 'council-decide', attrs: { type: 'button' } },
    k('button', { count: picks.adopt.length, vetoed }),
  );
  decide.addEventListener('click', async () => {
    const text = rationale.value().trim();
    const intent: Intent = {
      type: 'council.decide',
      team: team.id,
      adopt: [...picks.adopt],
      ...(text ? { rationale: text } : {}),
    };
    if (await act(parts, intent, status, 'council.decide.refused')) {
      status.textContent = k('decided', { count: picks.adopt.length, vetoed });
      picks.adopt = [];
      parts.redraw();
    }
  });
  return h(
    'section',
    { class: 'council-decision', attrs: { 'aria-labelledby': 'council-decision-title' } },
    h('h2', { id: 'council-decision-title' }, k('heading')),
    h('p', {}, k('how', { limit })),
    proposals.length === 0 ? h('p', {}, k('none')) : h('ul', { class: 'council-list' }, ...rows),
    proposals.length === 0 ? null : rationale.element,
    proposals.length === 0 ? null : h('div', { class: 'screen-actions' }, decide),
    status,
  );
}

/** The votes waiting for this team, each with what follows a yes and a no; others' waiting votes named. */
export function voteBlock(parts: CouncilParts, view: GameView): HTMLElement | null {
  const { session, team, say } = parts;
  const scenario = session.scenario;
  const waiting = view.votes ?? [];
  if (waiting.length === 0) return null;
  const k = under(say, 'council.vote');
  const status = h('p', { class: 'council-status', attrs: { role: 'status' } });
  const consequences = (title: string, effects: Parameters<typeof effectWords>[0]) => {
    const words = effectWords(effects, scenario, say);
    return h(
      'div',
      {},
      h('h4', {}, title),
      h('ul', {}, ...(words.length ? words : [k('nothing')]).map((w) => h('li', {}, w))),
    );
  };
  return h(
    'div',
    { class: 'council-votes' },
    ...waiting.map((v) => {
      if (v.team !== team.id) return h('p', {}, k('waiting', { team: teamName(view, v.team), label: v.label }));
      const cast = (yes: boolean) => {
        const b = h(
          'button',
          { class: 'btn btn-primary', attrs: { type: 'button', 'data-vote': yes ? 'yes' : 'no' } },
          k(yes ? 'yes-button' : 'no-button'),
        );
        b.addEventListener('click', async () => {
          if (await act(parts, { type: 'vote.cast', team: team.id, vote: v.vote, yes }, status, 'council.vote.refused'))
            parts.redraw();
        });
        return b;
      };
      return h(
        'section',
        { class: 'council-vote', attrs: { 'aria-labelledby': `vote-${v.vote}-title`, 'data-vote-id': v.vote } },
        h('h2', { id: `vote-${v.vote}-title` }, k('heading', { label: v.label })),
        h('p', {}, k('how')),
        h('div', { class: 'council-vote-sides' }, consequences(k('yes'), v.yes), consequences(k('no'), v.no)),
        h('div', { class: 'screen-actions' }, cast(true), cast(false)),
        status,
      );
    }),
  );
}
