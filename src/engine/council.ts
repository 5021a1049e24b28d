/**
 * The council decides together. With `rules.council` and a team holding the chair's role, the
 * player seat's teams do not play cards directly: each proposes (at most `proposalsPerTeam` open
 * proposals a round), may withdraw its proposal, and the chair's team decides once a round,
 * adopting at most `cardsPerRound` proposals in its order (each played as the proposer would have
 * played it) and vetoing the rest. No team can fill the council's slots by being first.
 */
import { type Blocker, cardBlocker, playCard, rationaleMissing } from './cards';
import { type Draft, draftOf } from './draft';
import type { GameContext } from './game-context';
import type { DecideEvent, PlayerEvent, ProposeEvent, WithdrawEvent } from './game-events';
import type { ScenarioIndex } from './scenario-index';

/** Why a council event was refused; `code` picks the sentence from the locale file. */
export type CouncilRefusal =
  | Blocker
  | { code: 'council-off' }
  | { code: 'propose-instead' }
  | { code: 'already-proposed'; card: string }
  | { code: 'proposal-limit'; limit: number }
  | { code: 'council-decided' }
  | { code: 'not-proposed'; card: string }
  | { code: 'not-chair'; role: string }
  | { code: 'too-many-adopted'; limit: number }
  | { code: 'council-undecided' };

/** True when the council decides: the rule is on and a team holds the chair's role at the player seat. */
export function councilOn(index: ScenarioIndex, ctx: GameContext): boolean {
  const chair = index.scenario.rules.council?.chair;
  return chair !== undefined && ctx.teams.some((t) => t.seat === index.scenario.player && t.role === chair);
}

/** Null when the council event (or a card play, or the end of the turn) passes the council's checks. */
export function councilRefusal(index: ScenarioIndex, ctx: GameContext, event: PlayerEvent): CouncilRefusal | null {
  const on = councilOn(index, ctx);
  if (event.type === 'card.play')
    return on && event.seat === index.scenario.player ? { code: 'propose-instead' } : null;
  if (event.type === 'turn.end')
    return on && ctx.council && ctx.council.proposals.length > 0 && !ctx.council.decided
      ? { code: 'council-undecided' }
      : null;
  if (!on || !ctx.council) return { code: 'council-off' };
  if (ctx.council.decided) return { code: 'council-decided' };
  if (event.type === 'card.propose') return proposeRefusal(index, ctx, event);
  if (event.type === 'card.withdraw')
    return ctx.council.proposals.some((p) => p.team === event.team && p.card === event.card)
      ? null
      : { code: 'not-proposed', card: event.card };
  if (event.type === 'council.decide') return decideRefusal(index, ctx, event);
  return null;
}

/**
 * Why a team at the council may not propose a card now, its rationale aside (a hand shows the card
 * closed with this reason): the chair has decided, the card is proposed already, the team holds all
 * the proposals it may, or the card itself is closed. Null when it may.
 */
export function proposalBlocker(index: ScenarioIndex, ctx: GameContext, event: ProposeEvent): CouncilRefusal | null {
  if (ctx.council?.decided) return { code: 'council-decided' };
  const proposals = ctx.council?.proposals ?? [];
  if (proposals.some((p) => p.card === event.card)) return { code: 'already-proposed', card: event.card };
  const limit = index.scenario.rules.council?.proposalsPerTeam ?? 1;
  if (proposals.filter((p) => p.team === event.team).length >= limit) return { code: 'proposal-limit', limit };
  return cardBlocker(index, ctx, event);
}

function proposeRefusal(index: ScenarioIndex, ctx: GameContext, event: ProposeEvent): CouncilRefusal | null {
  return proposalBlocker(index, ctx, event) ?? (rationaleMissing(ctx, event) ? { code: 'rationale-required' } : null);
}

/** The chair's decision must name open proposals, once each, no more than the round allows, each playable in turn. */
function decideRefusal(index: ScenarioIndex, ctx: GameContext, event: DecideEvent): CouncilRefusal | null {
  const chair = index.scenario.rules.council?.chair ?? '';
  const team = ctx.teams.find((t) => t.id === event.team);
  if (!team || team.seat !== index.scenario.player || team.role !== chair) return { code: 'not-chair', role: chair };
  const limit = index.scenario.rules.cardsPerRound;
  if (event.adopt.length > limit) return { code: 'too-many-adopted', limit };
  let now = ctx;
  for (const [i, card] of event.adopt.entries()) {
    const proposal = ctx.council?.proposals.find((p) => p.card === card);
    if (!proposal || event.adopt.indexOf(card) !== i) return { code: 'not-proposed', card };
    const play = { seat: index.scenario.player, card, team: proposal.team };
    const blocker = cardBlocker(index, now, play);
    if (blocker) return blocker;
    now = playCard(index, now, play);
  }
  return null;
}

/** Records a proposal (checked with `councilRefusal`). */
export function propose(ctx: GameContext, event: ProposeEvent): Draft {
  const d = draftOf(ctx);
  const proposal = {
    team: event.team,
    card: event.card,
    ...(event.rationale ? { rationale: event.rationale.trim() } : {}),
  };
  d.council = { proposals: [...(ctx.council?.proposals ?? []), proposal], decided: false };
  d.log.push({ kind: 'proposal', round: d.round, ...proposal });
  return d;
}

/** Takes a proposal back (checked with `councilRefusal`). */
export function withdraw(ctx: GameContext, event: WithdrawEvent): Draft {
  const d = draftOf(ctx);
  const proposals = (ctx.council?.proposals ?? []).filter((p) => !(p.team === event.team && p.card === event.card));
  d.council = { proposals, decided: false };
  d.log.push({ kind: 'withdrawn', round: d.round, team: event.team, card: event.card });
  return d;
}

/** The chair's decision (checked with `councilRefusal`): the adopted proposals are played in order, the others vetoed. */
export function decide(index: ScenarioIndex, ctx: GameContext, event: DecideEvent): GameContext {
  const d = draftOf(ctx);
  const proposals = ctx.council?.proposals ?? [];
  const rationale = event.rationale?.trim();
  d.log.push({
    kind: 'council',
    round: d.round,
    team: event.team,
    adopted: event.adopt,
    ...(rationale ? { rationale } : {}),
  });
  for (const p of proposals)
    if (!event.adopt.includes(p.card)) d.log.push({ kind: 'veto', round: d.round, team: p.team, card: p.card });
  d.council = { proposals: [], decided: true };
  let now: GameContext = d;
  for (const card of event.adopt) {
    const p = proposals.find((x) => x.card === card);
    if (!p) continue;
    now = playCard(index, now, {
      seat: index.scenario.player,
      card,
      team: p.team,
      ...(p.rationale ? { rationale: p.rationale } : {}),
    });
  }
  return now;
}
