/**
 * The checks a schema cannot make: every id a scenario mentions must exist, ids must be
 * unique, every rung must be reachable, and every ending must be able to happen.
 */
import type { Condition } from './condition-schema';
import type { Effect } from './effect-schema';
import { jsonPath, type Problem } from './problems';
import type { Scenario } from './scenario-schema';

type Path = (string | number)[];

/** Names reserved by the machine's own states. */
const RESERVED_ENDING_IDS = new Set(['playing']);

export function checkReferences(s: Scenario): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const err = (path: Path, expected: string, found?: string) =>
    errors.push(found === undefined ? { path: jsonPath(path), expected } : { path: jsonPath(path), expected, found });

  const unique = <T extends { id: string }>(items: readonly T[], path: Path) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        err([...path, i, 'id'], `a unique id`, `"${item.id}" again (first at ${jsonPath([...path, first])})`);
      else seen.set(item.id, i);
    });
    return new Set(items.map((x) => x.id));
  };

  const seats = unique(s.seats, ['seats']);
  const meters = unique(s.meters, ['meters']);
  const ladders = unique(s.ladders, ['ladders']);
  const cards = unique(s.cards, ['cards']);
  const events = unique(s.events, ['events']);
  const sources = unique(s.sources, ['sources']);
  const lines = unique(s.redLines ?? [], ['redLines']);
  const pledges = new Set((s.redLines ?? []).filter((l) => l.kind === 'pledge').map((l) => l.id));
  unique(s.reactions, ['reactions']);
  unique(s.endings, ['endings']);
  unique(s.objectives, ['objectives']);
  unique(s.lengths, ['lengths']);
  unique(s.debrief.questions, ['debrief', 'questions']);
  unique(s.debrief.comparisons, ['debrief', 'comparisons']);
  const rungsOf = new Map(s.ladders.map((l) => [l.id, new Set(l.rungs.map((r) => r.id))]));
  const tiers = new Set(s.ladders.flatMap((l) => l.tiers.map((t) => t.id)));
  const flagsSet = new Set<string>();

  const ref = (set: Set<string>, id: string, path: Path, what: string) => {
    if (!set.has(id)) err(path, `the id of one of the scenario's ${what}`, `"${id}"`);
  };
  const rungRef = (ladder: string, rung: string, path: Path) => {
    const rungs = rungsOf.get(ladder);
    if (rungs && !rungs.has(rung)) err(path, `a rung of ladder "${ladder}"`, `"${rung}"`);
  };
  const voterRef = (voter: { seat: string; role?: string }, path: Path) => {
    const seat = s.seats.find((x) => x.id === voter.seat);
    if (!seat) err([...path, 'seat'], "the id of one of the scenario's seats", `"${voter.seat}"`);
    else if (voter.role !== undefined && !seat.roles.some((r) => r.id === voter.role))
      err([...path, 'role'], `a role of seat "${seat.id}"`, `"${voter.role}"`);
  };
  const sourceRefs = (ids: readonly string[], path: Path) =>
    ids.forEach((id, i) => {
      ref(sources, id, [...path, i], 'sources');
    });

  const conditionsToCheck: { c: Condition; path: Path }[] = [];
  const condition = (c: Condition | undefined, path: Path) => {
    if (c !== undefined) conditionsToCheck.push({ c, path });
  };
  const effects = (list: readonly Effect[], path: Path) =>
    list.forEach((e, i) => {
      const p = [...path, i];
      if ('meter' in e) ref(meters, e.meter, [...p, 'meter'], 'meters');
      else if ('flag' in e) flagsSet.add(e.flag);
      else if ('move' in e) {
        ref(ladders, e.move.ladder, [...p, 'move', 'ladder'], 'ladders');
        if (e.move.to !== undefined) rungRef(e.move.ladder, e.move.to, [...p, 'move', 'to']);
      } else if ('chance' in e) {
        if (typeof e.chance === 'object') ref(meters, e.chance.meter, [...p, 'chance', 'meter'], 'meters');
        effects(e.success, [...p, 'success']);
        effects(e.failure ?? [], [...p, 'failure']);
      } else if ('after' in e) effects(e.effects, [...p, 'effects']);
      else if ('trigger' in e) ref(events, e.trigger, [...p, 'trigger'], 'events');
      else if ('vote' in e) {
        voterRef(e.voter, [...p, 'voter']);
        if (typeof e.bot === 'object') ref(meters, e.bot.meter, [...p, 'bot', 'meter'], 'meters');
        effects(e.yes, [...p, 'yes']);
        effects(e.no ?? [], [...p, 'no']);
      } else if ('declare' in e) ref(lines, e.declare, [...p, 'declare'], 'red lines');
      else if ('judge' in e) {
        ref(lines, e.judge, [...p, 'judge'], 'red lines');
        if (pledges.has(e.judge))
          err([...p, 'judge'], 'a red line of kind "line" (a pledge is not judged)', `"${e.judge}"`);
      }
    });

  const player = s.seats.find((x) => x.id === s.player);
  if (!player) err(['player'], 'the id of one of the seats', `"${s.player}"`);
  else if (player.kind !== 'player') err(['player'], 'a seat of kind "player"', `kind "${player.kind}"`);
  const objectiveRefs = (list: readonly { id: string; meter?: string; when?: Condition }[], path: Path) => {
    unique(list, path);
    list.forEach((o, i) => {
      if (o.meter !== undefined) ref(meters, o.meter, [...path, i, 'meter'], 'meters');
      condition(o.when, [...path, i, 'when']);
    });
  };
  const factRefs = (facts: readonly { sources?: string[] }[] | undefined, path: Path) =>
    facts?.forEach((f, i) => {
      sourceRefs(f.sources ?? [], [...path, i, 'sources']);
    });
  s.seats.forEach((seat, i) => {
    unique(seat.roles, ['seats', i, 'roles']);
    if (seat.objectives) objectiveRefs(seat.objectives, ['seats', i, 'objectives']);
    factRefs(seat.brief?.private, ['seats', i, 'brief', 'private']);
    seat.roles.forEach((r, ri) => {
      if (r.objectives) objectiveRefs(r.objectives, ['seats', i, 'roles', ri, 'objectives']);
      factRefs(r.brief.private, ['seats', i, 'roles', ri, 'brief', 'private']);
    });
  });

  s.meters.forEach((m, i) => {
    if (m.min >= m.max) err(['meters', i, 'max'], `a maximum above the minimum ${m.min}`, String(m.max));
    if (m.start < m.min || m.start > m.max)
      err(['meters', i, 'start'], `a start between ${m.min} and ${m.max}`, String(m.start));
    sourceRefs(m.sources, ['meters', i, 'sources']);
  });

  const rungOwner = new Map<string, string>();
  s.ladders.forEach((l, li) => {
    const p: Path = ['ladders', li];
    l.rungs.forEach((r, ri) => {
      const other = rungOwner.get(r.id);
      if (other !== undefined && other !== l.id)
        err(
          [...p, 'rungs', ri, 'id'],
          'a rung id unique across all ladders',
          `"${r.id}", also a rung of ladder "${other}"`,
        );
      rungOwner.set(r.id, l.id);
    });
    ref(seats, l.owner, [...p, 'owner'], 'seats');
    const ts = unique(l.tiers, [...p, 'tiers']);
    const rs = unique(l.rungs, [...p, 'rungs']);
    l.rungs.forEach((r, ri) => {
      if (!ts.has(r.tier)) err([...p, 'rungs', ri, 'tier'], `a tier of ladder "${l.id}"`, `"${r.tier}"`);
    });
    if (!rs.has(l.start)) err([...p, 'start'], `a rung of ladder "${l.id}"`, `"${l.start}"`);
    l.steps.forEach((st, si) => {
      if (!rs.has(st.from)) err([...p, 'steps', si, 'from'], `a rung of ladder "${l.id}"`, `"${st.from}"`);
      if (!rs.has(st.to)) err([...p, 'steps', si, 'to'], `a rung of ladder "${l.id}"`, `"${st.to}"`);
      if (st.from === st.to) err([...p, 'steps', si, 'to'], 'a different rung from "from"', `"${st.to}"`);
      condition(st.unlock, [...p, 'steps', si, 'unlock']);
    });
    const reached = new Set([l.start]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const st of l.steps)
        if (reached.has(st.from) && !reached.has(st.to)) {
          reached.add(st.to);
          grew = true;
        }
    }
    l.rungs.forEach((r, ri) => {
      if (!reached.has(r.id))
        err(
          [...p, 'rungs', ri],
          `a rung that some step reaches from the start "${l.start}"`,
          `"${r.id}", which no step reaches`,
        );
    });
  });

  s.cards.forEach((c, i) => {
    const p: Path = ['cards', i];
    ref(seats, c.seat, [...p, 'seat'], 'seats');
    const seat = s.seats.find((x) => x.id === c.seat);
    if (c.role !== undefined && seat && !seat.roles.some((r) => r.id === c.role))
      err([...p, 'role'], `a role of seat "${c.seat}"`, `"${c.role}"`);
    if (c.tier !== undefined && !tiers.has(c.tier)) err([...p, 'tier'], 'the id of a ladder tier', `"${c.tier}"`);
    if (c.move) {
      ref(ladders, c.move.ladder, [...p, 'move', 'ladder'], 'ladders');
      if (c.move.to !== undefined) rungRef(c.move.ladder, c.move.to, [...p, 'move', 'to']);
    }
    if (c.cost > s.capital.max)
      err([...p, 'cost'], `a cost no higher than the capital maximum ${s.capital.max}`, String(c.cost));
    condition(c.requires, [...p, 'requires']);
    sourceRefs(c.sources, [...p, 'sources']);
    effects(c.effects, [...p, 'effects']);
  });

  s.events.forEach((e, i) => {
    const p: Path = ['events', i];
    sourceRefs(e.sources, [...p, 'sources']);
    if (e.actually) sourceRefs(e.actually.sources, [...p, 'actually', 'sources']);
    if (e.trigger.type !== 'scheduled') condition(e.trigger.when, [...p, 'trigger', 'when']);
    effects(e.effects, [...p, 'effects']);
  });

  s.reactions.forEach((r, i) => {
    ref(seats, r.seat, ['reactions', i, 'seat'], 'seats');
    condition(r.when, ['reactions', i, 'when']);
    effects(r.effects, ['reactions', i, 'effects']);
  });

  (s.redLines ?? []).forEach((l, i) => {
    const p: Path = ['redLines', i];
    condition(l.watch, [...p, 'watch']);
    l.answer.forEach((id, ai) => {
      ref(cards, id, [...p, 'answer', ai], 'cards');
    });
    for (const [key, list] of Object.entries(l.effects)) effects(list ?? [], [...p, 'effects', key]);
  });
  if (s.rules.credibility !== undefined) ref(meters, s.rules.credibility, ['rules', 'credibility'], 'meters');
  const chair = s.rules.council?.chair;
  if (chair !== undefined && player && !player.roles.some((r) => r.id === chair))
    err(['rules', 'council', 'chair'], `a role of the player seat "${s.player}"`, `"${chair}"`);

  s.endings.forEach((e, i) => {
    if (RESERVED_ENDING_IDS.has(e.id))
      err(['endings', i, 'id'], 'an id other than the reserved "playing"', `"${e.id}"`);
    condition(e.when, ['endings', i, 'when']);
    if (!canEverHold(s, e.when)) err(['endings', i, 'when'], 'a condition that can come true', 'one that never can');
  });
  if (!s.endings.some((e) => e.at === 'end' && e.when === true))
    err(['endings'], 'a last-resort ending with "at": "end" and "when": true, so every game ends', 'none');

  s.objectives.forEach((o, i) => {
    if (o.meter !== undefined) ref(meters, o.meter, ['objectives', i, 'meter'], 'meters');
    condition(o.when, ['objectives', i, 'when']);
  });

  s.lengths.forEach((l, li) => {
    const first = l.rounds[0];
    if (l.from !== undefined && first && l.from > first.until)
      err(['lengths', li, 'from'], `a day no later than the first round's until (${first.until})`, `"${l.from}"`);
    l.rounds.forEach((r, ri) => {
      const prev = l.rounds[ri - 1];
      if (prev && r.until <= prev.until)
        err(['lengths', li, 'rounds', ri, 'until'], `a date after ${prev.until}`, `"${r.until}"`);
      if (r.actually) sourceRefs(r.actually.sources, ['lengths', li, 'rounds', ri, 'actually', 'sources']);
    });
    (l.aftermath ?? []).forEach((a, ai) => {
      const prev = ai === 0 ? l.rounds.at(-1) : l.aftermath?.[ai - 1];
      if (prev && a.until <= prev.until)
        err(['lengths', li, 'aftermath', ai, 'until'], `a date after ${prev.until}`, `"${a.until}"`);
    });
  });
  s.debrief.questions.forEach((q, i) => {
    sourceRefs(q.sources, ['debrief', 'questions', i, 'sources']);
  });
  s.debrief.comparisons.forEach((c, i) => {
    sourceRefs(c.sources, ['debrief', 'comparisons', i, 'sources']);
    c.steps.forEach((st, j) => {
      sourceRefs(st.sources, ['debrief', 'comparisons', i, 'steps', j, 'sources']);
    });
  });
  const kase = s.debrief.case;
  if (kase) {
    const p: Path = ['debrief', 'case'];
    sourceRefs(kase.stopped.sources, [...p, 'stopped', 'sources']);
    for (const [i, f] of kase.feared.entries()) sourceRefs(f.sources, [...p, 'feared', i, 'sources']);
    for (const [i, l] of kase.lines.entries()) sourceRefs(l.sources, [...p, 'lines', i, 'sources']);
    for (const [i, q] of kase.questions.entries()) sourceRefs(q.sources, [...p, 'questions', i, 'sources']);
    unique(kase.questions, [...p, 'questions']);
  }
  const path = s.debrief.actualPath;
  if (path) {
    const p: Path = ['debrief', 'actualPath'];
    ref(ladders, path.ladder, [...p, 'ladder'], 'ladders');
    path.steps.forEach((st, i) => {
      rungRef(path.ladder, st.rung, [...p, 'steps', i, 'rung']);
      sourceRefs(st.sources, [...p, 'steps', i, 'sources']);
      const prev = path.steps[i - 1];
      if (prev && st.date < prev.date)
        err([...p, 'steps', i, 'date'], `a date no earlier than ${prev.date}`, `"${st.date}"`);
    });
  }

  for (const { c, path } of conditionsToCheck)
    walkCondition(c, path, (leaf, p) => {
      if ('meter' in leaf) ref(meters, leaf.meter, [...p, 'meter'], 'meters');
      else if ('rung' in leaf) {
        ref(ladders, leaf.rung, [...p, 'rung'], 'ladders');
        rungRef(leaf.rung, leaf.value, [...p, 'value']);
      } else if ('played' in leaf) ref(cards, leaf.played, [...p, 'played'], 'cards');
      else if ('event' in leaf) ref(events, leaf.event, [...p, 'event'], 'events');
      else if ('line' in leaf) ref(lines, leaf.line, [...p, 'line'], 'red lines');
      else if ('flag' in leaf && !flagsSet.has(leaf.flag))
        warnings.push({
          path: jsonPath([...p, 'flag']),
          expected: 'a flag that some effect sets',
          found: `"${leaf.flag}", which nothing sets`,
        });
    });

  const lastDate =
    s.lengths
      .map((l) => (l.aftermath?.at(-1) ?? l.rounds.at(-1))?.until ?? '')
      .sort()
      .at(-1) ?? '';
  s.events.forEach((e, i) => {
    if (e.trigger.type === 'scheduled' && e.date !== undefined && e.date > lastDate)
      warnings.push({
        path: jsonPath(['events', i, 'date']),
        expected: `a date no later than the last round (${lastDate})`,
        found: `"${e.date}", so it is never drawn`,
      });
  });
  return { errors, warnings };
}

function walkCondition(c: Condition, path: Path, visit: (leaf: Exclude<Condition, boolean>, path: Path) => void): void {
  if (typeof c === 'boolean') return;
  if ('all' in c)
    c.all.forEach((x, i) => {
      walkCondition(x, [...path, 'all', i], visit);
    });
  else if ('any' in c)
    c.any.forEach((x, i) => {
      walkCondition(x, [...path, 'any', i], visit);
    });
  else if ('not' in c) walkCondition(c.not, [...path, 'not'], visit);
  else visit(c, path);
}

/**
 * A conservative test that a condition is not impossible on its face: `false`, a meter
 * compared outside its range, or an `all` whose meter bounds cannot meet.
 */
export function canEverHold(s: Scenario, c: Condition): boolean {
  if (typeof c === 'boolean') return c;
  if ('any' in c) return c.any.some((x) => canEverHold(s, x));
  if ('not' in c) return c.not !== true;
  if ('all' in c) {
    if (!c.all.every((x) => canEverHold(s, x))) return false;
    const bounds = new Map<string, [number, number]>();
    for (const x of c.all) {
      if (typeof x === 'boolean' || !('meter' in x)) continue;
      const meter = s.meters.find((m) => m.id === x.meter);
      const [lo, hi] = bounds.get(x.meter) ?? [meter?.min ?? -Infinity, meter?.max ?? Infinity];
      const [a, b] = range(x.op, x.value);
      bounds.set(x.meter, [Math.max(lo, a), Math.min(hi, b)]);
    }
    return [...bounds.values()].every(([lo, hi]) => lo <= hi);
  }
  if ('meter' in c) {
    const meter = s.meters.find((m) => m.id === c.meter);
    if (!meter) return true;
    const [a, b] = range(c.op, c.value);
    return Math.max(a, meter.min) <= Math.min(b, meter.max);
  }
  return true;
}

/** The closed range of whole-number meter values a comparison allows. */
function range(op: string, v: number): [number, number] {
  switch (op) {
    case '<':
      return [-Infinity, Math.ceil(v) - 1];
    case '<=':
      return [-Infinity, Math.floor(v)];
    case '>':
      return [Math.floor(v) + 1, Infinity];
    case '>=':
      return [Math.ceil(v), Infinity];
    case '==':
      return [v, v];
    default:
      return [-Infinity, Infinity];
  }
}
