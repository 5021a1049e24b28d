/**
 * The balance report as Markdown tables a scenario's README can take as they are: the council's
 * best lines, the search bot's cards, what fires under each bot, the value of a good move, and
 * what a news-blind script can force.
 */
import { type BalanceReport, FIRE_PLAYERS, type Figures } from '../engine/balance';
import type { Script } from '../engine/scripts';

/** Below these shares a card or an event is flagged in the tables (the targets scenario authors work to). */
const RARE_CARD = 0.02;
const RARE_FIRE = 0.005;

const pct = (share: number) => `${(100 * share).toFixed(share > 0 && share < 0.01 ? 2 : 1)}%`;
const points = (x: number) => x.toFixed(1);

function endingList(endings: Record<string, number>): string {
  return Object.entries(endings)
    .filter(([, share]) => share >= 0.005)
    .sort((a, b) => b[1] - a[1])
    .map(([id, share]) => `${id} ${pct(share)}`)
    .join(', ');
}

/** A script in one line: rounds with the same cards are grouped, e.g. `R2–6 a + b`. */
function scriptText(script: Script): string {
  const parts: string[] = [];
  for (let r = 0; r < script.length; ) {
    const cards = (script[r] ?? []).join(' + ') || '(nothing)';
    let end = r;
    while (end + 1 < script.length && (script[end + 1] ?? []).join(' + ') === (script[r] ?? []).join(' + ')) end++;
    parts.push(`R${r + 1}${end > r ? `–${end + 1}` : ''} ${cards}`);
    r = end + 1;
  }
  return parts.join(' · ') || '(nothing)';
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function linesSection(r: BalanceReport): string[] {
  const row = (label: string, f: Figures) => [
    label,
    String(f.games),
    points(f.score),
    pct(f.armed),
    endingList(f.endings),
  ];
  const out = [
    '## Best lines for the player seat',
    '',
    ...table(
      ['Player', 'Games', 'Mean score', `Above ${r.cap}`, 'Endings'],
      [
        row(`Search, restraint (never above ${r.cap})`, r.restraint),
        row(`Search, arming (above ${r.cap} at some point)`, r.arming),
        row('Search, free', r.search),
        ...Object.entries(r.policies).map(([p, f]) => row(p[0]?.toUpperCase() + p.slice(1), f)),
      ],
    ),
    '',
  ];
  for (const [label, line] of [
    ['Best restraint script', r.restraint.line],
    ['Best arming script', r.arming.line],
  ] as const)
    out.push(
      line
        ? `${label}: mean ${points(line.score)} (SD ${points(line.sd)}, ${line.games} seeds), ${endingList(line.endings)}: ${scriptText(line.script)}`
        : `${label}: none among the ${r.scriptsTried} scripts tried.`,
      '',
    );
  out.push(
    `Score spread that news and dice cause on the best line (the ${r.bestLine.rule} script, ${r.bestLine.games} seeds): SD ${points(r.bestLineSd)}.`,
    '',
  );
  return out;
}

function cardsSection(r: BalanceReport): string[] {
  const rows = Object.entries(r.cardShare)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id, share]) => [id, pct(share), share < RARE_CARD ? 'under 2%' : '']);
  return [
    `## The search bot's cards (share of its plays over ${r.games} games)`,
    '',
    ...table(['Card', 'Share', ''], rows),
    '',
  ];
}

function firesSection(r: BalanceReport): string[] {
  const rows = Object.entries(r.fires).map(([id, row]) => {
    const rare = FIRE_PLAYERS.every((p) => row[p] < RARE_FIRE);
    return [id, ...FIRE_PLAYERS.map((p) => pct(row[p])), rare ? 'under 0.5% everywhere' : ''];
  });
  return [
    '## What happens (share of games in which each event, reaction and ending fires)',
    '',
    ...table(['Id', ...FIRE_PLAYERS.map((p) => p[0]?.toUpperCase() + p.slice(1)), ''], rows),
    '',
  ];
}

function movesSection(r: BalanceReport): string[] {
  const rounds = r.moveValue.map((_, i) => `R${i + 1}`);
  return [
    "## Value of the best move over the median move (points, the search bot's own estimates)",
    '',
    ...table(['Round', ...rounds], [['Points', ...r.moveValue.map((v) => (v === null ? '–' : points(v)))]]),
    '',
  ];
}

function scriptsSection(r: BalanceReport): string[] {
  const rows = Object.entries(r.scriptEndings).map(([id, share]) => [
    id,
    pct(share),
    share > 0 ? scriptText(r.scriptEndingLines[id] ?? []) : '',
  ]);
  return [
    `## The best share of each ending a news-blind fixed script reaches (${r.scriptsTried} scripts; each ending's best three replayed over ${r.confirmSeeds} seeds)`,
    '',
    ...table(['Ending', 'Best share', 'Script'], rows),
    '',
  ];
}

function climbSection(r: BalanceReport): string[] {
  return [
    `## When arms are first sent: news-blind scripts by the round the ladder first went above ${r.cap}`,
    '',
    ...table(
      ['Round', 'Games', 'Ended in a crisis'],
      r.lateClimb.map((c) => [String(c.round), String(c.games), pct(c.crisis)]),
    ),
    '',
    `A crisis is an ending checked after every round: ${r.crisisEndings.join(', ') || 'this scenario has none'}.`,
    '',
    ...climbByRungTable(r),
  ];
}

/** The same games by the highest rung reached (rows) and the round of the first climb (columns): like against like. */
function climbByRungTable(r: BalanceReport): string[] {
  const rounds = [...new Set(r.lateClimbByRung.map((c) => c.round))].sort((a, b) => a - b);
  const rungs = [...new Set(r.lateClimbByRung.map((c) => c.rung))];
  const cell = (rung: string, round: number) => {
    const c = r.lateClimbByRung.find((x) => x.rung === rung && x.round === round);
    return c ? `${pct(c.crisis)} (${c.games})` : '–';
  };
  return [
    'The same games by the highest rung the ladder reached: the share that ended in a crisis (games), by the round of the first climb.',
    '',
    ...table(
      ['Highest rung', ...rounds.map((n) => `R${n}`)],
      rungs.map((rung) => [rung, ...rounds.map((n) => cell(rung, n))]),
    ),
    '',
  ];
}

/** The whole report as text. */
export function balanceText(r: BalanceReport): string {
  const head = [
    `# Balance of ${r.scenario} ${r.version}, length ${r.length} (${r.rounds} rounds), seed ${r.seed}`,
    '',
    `${r.games} games for the search bot and for each fixed bot, ${r.lineGames} for each line bot; ` +
      `${r.scriptsTried} news-blind scripts over ${r.scriptSeeds} seeds each. Scores are the mean of the ` +
      `scenario's objectives, 0–100, as the debrief shows them.`,
    '',
  ];
  return `${[...head, ...linesSection(r), ...cardsSection(r), ...firesSection(r), ...movesSection(r), ...scriptsSection(r), ...climbSection(r)].join('\n')}\n`;
}
