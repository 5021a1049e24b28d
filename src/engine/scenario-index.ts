/** Look-up tables built once per scenario, so the hot path never searches a list. */
import type { Card, Ending, Ladder, Meter, Reaction, RedLine, Scenario, ScenarioEvent, Step } from './scenario-schema';

/** A period of play: a round, or a period of the aftermath. */
export interface Period {
  label: string;
  until: string;
}

export interface ScenarioIndex {
  scenario: Scenario;
  meters: Record<string, Meter>;
  ladders: Record<string, Ladder>;
  /** rungOrder[ladder][rung] = position, lowest 0. */
  rungOrder: Record<string, Record<string, number>>;
  /** steps[ladder][from] = the steps that leave that rung. */
  steps: Record<string, Record<string, Step[]>>;
  cards: Record<string, Card>;
  /** Each seat's cards, in the scenario's order. */
  cardsOf: Record<string, Card[]>;
  events: Record<string, ScenarioEvent>;
  /** The events of each kind of trigger, in the scenario's order. */
  eventsBy: Record<ScenarioEvent['trigger']['type'], ScenarioEvent[]>;
  reactions: Reaction[];
  endings: Ending[];
  /** The ladder owned by each seat, if it owns one. */
  ladderOf: Record<string, string>;
  /**
   * routes[ladder][from][to] = the rung of the first step on a shortest way from `from` to `to`
   * along the ladder's steps: how a ladder's state walks to the rung the context holds.
   */
  routes: Record<string, Record<string, Record<string, string>>>;
  /** periods[length] = its rounds' periods, then its aftermath's (played by the bots alone). */
  periods: Record<string, Period[]>;
  /** The number of aftermath periods of each length (0 when it has none). */
  aftermath: Record<string, number>;
  redLines: Record<string, RedLine>;
  /** answeredBy[card] = the red lines that card answers. */
  answeredBy: Record<string, RedLine[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const item of items) out[item.id] = item;
  return out;
}

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const rungOrder: ScenarioIndex['rungOrder'] = Object.create(null);
  const steps: ScenarioIndex['steps'] = Object.create(null);
  const ladderOf: Record<string, string> = Object.create(null);
  const routes: ScenarioIndex['routes'] = Object.create(null);
  const cardsOf: Record<string, Card[]> = Object.create(null);
  for (const card of scenario.cards) {
    cardsOf[card.seat] ??= [];
    cardsOf[card.seat]?.push(card);
  }
  for (const ladder of scenario.ladders) {
    const order: Record<string, number> = Object.create(null);
    for (const [i, rung] of ladder.rungs.entries()) order[rung.id] = i;
    rungOrder[ladder.id] = order;
    const from: Record<string, Step[]> = Object.create(null);
    for (const step of ladder.steps) {
      from[step.from] ??= [];
      from[step.from]?.push(step);
    }
    steps[ladder.id] = from;
    routes[ladder.id] = routesOf(ladder, from);
    ladderOf[ladder.owner] ??= ladder.id;
  }
  return {
    scenario,
    meters: byId(scenario.meters),
    ladders: byId(scenario.ladders),
    rungOrder,
    steps,
    cards: byId(scenario.cards),
    cardsOf,
    events: byId(scenario.events),
    eventsBy: {
      scheduled: scenario.events.filter((e) => e.trigger.type === 'scheduled'),
      conditional: scenario.events.filter((e) => e.trigger.type === 'conditional'),
      random: scenario.events.filter((e) => e.trigger.type === 'random'),
    },
    reactions: scenario.reactions,
    endings: scenario.endings,
    ladderOf,
    routes,
    periods: Object.fromEntries(scenario.lengths.map((l) => [l.id, [...l.rounds, ...(l.aftermath ?? [])]])),
    aftermath: Object.fromEntries(scenario.lengths.map((l) => [l.id, l.aftermath?.length ?? 0])),
    redLines: byId(scenario.redLines ?? []),
    answeredBy: answeredBy(scenario.redLines ?? []),
  };
}

function answeredBy(lines: readonly RedLine[]): Record<string, RedLine[]> {
  const out: Record<string, RedLine[]> = Object.create(null);
  for (const line of lines)
    for (const card of line.answer) {
      out[card] ??= [];
      out[card]?.push(line);
    }
  return out;
}

/** For every rung, the first step of a shortest way to each rung it can reach (breadth first). */
function routesOf(ladder: Ladder, stepsFrom: Record<string, Step[]>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = Object.create(null);
  for (const start of ladder.rungs) {
    const first: Record<string, string> = Object.create(null);
    const queue: string[] = [];
    for (const step of stepsFrom[start.id] ?? [])
      if (step.to !== start.id && first[step.to] === undefined) {
        first[step.to] = step.to;
        queue.push(step.to);
      }
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i] as string;
      for (const step of stepsFrom[at] ?? [])
        if (step.to !== start.id && first[step.to] === undefined) {
          first[step.to] = first[at] as string;
          queue.push(step.to);
        }
    }
    out[start.id] = first;
  }
  return out;
}

/** The rung a move lands on from `from`, or undefined when the ladder has no such rung. */
export function moveTarget(
  index: ScenarioIndex,
  move: { ladder: string; to?: string; by?: 1 | -1 },
  from: string,
): string | undefined {
  if (move.to !== undefined) return move.to;
  const ladder = index.ladders[move.ladder];
  const at = index.rungOrder[move.ladder]?.[from];
  if (!ladder || at === undefined) return undefined;
  return ladder.rungs[at + (move.by ?? 0)]?.id;
}

/** The rung a ladder's state steps to next on its way from `from` to `to` (undefined when it is there). */
export function stepToward(index: ScenarioIndex, ladder: string, from: string, to: string): string | undefined {
  return index.routes[ladder]?.[from]?.[to];
}

/** The ladder's step from one rung to another, if the scenario has one. */
export function stepFrom(index: ScenarioIndex, ladder: string, from: string, to: string): Step | undefined {
  const steps = index.steps[ladder]?.[from];
  if (steps) for (const step of steps) if (step.to === to) return step;
  return undefined;
}
