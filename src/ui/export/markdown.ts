/**
 * The debrief as Markdown: the ending, the scores, the timeline round by round beside what
 * actually happened with its sources, the decisions with their rationales, the ladders'
 * paths, the meters, the questions and the other donors' ladders (each step with its sources).
 * Every piece of text from a scenario or a student is escaped, so a rationale can never become
 * a link, a heading or HTML.
 */

import { type DebriefModel, sourceText } from '../../view/debrief-model';
import { readableDate } from '../../view/language';
import { type Translate, under } from '../../view/locale';
import { stakesText } from '../../view/stakes-model';
import { caseComparisonBlocks, caseComparisonMarkdown } from './case-comparison-export';
import { counterpartsMarkdown, realPathMarkdown } from './real-history-export';

type T = Translate;

/** Escapes the characters Markdown reads as markup, and folds line breaks into spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~&#!]/g, '\\$&')
    .replace(/^(\s*)([-+>=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** The whole debrief; `t` gives the words (`classroom.debrief.*`, `classroom.markdown.*`). */
export function debriefMarkdown(model: DebriefModel, t: T): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  const d = under(t, 'classroom.debrief');
  out.push(`# ${e(d('title'))}: ${e(model.title)}`, '');
  out.push(e(d('subtitle', { title: model.title, length: model.length, seed: model.seed })), '');

  out.push(`## ${e(d('ending'))}`, '');
  if (model.ending) {
    out.push(`**${e(model.ending.label)}**: ${e(model.ending.text)}`, '');
    if (model.ending.early) out.push(e(d('ending-early', { round: model.ending.round })), '');
  } else out.push(e(d('no-ending')), '');

  if (model.scores.length > 0) {
    out.push(`## ${e(d('scores'))}`, '');
    for (const s of model.scores) out.push(`- ${e(d('score', { label: s.label, score: s.score }))}`);
    out.push('');
  }

  out.push(...stakesMarkdown(model, t));

  if (model.teams.length > 0) {
    out.push(`## ${e(d('teams'))}`, '');
    for (const team of model.teams)
      out.push(
        `- ${e(d(team.role === '' ? 'team' : 'team-role', { name: team.name, seat: team.seat, role: team.role }))}`,
      );
    out.push('');
  }

  out.push(`## ${e(d('timeline'))}`, '');
  for (const round of model.rounds) {
    out.push(`### ${e(d('round', { round: round.round, label: round.label }))}`, '');
    for (const line of round.lines) if (line.depth > 0) out.push(`${'  '.repeat(line.depth - 1)}- ${e(line.text)}`);
    out.push('');
    if (round.actually) {
      out.push(`> **${e(d('actually'))}**: ${e(round.actually.text)}`);
      if (round.actually.sources.length > 0)
        out.push(
          '>',
          `> ${e(d('sources'))}: ${round.actually.sources.map((s) => e(sourceText(s, model.lang))).join('; ')}`,
        );
      out.push('');
    }
    out.push(...counterpartsMarkdown(model, round.round, t, e));
  }

  out.push(...decisionsMarkdown(model, t));

  out.push(`## ${e(d('ladders'))}`, '');
  for (const ladder of model.ladders) {
    out.push(`### ${e(ladder.label)}`, '');
    if (ladder.path.length === 0) out.push(e(d('ladder-path-none')));
    const rung = (id: string) => ladder.rungs.find((r) => r.id === id)?.label ?? id;
    for (const step of ladder.path)
      out.push(
        `- ${e(d('ladder-step', { round: step.round, from: rung(step.from), to: rung(step.to), direction: d(step.down ? 'step-down' : 'step-up') }))}`,
      );
    out.push('');
  }
  out.push(...realPathMarkdown(model, t, e));

  out.push(`## ${e(d('meters'))}`, '');
  out.push(`| | ${model.points.map((p, i) => (i === 0 ? e(d('meter-start')) : e(p))).join(' | ')} |`);
  out.push(`|---|${model.points.map(() => '---:').join('|')}|`);
  for (const m of model.meters) out.push(`| ${e(m.label)} | ${m.values.join(' | ')} |`);
  out.push('');

  if (model.questions.length > 0) {
    out.push(`## ${e(d('questions'))}`, '');
    for (const [i, q] of model.questions.entries()) out.push(`${i + 1}. ${e(q.text)}`);
    out.push('');
  }

  if (model.comparisons.length > 0) {
    out.push(`## ${e(d('comparisons'))}`, '');
    for (const c of model.comparisons) {
      out.push(`### ${e(c.label)}`, '');
      for (const step of c.steps) {
        out.push(`- ${e(readableDate(step.date, model.lang))}: ${e(step.text)}`);
        if (step.sources.length > 0)
          out.push(`  - ${e(d('sources'))}: ${step.sources.map((s) => e(sourceText(s, model.lang))).join('; ')}`);
      }
      if (c.sources.length > 0)
        out.push('', `${e(d('sources'))}: ${c.sources.map((s) => e(sourceText(s, model.lang))).join('; ')}`);
      out.push('');
    }
  }
  out.push(...caseComparisonMarkdown(caseComparisonBlocks(model.cases ?? [], t, model.lang), e));
  out.push('---', '', e(t('classroom.markdown.generated')), '');
  return out.join('\n');
}

/** The decisions with their rationales, then those the facilitator took back. */
/** Every role's own stake and the aftermath, as their own section (nothing when the game had neither). */
function stakesMarkdown(model: DebriefModel, t: T): string[] {
  const own = stakesText(model.own, t);
  if (own.length === 0) return [];
  const out = [`## ${escapeMarkdown(t('council.debrief.heading'))}`, ''];
  for (const part of own) {
    out.push(`### ${escapeMarkdown(part.heading)}`, '');
    for (const line of part.lines) out.push(`- ${escapeMarkdown(line)}`);
    out.push('');
  }
  return out;
}

function decisionsMarkdown(model: DebriefModel, t: T): string[] {
  const e = escapeMarkdown;
  const d = under(t, 'classroom.debrief');
  const out: string[] = [];
  out.push(`## ${e(d('decisions'))}`, '');
  if (model.decisions.length === 0) out.push(e(d('no-decisions')), '');
  for (const row of model.decisions) {
    out.push(`- ${e(d('decision', { round: row.round, team: row.team, label: row.label }))}`);
    const why = row.rationale === '' ? t('classroom.markdown.no-rationale') : row.rationale;
    out.push(`  - ${e(t('classroom.markdown.rationale'))}: ${e(why)}`);
  }
  out.push('');
  if (model.undone.length > 0) {
    out.push(`### ${e(t('record.undone'))}`, '');
    for (const u of model.undone) {
      out.push(`- ${e(t('record.undone-row', { round: u.round, team: u.team, label: u.label }))}`);
      if (u.rationale !== '') out.push(`  - ${e(t('classroom.markdown.rationale'))}: ${e(u.rationale)}`);
    }
    out.push('');
  }
  return out;
}
