const root = '/work/wt/engine';
const { createActor } = await import('xstate');
const { prepare, Game } = await import(`${root}/src/engine/game.ts`);
const { loadScenario } = await import(`${root}/src/cli/load-scenario.ts`);
const { chooser } = await import(`${root}/src/engine/simulate.ts`);
const { playTurn } = await import(`${root}/src/engine/bots.ts`);
const M = await import(`${root}/src/engine/machine.ts`);
const scenario = loadScenario(`${root}/assets/scenarios/seoul-2024/scenario.json`).scenario;
const rules = prepare(scenario);
const games: any[] = [];
for (let seed = 1; seed <= 200; seed++) {
  const g = new Game(rules, seed); const pick = chooser(seed);
  g.send({ type: 'game.start', length: 'short' });
  while (g.phase !== 'ended') { g.send({ type: 'brief.done' }); g.send({ type: 'deliberation.done' }); playTurn(g, 'nsc', 'random', pick); g.send({ type: 'turn.end' }); g.send({ type: 'round.next' }); }
  games.push({ seed, events: g.events });
}
const events = games.reduce((n, g) => n + g.events.length, 0);
const noopOf = (m: any, followsToo = false) => m.provide({
  guards: { allowed: () => true, endsIn: ({ context, event }: any) => event.type === 'round.next' ? context.round >= 99 : true, ...(followsToo ? { follows: () => false } : {}) },
  actions: Object.fromEntries(['start','beginRound','playCard','resolveRound','recordEnding','pause','resume','extend','inject','write'].map((a) => [a, () => {}])),
});
const variants: [string, any][] = [['nested', noopOf(rules.machine)], ['nested, follows false', noopOf(rules.machine, true)]];
if (process.argv[2]) { const F = await import(process.argv[2]); variants.push(['alt', noopOf(F.createGameMachine(scenario))]); }
let withCan = true;
function run(m: any) { for (const g of games) { const a = createActor(m, { input: { seed: g.seed } }); a.start(); for (const e of g.events) { if (withCan) a.getSnapshot().can(e); a.send(e); } } }
for (const [, m] of variants) run(m);
const res: Record<string, number[]> = {};
for (let i = 0; i < 9; i++) for (const [name0, m] of variants) for (const wc of [true, false]) { withCan = wc; const name = name0 + (wc ? ' can+send' : ' send'); const cu = process.cpuUsage(); run(m); const u = process.cpuUsage(cu); (res[name] ??= []).push((u.user + u.system) * 1000 / events); }
for (const [k, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(k, Math.round(v[4]), 'ns/event'); }
