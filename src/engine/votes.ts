/**
 * Votes: a decision on a card that belongs to another seat or role, such as the opposition's
 * vote in the Assembly. Called by a card while a team holds the voter, the vote waits for that
 * team (`vote.cast`), and the turn cannot end before it comes; called by anything else (news, a
 * reaction, a delayed effect), or with no team holding the voter, the voter's bot votes yes with
 * the odds the scenario gives it, rolled on the game's seeded dice.
 */
import { type Draft, draftOf } from './draft';
import type { Effect, VoteEffect } from './effect-schema';
import type { Cause, GameContext } from './game-context';
import type { PlayerEvent } from './game-events';
import { watchLines } from './red-lines';
import type { ScenarioIndex } from './scenario-index';

type ApplyEffects = (index: ScenarioIndex, d: Draft, effects: readonly Effect[], cause: Cause) => void;
type Roll = (d: Draft) => number;
type OddsNow = (index: ScenarioIndex, ctx: GameContext, odds: VoteEffect['bot']) => number;

/** True when a card of the scenario can call a vote (in its effects, a chance's or a delay's): only then does the decide phase take `vote.cast`. */
export function cardsCallVotes(cards: readonly { effects: readonly Effect[] }[]): boolean {
  const calls = (effects: readonly Effect[]): boolean =>
    effects.some(
      (e) =>
        'vote' in e ||
        ('chance' in e && (calls(e.success) || calls(e.failure ?? []))) ||
        ('after' in e && calls(e.effects)),
    );
  return cards.some((c) => calls(c.effects));
}

/** Why a vote was refused, or the turn cannot end; `code` picks the sentence from the locale file. */
export type VoteRefusal =
  | { code: 'no-vote'; vote: string }
  | { code: 'not-voter'; vote: string; team: string }
  | { code: 'vote-waiting'; vote: string; team: string };

/**
 * The team that holds a voter: the team with its role at its seat, else a team holding the whole
 * seat (no role); a voter named by its seat alone is held by the seat's first team.
 */
export function voterTeam(ctx: GameContext, voter: VoteEffect['voter']): string | undefined {
  const atSeat = ctx.teams.filter((t) => t.seat === voter.seat);
  if (voter.role === undefined) return atSeat[0]?.id;
  return (atSeat.find((t) => t.role === voter.role) ?? atSeat.find((t) => t.role === undefined))?.id;
}

/** A vote effect applied: it waits for the voter's team (a card's own vote), or the bot votes now. */
export function callVote(
  index: ScenarioIndex,
  d: Draft,
  e: VoteEffect,
  cause: Cause,
  tools: { apply: ApplyEffects; roll: Roll; oddsNow: OddsNow },
): void {
  const team = cause.kind === 'card' ? voterTeam(d, e.voter) : undefined;
  if (team !== undefined) {
    d.votes = [...(d.votes ?? []), { vote: e.vote, label: e.label, team, yes: e.yes, no: e.no ?? [], cause }];
    d.log.push({ kind: 'vote-called', round: d.round, vote: e.vote, label: e.label, team, cause });
    return;
  }
  const chance = tools.oddsNow(index, d, e.bot);
  const yes = tools.roll(d) < chance;
  d.log.push({ kind: 'vote', round: d.round, vote: e.vote, label: e.label, yes, chance, cause });
  tools.apply(index, d, yes ? e.yes : (e.no ?? []), cause);
}

/** Null when the event passes the votes' checks: a vote must be waiting for the team that casts it, and the turn ends only once none waits. */
export function voteRefusal(ctx: GameContext, event: PlayerEvent): VoteRefusal | null {
  const waiting = ctx.votes ?? [];
  if (event.type === 'turn.end') {
    const first = waiting[0];
    return first ? { code: 'vote-waiting', vote: first.vote, team: first.team } : null;
  }
  if (event.type !== 'vote.cast') return null;
  const vote = waiting.find((v) => v.vote === event.vote);
  if (!vote) return { code: 'no-vote', vote: event.vote };
  return vote.team === event.team ? null : { code: 'not-voter', vote: event.vote, team: vote.team };
}

/** The voter's team votes (checked with `voteRefusal`): its choice is logged and its consequences follow. */
export function castVote(
  index: ScenarioIndex,
  ctx: GameContext,
  event: Extract<PlayerEvent, { type: 'vote.cast' }>,
  apply: ApplyEffects,
): Draft {
  const d = draftOf(ctx);
  const waiting = ctx.votes ?? [];
  const at = waiting.findIndex((v) => v.vote === event.vote);
  const vote = waiting[at];
  if (!vote) return d;
  d.votes = waiting.filter((_, i) => i !== at);
  const { label, team, cause } = vote;
  d.log.push({ kind: 'vote', round: d.round, vote: event.vote, label, yes: event.yes, team, cause });
  apply(index, d, event.yes ? vote.yes : vote.no, cause);
  watchLines(index, d, d.round, apply);
  return d;
}
