/**
 * The content asked of "Berlin, 2022–2024", the second case: seats and role briefs, Germany's
 * ladder and Moscow's counter-ladder, meters, rounds that span January 2022 to March 2024 with
 * what actually happened, events, cards balanced across roles, endings and debrief material.
 * Counts are minimums from the case's brief; the other checks guard the content rules in DESIGN.md.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/engine/conditions';
import { formatProblem } from '../../src/engine/problems';
import { parseScenarioText } from '../../src/engine/scenario-parse';
import type { Card, Scenario } from '../../src/engine/scenario-schema';
import { contextOf } from '../support/contexts';
import { loadScenario, rulesOf, scenarioText } from '../support/scenarios';

const BERLIN_PATH = fileURLToPath(new URL('../../assets/scenarios/berlin-2022/scenario.json', import.meta.url));
const s: Scenario = loadScenario(BERLIN_PATH);
const germany = s.ladders[0];
const moscow = s.ladders[1];
const council = s.cards.filter((c) => c.seat === s.player);
const sourceIds = new Set(s.sources.map((x) => x.id));
const ROLES = ['chancellor', 'foreign-office', 'defence', 'fdp', 'opposition'];

/** Every flag some effect of the scenario sets. */
function flagsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(flagsOf);
  if (value && typeof value === 'object') {
    const own = 'flag' in value && typeof value.flag === 'string' && !('is' in value) ? [value.flag] : [];
    return [...own, ...Object.values(value).flatMap(flagsOf)];
  }
  return [];
}

/** Every piece of text in a value, for checks on wording. */
function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('Berlin, 2022–2024: the file', () => {
  it('parses with no problems and no warnings, hindsight and sources included', () => {
    const parsed = parseScenarioText(scenarioText(BERLIN_PATH));
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
    expect(parsed.ok && parsed.warnings.map(formatProblem)).toEqual([]);
    expect(parsed.ok && parsed.warnings.filter((w) => w.code === 'hindsight')).toEqual([]);
  });

  it('has the identity the project expects', () => {
    expect(s).toMatchObject({ id: 'berlin-2022', version: '2.1.0', language: 'en', player: 'federal-government' });
  });
});

describe('Berlin, 2022–2024: seats and roles', () => {
  const government = s.seats.find((x) => x.id === s.player);

  it('splits the federal government into the Chancellery, the coalition parties and the opposition', () => {
    expect(government?.kind).toBe('player');
    expect(government?.roles.map((r) => r.id)).toEqual(ROLES);
    for (const role of government?.roles ?? []) {
      expect(role.brief.summary.length, role.id).toBeGreaterThan(80);
      expect(role.brief.goals.length, role.id).toBeGreaterThanOrEqual(2);
      expect(role.brief.worries.length, role.id).toBeGreaterThanOrEqual(1);
      expect(role.brief.redLines.length, role.id).toBeGreaterThanOrEqual(1);
      expect(role.brief.owns.length, role.id).toBeGreaterThan(20);
    }
  });

  it('balances the cards: every role owns between 5 and 9 decisions, and every council card has an owner', () => {
    for (const role of ROLES) {
      const owned = council.filter((c) => c.role === role).length;
      expect(owned, role).toBeGreaterThanOrEqual(5);
      expect(owned, role).toBeLessThanOrEqual(9);
    }
    expect(council.filter((c) => c.role === undefined).map((c) => c.id)).toEqual([]);
  });

  it('has Moscow, Washington, Warsaw, Kyiv and the German public as actors a team can take', () => {
    for (const id of ['moscow', 'washington', 'warsaw', 'kyiv', 'public']) {
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

describe("Berlin, 2022–2024: Germany's ladder and Moscow's", () => {
  const order = new Map(germany?.rungs.map((r, i) => [r.id, i]));

  it('has at least six rungs in three tiers, from helmets to the Taurus missiles at the top', () => {
    expect(germany?.owner).toBe(s.player);
    expect(germany?.tiers.map((t) => t.id)).toEqual(['non-lethal', 'defensive', 'offensive']);
    expect(germany?.rungs.length).toBeGreaterThanOrEqual(6);
    expect(germany?.start).toBe(germany?.rungs[0]?.id);
    for (const tier of ['non-lethal', 'defensive', 'offensive'])
      expect(germany?.rungs.some((r) => r.tier === tier)).toBe(true);
    expect(germany?.rungs[0]?.description).toMatch(/5,000 helmets/);
    expect(germany?.rungs.at(-1)?.description).toMatch(/Taurus/);
  });

  it('explains what unlocks every step up, and lets every rung above the start step down', () => {
    const up = germany?.steps.filter((st) => (order.get(st.to) ?? 0) > (order.get(st.from) ?? 0)) ?? [];
    expect(up.length).toBeGreaterThanOrEqual((germany?.rungs.length ?? 0) - 1);
    for (const st of up) {
      expect(st.unlock, `${st.from} → ${st.to}`).toBeDefined();
      expect(st.locked, `${st.from} → ${st.to}`).toBeDefined();
      expect(st.explain, `${st.from} → ${st.to}`).toBeDefined();
    }
    for (const rung of germany?.rungs.slice(1) ?? []) {
      const down = germany?.steps.find(
        (st) => st.from === rung.id && (order.get(st.to) ?? 0) === (order.get(rung.id) ?? 0) - 1,
      );
      expect(down, `a step down from ${rung.id}`).toBeDefined();
      expect(down?.unlock, `stepping down from ${rung.id} is always open`).toBeUndefined();
    }
  });

  it('opens the offensive tier only with allies or the Bundestag beside Germany, and the top only on request', () => {
    const offensive = new Set(germany?.rungs.filter((r) => r.tier === 'offensive').map((r) => r.id));
    for (const st of germany?.steps.filter((x) => offensive.has(x.to) && !offensive.has(x.from)) ?? [])
      expect(JSON.stringify(st.unlock), `${st.from} → ${st.to}`).toMatch(/heavy-mandate|allied-heavy|allies-armour/);
    const top = germany?.steps.find((st) => st.to === germany.rungs.at(-1)?.id);
    expect(JSON.stringify(top?.unlock)).toContain('"taurus-request"');
    // Every flag an unlock reads is set by some card or event.
    const set = new Set(flagsOf([s.cards, s.events, s.reactions]));
    for (const flag of flagsOf(germany?.steps.map((st) => st.unlock))) expect(set.has(flag), flag).toBe(true);
  });

  it("has Moscow's counter-ladder of at least four rungs, with gas and nuclear signals, moved by its bot", () => {
    expect(moscow?.owner).toBe('moscow');
    expect(moscow?.rungs.length).toBeGreaterThanOrEqual(4);
    const rungs = moscow?.rungs.map((r) => r.id) ?? [];
    for (const id of ['threats', 'gas-squeeze', 'nuclear-signals']) expect(rungs).toContain(id);
    const moves = JSON.stringify(s.reactions.filter((r) => r.seat === 'moscow'));
    expect(moves).toContain(`"ladder":"${moscow?.id}"`);
    expect(JSON.stringify(s.reactions)).toContain(`"rung":"${germany?.id}"`);
  });
});

describe('Berlin, 2022–2024: meters and rounds', () => {
  it('starts every meter on a basis with sources', () => {
    expect(s.meters.map((m) => m.id)).toEqual(['escalation', 'alliance', 'public', 'ukraine', 'energy', 'coalition']);
    for (const m of s.meters) {
      expect(m.basis, m.id).toBeDefined();
      expect(m.sources.length, m.id).toBeGreaterThan(0);
    }
    expect(s.capital.perRound).toBeGreaterThan(0);
  });

  it('plays 4 rounds in 45 minutes and 8 in 90, from late January 2022 to March 2024, labelled by date', () => {
    const short = s.lengths.find((l) => l.id === 'short');
    const long = s.lengths.find((l) => l.id === 'long');
    expect([short?.minutes, short?.rounds.length]).toEqual([45, 4]);
    expect([long?.minutes, long?.rounds.length]).toEqual([90, 8]);
    for (const l of [short, long]) {
      expect(l?.from).toBe('2022-01-27');
      expect(l?.rounds[0]?.label).toMatch(/January.*2022/);
      expect(l?.rounds.at(-1)?.label).toMatch(/March 2024/);
      expect(l?.rounds.at(-1)?.until).toBe('2024-03-31');
    }
  });

  it('says what actually happened in every round of both lengths, with sources', () => {
    for (const l of s.lengths)
      for (const [i, r] of l.rounds.entries()) {
        expect(r.actually, `${l.id} round ${i + 1}`).toBeDefined();
        expect(r.actually?.sources.length, `${l.id} round ${i + 1}`).toBeGreaterThan(0);
      }
  });

  it('keeps every round to at most four news items and about 150 words of news', () => {
    // Only scheduled and random events exist, and nothing triggers one, so a round's news is its
    // dated events plus the random draw (random events are held back from the first round).
    expect(s.events.every((e) => e.trigger.type === 'scheduled' || e.trigger.type === 'random')).toBe(true);
    expect(JSON.stringify([s.cards, s.events, s.reactions])).not.toContain('"trigger":"');
    const round2 = { stat: 'round', op: '>=', value: 2 };
    const random = s.events.filter((e) => e.trigger.type === 'random');
    for (const e of random) expect(JSON.stringify(e.trigger), e.id).toContain(JSON.stringify(round2));
    const newsWords = (e: (typeof s.events)[number]) =>
      words(`${e.title} ${e.text} ${e.quote ? `${e.quote.text} ${e.quote.speaker}` : ''}`);
    const longestRandom = Math.max(...random.map(newsWords));
    for (const l of s.lengths)
      l.rounds.forEach((r, i) => {
        const after = i === 0 ? '' : (l.rounds[i - 1]?.until ?? '');
        const dated = s.events.filter(
          (e) => e.trigger.type === 'scheduled' && (e.date ?? '') > after && (e.date ?? '') <= r.until,
        );
        const draws = i === 0 ? 0 : s.rules.randomEventsPerRound;
        expect(dated.length + draws, `${l.id} round ${i + 1}`).toBeLessThanOrEqual(4);
        const load = dated.reduce((sum, e) => sum + newsWords(e), 0) + draws * longestRandom;
        expect(load, `${l.id} round ${i + 1}`).toBeLessThanOrEqual(165);
      });
  });
});

describe('Berlin, 2022–2024: events', () => {
  it('has at least 30 events, at least 12 of them historical, each dated and sourced from the list', () => {
    expect(s.events.length).toBeGreaterThanOrEqual(30);
    expect(s.events.filter((e) => e.kind === 'historical').length).toBeGreaterThanOrEqual(12);
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
    expect(quoted.length).toBeGreaterThan(4);
    for (const e of quoted) {
      expect(words(e.quote?.text ?? ''), e.id).toBeLessThanOrEqual(5);
      expect(e.quote?.speaker, e.id).toMatch(/, /);
    }
  });

  it('hedges what the brief marks uncertain: the envoy\'s "red line" is reported, from one site', () => {
    const envoy = s.events.find((e) => e.id === 'envoy-red-line');
    expect(envoy?.kind).toBe('reported');
    expect(envoy?.text).toMatch(/only from that site/);
    const leak = s.events.find((e) => e.id === 'leak');
    expect(leak?.text).toMatch(/not that the text is unaltered/);
  });
});

describe('Berlin, 2022–2024: the council’s cards', () => {
  it('has at least 24 cards for the council, each with a cost and a one-line reason', () => {
    expect(council.length).toBeGreaterThanOrEqual(24);
    for (const c of council) {
      expect(c.explain.length, c.id).toBeGreaterThan(20);
      expect(c.explain, `${c.id}: one line`).not.toContain('\n');
    }
  });

  it('covers every rung: a card climbs onto each rung above the start, and a card steps down', () => {
    for (const rung of germany?.rungs.slice(1) ?? [])
      expect(
        council.filter((c) => c.move?.to === rung.id).map((c) => c.id),
        rung.id,
      ).not.toEqual([]);
    expect(council.some((c) => c.move?.by === -1)).toBe(true);
  });

  it('lets no climbing card be used to step down: each is closed on its own rung and above', () => {
    const rules = rulesOf(BERLIN_PATH);
    const everything = {
      flags: Object.fromEntries(flagsOf(s).map((f) => [f, true])),
      seen: Object.fromEntries(s.events.map((e) => [e.id, 1])),
    };
    const rungs = germany?.rungs.map((r) => r.id) ?? [];
    const climbers = council.filter((x: Card) => x.move?.ladder === germany?.id && x.move?.to !== undefined);
    for (const c of climbers)
      for (const rung of rungs.slice(rungs.indexOf(c.move?.to ?? ''))) {
        const ctx = contextOf(rules, { ...everything, rungs: { [germany?.id ?? '']: rung } });
        const open = c.requires === undefined || holds(rules.index, ctx, c.requires);
        expect(open, `${c.id} on ${rung}`).toBe(false);
      }
  });

  it('keeps a card shown only from a later day closed at the start of play', () => {
    const rules = rulesOf(BERLIN_PATH);
    const start = contextOf(rules);
    const later = s.cards.filter((c) => c.visibleFrom !== undefined);
    expect(later.length).toBeGreaterThanOrEqual(5);
    for (const c of later) {
      expect(c.requires, c.id).toBeDefined();
      expect(holds(rules.index, start, c.requires ?? true), c.id).toBe(false);
    }
  });

  it('shows the odds wherever the outcome is uncertain, and explains every closed card', () => {
    const chances = council.filter((c) => JSON.stringify(c.effects).includes('"chance"'));
    expect(chances.length).toBeGreaterThanOrEqual(5);
    for (const c of s.cards.filter((x) => x.requires !== undefined)) expect(c.locked, c.id).toBeDefined();
  });
});

describe('Berlin, 2022–2024: endings and debrief', () => {
  it('has at least six endings, none a plain win, and objectives scored separately', () => {
    expect(s.endings.length).toBeGreaterThanOrEqual(6);
    for (const e of s.endings) expect(`${e.label} ${e.text}`.toLowerCase(), e.id).not.toMatch(/\b(win|won|victory)\b/);
    const scored = new Set(s.objectives.flatMap((o) => (o.meter ? [o.meter] : [])));
    for (const m of s.meters) expect(scored.has(m.id), m.id).toBe(true);
    expect(s.objectives.some((o) => o.when !== undefined)).toBe(true);
  });

  it("asks at least 10 questions: Kahn's four factors, and some that compare Berlin with Seoul", () => {
    expect(s.debrief.questions.length).toBeGreaterThanOrEqual(10);
    const themes = s.debrief.questions.map((q) => `${q.theme ?? ''} ${q.text}`.toLowerCase()).join('\n');
    for (const factor of ['provocation', 'precedent', 'committal', 'threat']) expect(themes).toContain(factor);
    expect(s.debrief.questions.filter((q) => /seoul/i.test(`${q.theme} ${q.text}`)).length).toBeGreaterThanOrEqual(3);
  });

  it("sets Seoul's ladder beside Berlin's, step by dated step, with sources", () => {
    const seoul = s.debrief.comparisons.find((c) => c.id === 'seoul');
    expect(seoul?.steps.length).toBeGreaterThanOrEqual(6);
    expect(seoul?.sources.length).toBeGreaterThan(0);
    const dates = seoul?.steps.map((st) => st.date) ?? [];
    expect(dates).toEqual([...dates].sort());
  });

  it('has a glossary of at least 20 terms, dating the ones that name what happens during play', () => {
    expect(s.glossary.length).toBeGreaterThanOrEqual(20);
    const terms = s.glossary.map((g) => g.term.toLowerCase());
    for (const t of ['non-lethal aid', 'manpads', 'gepard', 'patriot', 'taurus', 'bundestag', 're-export consent'])
      expect(terms, t).toContain(t);
    for (const t of ['Zeitenwende', 'Special fund', 'Ramstein group'])
      expect(s.glossary.find((g) => g.term === t)?.visibleFrom, t).toBeDefined();
  });
});

describe("Berlin, 2022–2024: Germany's real path on its own ladder", () => {
  const path = s.debrief.actualPath;
  const order = germany?.rungs.map((r) => r.id) ?? [];

  it('is drawn on the council’s ladder, in date order, each step sourced', () => {
    expect(path?.ladder).toBe(germany?.id);
    const dates = path?.steps.map((st) => st.date) ?? [];
    expect(dates).toEqual([...dates].sort());
    for (const st of path?.steps ?? []) {
      expect(order, st.date).toContain(st.rung);
      expect(st.sources.length, st.date).toBeGreaterThan(0);
      for (const id of st.sources) expect(sourceIds.has(id), id).toBe(true);
    }
  });

  it('climbs from helmets in January 2022 to battle tanks in January 2023, and never to Taurus', () => {
    const steps = path?.steps ?? [];
    expect(steps[0]).toMatchObject({ date: '2022-01-26', rung: 'helmets-aid' });
    const highest = Math.max(...steps.map((st) => order.indexOf(st.rung)));
    expect(order[highest]).toBe('battle-tanks');
    expect(steps.find((st) => st.rung === 'battle-tanks')?.date).toBe('2023-01-25');
    for (const l of s.lengths) expect(l.rounds.at(-1)?.actually?.text).toMatch(/Taurus was never sent/);
  });
});

describe('Berlin, 2022–2024: numbers, wording and links', () => {
  const text = allText(s).join('\n');

  it('uses the figures of the research brief', () => {
    for (const figure of [
      '5,000 helmets',
      '1,000 anti-tank weapons',
      '500 Stinger',
      '€100bn',
      '586 to 100',
      '567 to 96',
      '55% for heavy weapons and 37% against',
      '45% for heavy weapons and 45%',
      '300,000 reservists',
      'about 40%',
      '20%',
      '31 M1 Abrams',
      '14 Leopard 2A6',
      'up to 178',
      '€2.7bn',
      '480 to 182',
      '494 to 188',
      '61% against Taurus and 29%',
      '35% for Taurus and 56% against',
      '€28bn',
    ])
      expect(text, figure).toContain(figure);
  });

  it('links every source over https, says what kind it is, and cites only sources it lists', () => {
    for (const src of s.sources) {
      expect(src.url, src.id).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+\//);
      expect(src.kind, src.id).toBeDefined();
    }
    const cited = [
      ...s.events.flatMap((e) => [...e.sources, ...(e.actually?.sources ?? [])]),
      ...s.lengths.flatMap((l) => l.rounds.flatMap((r) => r.actually?.sources ?? [])),
      ...s.meters.flatMap((m) => m.sources),
      ...s.cards.flatMap((c) => c.sources),
    ];
    for (const id of cited) expect(sourceIds.has(id), id).toBe(true);
  });

  it("shows Russian state media as what Moscow said, never as fact: the RT call is Berlin's to confirm", () => {
    const stateMedia = s.sources.filter((x) => /^(TASS|RT)\b/.test(x.publisher)).map((x) => x.id);
    expect(stateMedia.length).toBeGreaterThan(0);
    for (const e of s.events.filter((x) => x.sources.some((id) => stateMedia.includes(id))))
      expect(e.text, e.id).toMatch(/Berlin confirms|says|said|published/);
  });
});
