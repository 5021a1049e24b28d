/**
 * What the table shows, read from one viewer's view of a game: the ladders with the steps open
 * now and the locked ones with their reasons, the meters with their last change and its cause,
 * the round's news, the hand with costs, tiers, odds and blockers. Pure and plain data, so
 * the Phaser table and the DOM words draw the same thing and neither holds game logic.
 */

import type { Effect } from '../engine/effect-schema';
import type { LogEntry } from '../engine/game-context';
import { moveTarget, type ScenarioIndex } from '../engine/scenario-index';
import type { Card, Ladder, Scenario } from '../engine/scenario-schema';
import { shownInRound } from '../engine/visibility';
import type { GameView, Phase } from '../session/session';
import { type EndingLine, endingLines, linesOf, type Near, nearEndings } from './ending-lines';
import { lineMeaning, nearText } from './ending-words';
import { readableDate } from './language';
import { type LinesModel, linesModel } from './lines-model';
import type { Locale } from './locale';
import { labelOf, refusalWords } from './refusal-words';
import { causeText } from './words';

export type RungState = 'current' | 'open' | 'locked' | 'other';

export interface RungModel {
  id: string;
  label: string;
  description: string;
  tier: string;
  tierLabel: string;
  /** Position of the rung's tier in the ladder, lowest 0: the table draws each tier its own pattern. */
  tierIndex: number;
  state: RungState;
  /** Why a locked step is closed: the scenario's words, or a general sentence. */
  lockText?: string;
  visited: boolean;
}

export interface LadderModel {
  id: string;
  label: string;
  ownerLabel: string;
  /** Lowest rung first. */
  rungs: RungModel[];
  tiers: { id: string; label: string; first: number; last: number }[];
  current: string;
  isPlayer: boolean;
}

export interface MeterChange {
  from: number;
  to: number;
  cause: string;
}

export interface MeterModel {
  id: string;
  label: string;
  description: string;
  value: number;
  min: number;
  max: number;
  start: number;
  better: 'higher' | 'lower';
  last?: MeterChange;
  /** The endings' lines on this meter: where each is, whether it ends the game at once, in words. */
  lines: MeterLineModel[];
  /** The warning when an early ending on this meter is within a round's reach. */
  warning?: string;
}

export interface MeterLineModel {
  value: number;
  /** Crossing it ends the game at once (checked after every round); false: judged at the end. */
  early: boolean;
  /** It ends the game only together with something else. */
  conditional: boolean;
  text: string;
}

export type CardStatus = 'playable' | 'locked' | 'played' | 'idle';

export interface CardModel {
  id: string;
  /** 1-based position in the hand: the key that selects it. */
  n: number;
  label: string;
  text: string;
  explain: string;
  tierLabel?: string;
  /** Position of the card's tier on the player's ladder (-1 when it has none). */
  tierIndex: number;
  cost: number;
  moveText?: string;
  odds: { label: string; percent: number }[];
  later: { label: string; rounds: number }[];
  touches: string[];
  once: boolean;
  status: CardStatus;
  /** Why it cannot be played now (locked cards only). */
  reason?: string;
  /** On the council's table (see `TableModel.handOwner`): which team proposed it, in words. */
  proposal?: string;
}

export interface NewsModel {
  /** Stable across snapshots: the log position it came from. */
  key: string;
  kind: 'event' | 'inject' | 'reaction';
  title: string;
  /** Historical / Reported / Hypothetical, or the reacting seat. */
  badge: string;
  text: string;
  /** When it happened, as a reader writes it (`23 October 2024`). */
  date?: string;
  quote?: string;
  sources: string[];
}

export interface TableModel {
  scenarioTitle: string;
  round: number;
  rounds: number;
  roundLabel: string;
  phase: Phase;
  paused: boolean;
  capital: { label: string; description: string; value: number; max: number; perRound: number };
  cardsPerRound: number;
  playedThisRound: number;
  ladders: LadderModel[];
  meters: MeterModel[];
  news: NewsModel[];
  hand: CardModel[];
  /**
   * Whose cards the hand's place shows: the viewer's own, or, on a screen with no hand of its own
   * (the projector, the teacher's console), the council's table this round: the cards played and
   * the proposals still open, only to be read.
   */
  handOwner: 'viewer' | 'council';
  /** Early endings the next round could bring, each as a warning sentence. */
  warnings: string[];
  /** How long the log is: a view compares it with the last one it drew to find what is new. */
  logLength: number;
  /** The declared red lines and the credibility meter, for the panel beside the table (null: the scenario has none). */
  redLines: LinesModel | null;
}

/** The seat the class plays: the scenario's player seat if a team holds it, else the first human seat. */
export function playerSeat(scenario: Scenario, ctx: Pick<GameView, 'humans'>): string {
  return ctx.humans.includes(scenario.player) ? scenario.player : (ctx.humans[0] ?? scenario.player);
}

/** The label of the round being played, from the chosen length's periods. */
export function roundLabel(scenario: Scenario, ctx: Pick<GameView, 'length' | 'round'>): string {
  const length = scenario.lengths.find((l) => l.id === ctx.length) ?? scenario.lengths[0];
  return length?.rounds[ctx.round - 1]?.label ?? '';
}

/** The table for the viewer of `view`: its hand is the view's, its ladder the one its seat climbs. */
export function tableModel(index: ScenarioIndex, view: GameView, locale: Locale): TableModel {
  const scenario = index.scenario;
  const ctx = view;
  const phase = view.phase;
  const seat = view.handSeat || playerSeat(scenario, ctx);
  const playerLadder = index.ladderOf[seat] ?? scenario.ladders[0]?.id ?? '';
  const lines = linesOfScenario(scenario);
  const watch = { lines, near: phase === 'ended' ? [] : nearEndings(index, view, lines) };
  return {
    scenarioTitle: scenario.title,
    round: ctx.round,
    rounds: ctx.rounds,
    roundLabel: roundLabel(scenario, ctx),
    phase,
    paused: ctx.paused,
    capital: {
      label: scenario.capital.label,
      description: scenario.capital.description,
      value: ctx.capital,
      max: scenario.capital.max,
      perRound: scenario.capital.perRound,
    },
    cardsPerRound: scenario.rules.cardsPerRound,
    playedThisRound: ctx.playedThisRound.filter((id) => index.cards[id]?.seat === seat).length,
    ladders: orderedLadders(scenario, playerLadder).map((l) =>
      ladderModel(index, view, l, l.id === playerLadder, locale),
    ),
    meters: meterModels(scenario, ctx, locale, watch),
    news: newsModels(scenario, ctx, locale),
    ...handOf(index, view, playerLadder, locale),
    warnings: watch.near.map((n) => nearText(n, scenario, locale.t)),
    logLength: ctx.log.length,
    redLines: linesModel(scenario, view),
  };
}

function orderedLadders(scenario: Scenario, first: string): Ladder[] {
  return [...scenario.ladders].sort((a, b) => Number(b.id === first) - Number(a.id === first));
}

function ladderModel(
  index: ScenarioIndex,
  ctx: GameView,
  ladder: Ladder,
  isPlayer: boolean,
  locale: Locale,
): LadderModel {
  const scenario = index.scenario;
  const open = new Set(ctx.openSteps[ladder.id] ?? []);
  const current = ctx.rungs[ladder.id] ?? ladder.start;
  const visited = new Set([ladder.start]);
  for (const e of ctx.log) if (e.kind === 'rung' && e.ladder === ladder.id) visited.add(e.to);
  const tierIndex = new Map(ladder.tiers.map((t, i) => [t.id, i]));
  // A step dated later than the round being played is not shown yet, nor its words.
  const exits = new Map(
    (index.steps[ladder.id]?.[current] ?? [])
      .filter((s) => shownInRound(scenario, ctx, s.visibleFrom))
      .map((s) => [s.to, s]),
  );
  const rungs = ladder.rungs.map((r): RungModel => {
    const step = exits.get(r.id);
    let state: RungState = 'other';
    let lockText: string | undefined;
    if (r.id === current) state = 'current';
    else if (step && isPlayer) {
      // The player's steps are open or locked as the rules stand now; a counter-ladder moves by reactions.
      state = open.has(r.id) ? 'open' : 'locked';
      if (state === 'locked') lockText = step.locked ?? locale.t('table.rung-locked-plain');
    }
    return {
      id: r.id,
      label: r.label,
      description: r.description,
      tier: r.tier,
      tierLabel: labelOf(ladder.tiers, r.tier),
      tierIndex: tierIndex.get(r.tier) ?? 0,
      state,
      ...(lockText === undefined ? {} : { lockText }),
      visited: visited.has(r.id),
    };
  });
  const tiers = ladder.tiers
    .map((t) => {
      const at = ladder.rungs.flatMap((r, i) => (r.tier === t.id ? [i] : []));
      return { id: t.id, label: t.label, first: at[0] ?? -1, last: at.at(-1) ?? -1 };
    })
    .filter((t) => t.first >= 0);
  return {
    id: ladder.id,
    label: ladder.label,
    ownerLabel: labelOf(scenario.seats, ladder.owner),
    rungs,
    tiers,
    current,
    isPlayer,
  };
}

/** The endings' lines of a scenario, read once. */
const scenarioLines = new WeakMap<Scenario, EndingLine[]>();
function linesOfScenario(scenario: Scenario): EndingLine[] {
  let lines = scenarioLines.get(scenario);
  if (!lines) {
    lines = endingLines(scenario);
    scenarioLines.set(scenario, lines);
  }
  return lines;
}

function meterModels(
  scenario: Scenario,
  ctx: GameView,
  locale: Locale,
  watch: { lines: EndingLine[]; near: Near[] },
): MeterModel[] {
  const last = new Map<string, Extract<LogEntry, { kind: 'meter' }>>();
  for (const e of ctx.log) if (e.kind === 'meter') last.set(e.id, e);
  return scenario.meters.map((m) => {
    const change = last.get(m.id);
    const near = watch.near.find((n) => n.kind === 'meter' && n.meter === m.id);
    return {
      lines: linesOf(watch.lines, m.id).map((l) => ({
        value: l.value,
        early: l.early,
        conditional: l.also.length > 0,
        text: lineMeaning(l, scenario, locale.t),
      })),
      ...(near ? { warning: nearText(near, scenario, locale.t) } : {}),
      id: m.id,
      label: m.label,
      description: m.description,
      value: ctx.meters[m.id] ?? m.start,
      min: m.min,
      max: m.max,
      start: m.start,
      better: m.better,
      ...(change
        ? { last: { from: change.from, to: change.to, cause: causeText(change.cause, scenario, ctx.log, locale) } }
        : {}),
    };
  });
}

function newsModels(scenario: Scenario, ctx: GameView, locale: Locale): NewsModel[] {
  const out: NewsModel[] = [];
  const sourceName = (id: string) => {
    const s = scenario.sources.find((x) => x.id === id);
    if (!s) return id;
    const date = s.date === undefined ? undefined : readableDate(s.date, locale.lang);
    return [s.publisher, s.title, date].filter((x) => x !== undefined).join(', ');
  };
  for (const [i, e] of ctx.log.entries()) {
    if (e.round !== ctx.round) continue;
    if (e.kind === 'event') {
      const ev = scenario.events.find((x) => x.id === e.id);
      if (!ev) continue;
      out.push({
        key: `log-${i}`,
        kind: 'event',
        title: ev.title,
        badge: locale.t(`table.event-kind-${ev.kind}`),
        text: ev.text,
        ...(ev.date === undefined ? {} : { date: readableDate(ev.date, locale.lang) }),
        ...(ev.quote === undefined
          ? {}
          : {
              quote: locale.t('table.event-quote', {
                text: ev.quote.text,
                speaker: ev.quote.speaker,
                date: readableDate(ev.quote.date, locale.lang),
              }),
            }),
        sources: ev.sources.map(sourceName),
      });
    } else if (e.kind === 'inject') {
      out.push({
        key: `log-${i}`,
        kind: 'inject',
        title: e.title,
        // Written by the facilitator on the spot: the class is told whose news it is.
        badge: locale.t('news.facilitator'),
        text: e.text,
        sources: [],
      });
    } else if (e.kind === 'reaction') {
      const r = scenario.reactions.find((x) => x.id === e.id);
      out.push({
        key: `log-${i}`,
        kind: 'reaction',
        title: r?.label ?? e.id,
        badge: labelOf(scenario.seats, e.seat),
        text: r?.text ?? '',
        sources: [],
      });
    }
  }
  return out;
}

function handOf(
  index: ScenarioIndex,
  view: GameView,
  playerLadder: string,
  locale: Locale,
): Pick<TableModel, 'hand' | 'handOwner'> {
  const decide = view.phase === 'decide';
  const ladder = index.ladders[playerLadder];
  const tierIndex = new Map((ladder?.tiers ?? []).map((t, i) => [t.id, i]));
  const kind = view.viewer.kind;
  if (kind === 'projector' || kind === 'facilitator')
    return { hand: councilTable(index, view, tierIndex, locale), handOwner: 'council' };
  const hand = view.hand.flatMap(({ card: id, blocker, odds }, i): CardModel[] => {
    const card = index.cards[id];
    if (!card) return [];
    return [cardModel(index, view, card, i, { blocker, odds, decide, tierIndex }, locale)];
  });
  return { hand, handOwner: 'viewer' };
}

/** The council's table this round: the player seat's cards played, then the proposals still open, each with its team. */
function councilTable(
  index: ScenarioIndex,
  view: GameView,
  tierIndex: Map<string, number>,
  locale: Locale,
): CardModel[] {
  const player = index.scenario.player;
  const played = view.playedThisRound.filter((id) => index.cards[id]?.seat === player);
  const onTable: { card: string; team?: string }[] = [
    ...played.map((card) => ({ card })),
    ...(view.council?.proposals ?? []),
  ];
  const teamName = (id: string) => view.teams.find((t) => t.id === id)?.name ?? id;
  return onTable.flatMap(({ card: id, team }, i): CardModel[] => {
    const card = index.cards[id];
    if (!card) return [];
    const model = cardModel(index, view, card, i, { blocker: null, odds: [], decide: false, tierIndex }, locale);
    return [
      team === undefined ? model : { ...model, proposal: locale.t('card.proposed-by', { team: teamName(team) }) },
    ];
  });
}

/** One card of the hand as the table shows it. */
function cardModel(
  index: ScenarioIndex,
  view: GameView,
  card: Card,
  i: number,
  at: {
    blocker: GameView['hand'][number]['blocker'];
    odds: GameView['hand'][number]['odds'];
    decide: boolean;
    tierIndex: Map<string, number>;
  },
  locale: Locale,
): CardModel {
  const scenario = index.scenario;
  const { blocker, decide, tierIndex } = at;
  let status: CardStatus = 'idle';
  if (view.playedThisRound.includes(card.id)) status = 'played';
  else if (decide) status = blocker === null ? 'playable' : 'locked';
  const tierLabel = card.tier === undefined ? undefined : tierName(scenario, card.tier);
  const effects = effectFacts(card.effects, at.odds);
  return {
    id: card.id,
    n: i + 1,
    label: card.label,
    text: card.text,
    explain: card.explain,
    ...(tierLabel === undefined ? {} : { tierLabel }),
    tierIndex: card.tier === undefined ? -1 : (tierIndex.get(card.tier) ?? -1),
    cost: card.cost,
    ...moveOf(index, view, card, locale),
    odds: effects.odds,
    later: effects.later,
    touches: effects.meters.map((id) => labelOf(scenario.meters, id)),
    once: card.once,
    status,
    ...(status === 'locked' && blocker ? { reason: refusalWords(blocker, scenario, locale.t) } : {}),
  };
}

function tierName(scenario: Scenario, tier: string): string {
  for (const l of scenario.ladders) {
    const t = l.tiers.find((x) => x.id === tier);
    if (t) return t.label;
  }
  return tier;
}

function moveOf(index: ScenarioIndex, view: GameView, card: Card, locale: Locale): { moveText?: string } {
  const move = card.move;
  const ladder = move && index.ladders[move.ladder];
  if (!move || !ladder) return {};
  const from = view.rungs[move.ladder] ?? ladder.start;
  const to = moveTarget(index, move, from);
  // From the top or bottom rung a one-rung move has nowhere to go; say which way it points.
  if (to === undefined)
    return { moveText: locale.t(move.by === 1 ? 'card.move-by-up' : 'card.move-by-down', { ladder: ladder.label }) };
  const rung = (id: string) => labelOf(ladder.rungs, id);
  return { moveText: locale.t('card.move', { ladder: ladder.label, from: rung(from), to: rung(to) }) };
}

/**
 * What a card's effects reveal before it is played: the odds of each uncertain outcome (`chances`,
 * in the order the engine's `oddsOf` gives them), later effects, the meters it touches.
 */
export function effectFacts(
  effects: readonly Effect[],
  chances: readonly { label: string; chance: number }[],
): {
  odds: { label: string; percent: number }[];
  later: { label: string; rounds: number }[];
  meters: string[];
} {
  const odds: { label: string; percent: number }[] = [];
  const later: { label: string; rounds: number }[] = [];
  const meters = new Set<string>();
  const walk = (list: readonly Effect[]) => {
    for (const e of list) {
      if ('chance' in e) {
        const chance = chances[odds.length]?.chance ?? 0;
        odds.push({ label: e.label, percent: Math.round(chance * 100) });
        walk(e.success);
        walk(e.failure ?? []);
      } else if ('after' in e) {
        later.push({ label: e.label, rounds: e.after });
        walk(e.effects);
      } else if ('meter' in e) meters.add(e.meter);
    }
  };
  walk(effects);
  return { odds, later, meters: [...meters] };
}
