/**
 * The content the issue asks of "Seoul, October 2024": seats and role briefs, the two ladders,
 * meters, rounds with what actually happened, events, cards, endings and debrief material.
 * Counts are minimums from the issue; the other checks guard the content rules in DESIGN.md.
 */
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/engine/conditions';
import { Game } from '../../src/engine/game';
import { formatProblem } from '../../src/engine/problems';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import type { Card, Scenario } from '../../src/engine/scenario-schema';
import { contextOf } from '../support/contexts';
import { loadScenario, rulesOf, SEOUL_PATH, scenarioText } from '../support/scenarios';

const s: Scenario = loadScenario(SEOUL_PATH);
const seoul = s.ladders[0];
const counter = s.ladders[1];
const nscCards = s.cards.filter((c) => c.seat === s.player);
const sourceIds = new Set(s.sources.map((x) => x.id));

/** Every flag some effect of the scenario sets. */
function flagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(flagsOf);
  if (value && typeof value === 'object') {
    const own = 'flag' in value && typeof value.flag === 'string' && !('is' in value) ? [value.flag] : [];
    return [...own, ...Object.values(value).flatMap(flagsOf)];
  }
  return [];
}

/** Every piece of player-facing text in the file, for checks on wording. */
function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

describe('Seoul, October 2024: the file', () => {
  it('parses with no problems and no warnings', () => {
    const parsed = parseScenarioText(scenarioText(SEOUL_PATH));
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
    expect(parsed.ok && parsed.warnings.map(formatProblem)).toEqual([]);
  });

  it('has the identity the project expects', () => {
    expect(s).toMatchObject({ id: 'seoul-2024', version: '2.3.0', language: 'en', player: 'nsc' });
  });
});

describe('Seoul, October 2024: seats and roles', () => {
  const nsc = s.seats.find((x) => x.id === s.player);

  it('gives the National Security Council five role briefs, each with a stake', () => {
    expect(nsc?.kind).toBe('player');
    expect(nsc?.roles.map((r) => r.id)).toEqual([
      'president',
      'security-adviser',
      'foreign-minister',
      'defence-minister',
      'opposition-leader',
    ]);
    for (const role of nsc?.roles ?? []) {
      expect(role.brief.goals.length, role.id).toBeGreaterThanOrEqual(2);
      expect(role.brief.worries.length, role.id).toBeGreaterThanOrEqual(1);
      expect(role.brief.redLines.length, role.id).toBeGreaterThanOrEqual(1);
      expect(role.brief.owns.length, role.id).toBeGreaterThan(20);
    }
  });

  it('lets every role own at least one decision', () => {
    for (const role of nsc?.roles ?? [])
      expect(
        nscCards.filter((c) => c.role === role.id).map((c) => c.id),
        role.id,
      ).not.toEqual([]);
  });

  it('has Washington, Kyiv, Moscow, Pyongyang and the public as actors a team can take', () => {
    for (const id of ['washington', 'kyiv', 'moscow', 'pyongyang', 'public']) {
      const seat = s.seats.find((x) => x.id === id);
      expect(seat?.kind, id).toBe('actor');
      expect(seat?.brief?.goals.length, id).toBeGreaterThan(0);
      expect(
        s.cards.filter((c) => c.seat === id),
        `${id} has cards for a team`,
      ).not.toEqual([]);
      expect(
        s.reactions.filter((r) => r.seat === id),
        `${id} has a bot`,
      ).not.toEqual([]);
    }
  });
});

describe('Seoul, October 2024: the ladders', () => {
  it("has Seoul's ladder with the three tiers and at least six rungs, starting at non-lethal aid", () => {
    expect(seoul?.owner).toBe(s.player);
    expect(seoul?.tiers.map((t) => t.id)).toEqual(['non-lethal', 'defensive', 'offensive']);
    expect(seoul?.rungs.length).toBeGreaterThanOrEqual(6);
    expect(seoul?.start).toBe(seoul?.rungs[0]?.id);
    for (const tier of ['non-lethal', 'defensive', 'offensive'])
      expect(seoul?.rungs.some((r) => r.tier === tier)).toBe(true);
  });

  it('explains what unlocks every step up, and lets every rung above the start step down', () => {
    const order = new Map(seoul?.rungs.map((r, i) => [r.id, i]));
    const up = seoul?.steps.filter((st) => (order.get(st.to) ?? 0) > (order.get(st.from) ?? 0)) ?? [];
    expect(up.length).toBeGreaterThanOrEqual((seoul?.rungs.length ?? 0) - 1);
    for (const st of up) {
      expect(st.unlock, `${st.from} → ${st.to}`).toBeDefined();
      expect(st.locked, `${st.from} → ${st.to}`).toBeDefined();
      expect(st.explain, `${st.from} → ${st.to}`).toBeDefined();
    }
    for (const rung of seoul?.rungs.slice(1) ?? []) {
      const down = seoul?.steps.find(
        (st) => st.from === rung.id && (order.get(st.to) ?? 0) === (order.get(rung.id) ?? 0) - 1,
      );
      expect(down, `a step down from ${rung.id}`).toBeDefined();
      expect(down?.unlock, `stepping down from ${rung.id} is always open`).toBeUndefined();
    }
  });

  it('needs the export review, the Assembly and the "too far" clause on the way up', () => {
    const unlocks = JSON.stringify(seoul?.steps.map((st) => st.unlock));
    for (const flag of ['export-review', 'assembly-consent', 'too-far']) expect(unlocks).toContain(`"${flag}"`);
    const offensive = new Set(seoul?.rungs.filter((r) => r.tier === 'offensive').map((r) => r.id));
    for (const st of seoul?.steps.filter((x) => offensive.has(x.to) && !offensive.has(x.from)) ?? [])
      expect(JSON.stringify(st.unlock), `${st.from} → ${st.to}`).toContain('"too-far"');
  });

  it("has Moscow and Pyongyang's counter-ladder with at least four rungs, moved by their bots", () => {
    expect(counter?.rungs.length).toBeGreaterThanOrEqual(4);
    const moves = JSON.stringify(s.reactions.filter((r) => ['moscow', 'pyongyang'].includes(r.seat)));
    expect(moves).toContain(`"ladder":"${counter?.id}"`);
    expect(JSON.stringify(s.reactions)).toContain(`"rung":"${seoul?.id}"`);
  });
});

describe('Seoul, October 2024: meters and rounds', () => {
  it('has the six meters of DESIGN.md, each with the reason for its start', () => {
    expect(s.meters.map((m) => m.id)).toEqual(['security', 'alliance', 'moscow-risk', 'public', 'ukraine', 'nk-gains']);
    for (const m of s.meters) expect(m.basis, m.id).toBeDefined();
    expect(s.capital.perRound).toBeGreaterThan(0);
  });

  it('plays 4 rounds in 45 minutes and 8 in 90, from late October 2024, each with a projected aftermath', () => {
    const short = s.lengths.find((l) => l.id === 'short');
    const long = s.lengths.find((l) => l.id === 'long');
    expect([short?.minutes, short?.rounds.length]).toEqual([45, 4]);
    expect([long?.minutes, long?.rounds.length]).toEqual([90, 8]);
    for (const l of [short, long]) {
      expect(l?.aftermath?.length, l?.id).toBeGreaterThanOrEqual(1);
      for (const a of l?.aftermath ?? []) expect(a.label).toMatch(/\(projected\)$/);
    }
    for (const l of [short, long]) expect(l?.rounds[0]?.until).toMatch(/^2024-10-(2\d|3[01])$/);
  });

  it('says what actually happened in every round of both lengths, with sources', () => {
    for (const l of s.lengths)
      for (const [i, r] of l.rounds.entries()) {
        expect(r.actually, `${l.id} round ${i + 1}`).toBeDefined();
        expect(r.actually?.sources.length, `${l.id} round ${i + 1}`).toBeGreaterThan(0);
      }
  });
});

describe('Seoul, October 2024: events', () => {
  it('has at least 30 events, scheduled, random and conditional', () => {
    expect(s.events.length).toBeGreaterThanOrEqual(30);
    for (const type of ['scheduled', 'random', 'conditional'])
      expect(
        s.events.some((e) => e.trigger.type === type),
        type,
      ).toBe(true);
  });

  it('has at least 12 historical events, each with its date and a source from the list', () => {
    const historical = s.events.filter((e) => e.kind === 'historical');
    expect(historical.length).toBeGreaterThanOrEqual(12);
    for (const e of s.events.filter((x) => x.kind !== 'hypothetical')) {
      expect(e.date, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const id of e.sources) expect(sourceIds.has(id), `${e.id} cites ${id}`).toBe(true);
    }
  });

  it('labels every hypothetical event as hypothetical in its own words', () => {
    for (const e of s.events.filter((x) => x.kind === 'hypothetical')) {
      expect(e.title, e.id).toMatch(/^Hypothetical: /);
      expect(e.text, e.id).toMatch(/^Hypothetical event\. /);
    }
  });

  it('quotes public statements briefly, with speaker and date', () => {
    const quoted = s.events.filter((e) => e.quote);
    expect(quoted.length).toBeGreaterThan(3);
    for (const e of quoted) expect(e.quote?.text.split(' ').length, e.id).toBeLessThanOrEqual(5);
  });

  it('never makes the real martial-law crisis or the change of government a game event', () => {
    for (const e of s.events) {
      expect(`${e.title} ${e.text}`.toLowerCase(), e.id).not.toMatch(
        /martial law|impeach(ed|ment of (the )?president)/,
      );
      expect(e.date === undefined || (e.date !== '2024-12-03' && e.date !== '2024-12-14'), e.id).toBe(true);
    }
  });
});

describe('Seoul, October 2024: action cards', () => {
  const movesTo = (c: Card) => c.move?.to;

  it('has at least 24 cards for the council, each with a cost and a one-line reason', () => {
    expect(nscCards.length).toBeGreaterThanOrEqual(24);
    for (const c of nscCards) {
      expect(c.explain.length, c.id).toBeGreaterThan(20);
      expect(c.explain, `${c.id}: one line`).not.toContain('\n');
    }
  });

  it('covers every rung: a card climbs onto each rung above the start, and a card steps down', () => {
    for (const rung of seoul?.rungs.slice(1) ?? [])
      expect(
        nscCards.filter((c) => movesTo(c) === rung.id).map((c) => c.id),
        rung.id,
      ).not.toEqual([]);
    expect(nscCards.some((c) => c.move?.by === -1)).toBe(true);
  });

  it('lets no climbing card be used to step down: each is closed on its own rung and above', () => {
    const rules = rulesOf(SEOUL_PATH);
    // Every flag set and every event seen, so only the rung can close the card.
    const everything = {
      flags: Object.fromEntries(flagsOf(s).map((f) => [f, true])),
      seen: Object.fromEntries(s.events.map((e) => [e.id, 1])),
    };
    const rungs = seoul?.rungs.map((r) => r.id) ?? [];
    const climbers = nscCards.filter((x) => x.move?.ladder === seoul?.id && x.move?.to !== undefined);
    expect(climbers.length).toBeGreaterThanOrEqual(rungs.length);
    for (const c of climbers)
      for (const rung of rungs.slice(rungs.indexOf(c.move?.to ?? ''))) {
        const ctx = contextOf(rules, { ...everything, rungs: { [seoul?.id ?? '']: rung } });
        const open = c.requires === undefined || holds(rules.index, ctx, c.requires);
        expect(open, `${c.id} on ${rung}`).toBe(false);
      }
  });

  it('shows the odds wherever the outcome is uncertain, and explains every closed card', () => {
    const chances = nscCards.filter((c) => JSON.stringify(c.effects).includes('"chance"'));
    expect(chances.length).toBeGreaterThanOrEqual(5);
    for (const c of nscCards.filter((x) => x.requires !== undefined)) expect(c.locked, c.id).toBeDefined();
  });
});

describe('Seoul, October 2024: endings and debrief', () => {
  it('has at least six endings, none a plain win, and objectives scored separately', () => {
    expect(s.endings.length).toBeGreaterThanOrEqual(6);
    for (const e of s.endings) expect(`${e.label} ${e.text}`.toLowerCase(), e.id).not.toMatch(/\b(win|won|victory)\b/);
    const scored = new Set(s.objectives.flatMap((o) => (o.meter ? [o.meter] : [])));
    for (const m of s.meters) expect(scored.has(m.id), m.id).toBe(true);
    expect(s.objectives.some((o) => o.when !== undefined)).toBe(true);
  });

  it("asks at least 10 questions, among them Kahn's provocation, precedent, committal and threat", () => {
    expect(s.debrief.questions.length).toBeGreaterThanOrEqual(10);
    const themes = s.debrief.questions.map((q) => `${q.theme ?? ''} ${q.text}`.toLowerCase()).join('\n');
    for (const factor of ['provocation', 'precedent', 'committal', 'threat']) expect(themes).toContain(factor);
  });

  it('compares with the German and US ladders, step by dated step', () => {
    expect(s.debrief.comparisons.map((c) => c.id)).toEqual(['germany', 'united-states']);
    for (const c of s.debrief.comparisons) expect(c.steps.length, c.id).toBeGreaterThanOrEqual(8);
  });

  it('has a glossary of at least 20 terms, with the ones the issue names', () => {
    expect(s.glossary.length).toBeGreaterThanOrEqual(20);
    const terms = s.glossary.map((g) => g.term.toLowerCase());
    for (const t of ['non-lethal aid', 'manpads', '155mm shell', 'counter-battery radar', 'end-user certificate'])
      expect(terms, t).toContain(t);
  });
});

describe('Seoul, October 2024: numbers and wording', () => {
  const text = allText(s).join('\n');

  it('uses the figures of the research brief', () => {
    for (const figure of [
      '13%',
      '66%',
      '64%',
      '28%',
      '46%',
      'about 3,000',
      'about 10,000',
      'about 15,000',
      '4,700',
      '204',
      '150',
    ])
      expect(text, figure).toContain(figure);
  });

  it('cites only sources it lists, and every listed source has a publisher', () => {
    const cited = [
      ...s.events.flatMap((e) => e.sources),
      ...s.lengths.flatMap((l) => l.rounds.flatMap((r) => r.actually?.sources ?? [])),
    ];
    for (const id of cited) expect(sourceIds.has(id), id).toBe(true);
    for (const src of s.sources) expect(src.publisher.length, src.id).toBeGreaterThan(2);
  });
});

describe('Seoul, October 2024: every claim traceable to a link', () => {
  it('links every source over https and says what kind of source it is', () => {
    for (const src of s.sources) {
      expect(src.url, src.id).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+\//);
      expect(src.kind, src.id).toBeDefined();
    }
    expect(s.sources.map((x) => x.publisher).join('\n')).not.toMatch(/media reports|widely reported/i);
  });

  it('cites a source for every historical and reported event, meter basis and card that states a fact', () => {
    for (const e of s.events.filter((x) => x.kind !== 'hypothetical'))
      expect(e.sources.length, e.id).toBeGreaterThan(0);
    for (const m of s.meters) expect(m.sources.length, m.id).toBeGreaterThan(0);
    // A card states a fact when its words name a year, a sum of money or a share.
    const fact = /\b(?:19|20)\d{2}\b|USD|KRW|%/;
    const stating = s.cards.filter((c) => fact.test(`${c.text} ${c.explain} ${c.locked ?? ''}`));
    expect(stating.length).toBeGreaterThanOrEqual(8);
    for (const c of stating) expect(c.sources.length, c.id).toBeGreaterThan(0);
    const cited = [
      ...s.meters.flatMap((m) => m.sources),
      ...s.cards.flatMap((c) => c.sources),
      ...s.events.flatMap((e) => e.actually?.sources ?? []),
      ...(s.debrief.actualPath?.steps.flatMap((st) => st.sources) ?? []),
    ];
    for (const id of cited) expect(sourceIds.has(id), id).toBe(true);
  });

  it('tells in the debrief what really happened for each hypothetical event with a real counterpart', () => {
    for (const id of ['gps-jamming', 'bombers-near-korea', 'missile-test', 'allies-coordinate']) {
      const e = s.events.find((x) => x.id === id);
      expect(e?.kind, id).toBe('hypothetical');
      expect(e?.actually?.text, id).toMatch(/\b20(?:23|24)\b/);
    }
  });
});

describe("Seoul, October 2024: Seoul's real path on its own ladder", () => {
  const path = s.debrief.actualPath;
  const rungs = seoul?.rungs ?? [];
  const order = rungs.map((r) => r.id);
  /**
   * Words that name an act, as the rungs' labels and descriptions use them. A step belongs on
   * the rung whose words it shares most: the act is one the rung's description covers.
   */
  const ACTS = [
    'helmet',
    'body armour',
    'gas mask',
    'demining',
    'truck',
    'intelligence',
    'nato',
    'brief',
    'question',
    'poland',
    'sale',
    'shell',
    'us stocks',
    'end user',
    'through',
    'air defence',
    'radar',
    'howitzer',
    'missile',
    'rocket',
  ];
  const words = (text: string) => text.toLowerCase().replace(/-/g, ' ');
  const shared = (a: string, b: string) => ACTS.filter((w) => words(a).includes(w) && words(b).includes(w));

  it('is drawn on the council’s ladder, in date order, each step sourced', () => {
    expect(path?.ladder).toBe(seoul?.id);
    const dates = path?.steps.map((st) => st.date) ?? [];
    expect(dates).toEqual([...dates].sort());
    for (const st of path?.steps ?? []) expect(st.sources.length, st.date).toBeGreaterThan(0);
  });

  it('puts every act on the rung whose description covers it best', () => {
    for (const st of path?.steps ?? []) {
      const scores = rungs.map((r) => shared(st.text, `${r.label} ${r.description}`).length);
      const own = scores[order.indexOf(st.rung)] ?? 0;
      expect(own, `${st.date} ${st.text}`).toBeGreaterThan(0);
      const others = scores.filter((_, i) => order[i] !== st.rung);
      expect(Math.max(...others), `${st.date} on ${st.rung}: ${scores.join(',')}`).toBeLessThan(own);
    }
  });

  it('reached rung 3 through partners in 2022–23, and rung 2 after the game begins, with no arms sent to Ukraine', () => {
    const begins = s.lengths[0]?.from ?? '';
    const before = path?.steps.filter((st) => st.date < begins) ?? [];
    const after = path?.steps.filter((st) => st.date >= begins) ?? [];
    expect(before.map((st) => st.rung)).toContain('indirect-supply');
    expect(new Set(after.map((st) => st.rung))).toEqual(new Set(['intelligence-sharing']));
    expect(before.filter((st) => /500,000/.test(st.text)).map((st) => st.kind)).toEqual(['reported']);
  });

  it('has texts that agree with that path, nowhere saying Seoul did not climb', () => {
    const debrief = allText(s.debrief).join('\n') + allText(s.lengths).join('\n');
    expect(debrief).not.toMatch(/did not climb|where it had begun|froze all decisions/);
    expect(rungs[0]?.description).not.toMatch(/Where Seoul stands/);
    expect(rungs[0]?.description).toMatch(/rung 3/);
    const last = s.lengths.map((l) => l.rounds.at(-1)?.actually?.text ?? '');
    for (const text of last) expect(text).toMatch(/rung 2/);
    expect(s.debrief.questions.find((q) => q.id === 'home-front')?.text).toMatch(/rung-2/);
  });
});

describe("Seoul, October 2024: the council's dilemma", () => {
  const nsc = s.seats.find((x) => x.id === s.player);

  it('gives every role between 5 and 9 cards of its own', () => {
    for (const role of nsc?.roles ?? []) {
      const owned = nscCards.filter((c) => c.role === role.id).length;
      expect(owned, role.id).toBeGreaterThanOrEqual(5);
      expect(owned, role.id).toBeLessThanOrEqual(9);
    }
  });

  it('gives every role private information and one or two objectives of its own, and every actor seat objectives', () => {
    for (const role of nsc?.roles ?? []) {
      expect(role.brief.private?.length ?? 0, role.id).toBeGreaterThan(0);
      expect(role.objectives?.length ?? 0, role.id).toBeGreaterThanOrEqual(1);
      expect(role.objectives?.length ?? 0, role.id).toBeLessThanOrEqual(2);
    }
    for (const seat of s.seats.filter((x) => x.kind === 'actor'))
      expect(seat.objectives?.length ?? 0, seat.id).toBeGreaterThan(0);
  });

  it('keeps the bot of an actor seat whose team plays no card', () => {
    expect(s.rules.idleTeamsKeepBots).toBe(true);
  });

  it('has the line on Russian technology for Pyongyang, declared publicly or privately, and the no-lethal pledge', () => {
    const line = (s.redLines ?? []).find((l) => l.id === 'tech-line');
    expect(line?.kind).toBe('line');
    expect(line?.answer.length).toBeGreaterThan(0);
    const declares = (pub: boolean) =>
      nscCards.some((c) => c.effects.some((e) => 'declare' in e && e.declare === 'tech-line' && e.public === pub));
    expect(declares(true)).toBe(true);
    expect(declares(false)).toBe(true);
    for (const crossed of [true, false])
      expect(
        nscCards.some((c) => c.effects.some((e) => 'judge' in e && e.judge === 'tech-line' && e.crossed === crossed)),
      ).toBe(true);
    expect((s.redLines ?? []).find((l) => l.id === 'no-lethal-pledge')?.kind).toBe('pledge');
  });

  it('uses delayed effects and fading repeatable cards', () => {
    expect(nscCards.filter((c) => c.effects.some((e) => 'after' in e)).length).toBeGreaterThanOrEqual(4);
    const repeatable = nscCards.filter(
      (x) => !x.once && x.move === undefined && x.requires === undefined && x.effects.some((e) => 'meter' in e),
    );
    expect(repeatable.length).toBeGreaterThan(0);
    for (const c of repeatable) expect(c.fade, `${c.id} can be played every round`).toBeDefined();
  });
});

describe('Seoul, October 2024: what a round asks of a class', () => {
  const rules = rulesOf(SEOUL_PATH);
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

  it('brings at most 4 news items and 150 words of news a round, and 8 to 12 open cards in the first round', () => {
    for (const length of ['short', 'long'])
      for (let seed = 1; seed <= 20; seed++) {
        const g = new Game(rules, seed);
        g.send({ type: 'game.start', length });
        while (g.phase !== 'ended') {
          const round = g.context.round;
          const news = g.context.log.flatMap((e) =>
            e.kind === 'event' && e.round === round ? [rules.index.events[e.id]] : [],
          );
          expect(news.length, `${length} round ${round}`).toBeLessThanOrEqual(4);
          const read = news.reduce((n, e) => n + words(`${e?.title} ${e?.text} ${e?.quote?.text ?? ''}`), 0);
          expect(read, `${length} round ${round}`).toBeLessThanOrEqual(150);
          g.send({ type: 'brief.done' });
          g.send({ type: 'deliberation.done' });
          if (round === 1) {
            expect(g.playable(s.player).length).toBeGreaterThanOrEqual(8);
            expect(g.playable(s.player).length).toBeLessThanOrEqual(12);
          }
          g.send({ type: 'turn.end' });
          g.send({ type: 'round.next' });
        }
      }
  });
});
