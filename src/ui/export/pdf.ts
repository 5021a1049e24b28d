/**
 * The printable handout: the debrief as a PDF in A4 or Letter, with the same content as the
 * Markdown and two kinds of pictures, the ladders with the path taken and the meters over the
 * rounds. A heading never stays alone at the foot of a page. It embeds a font that has Hangul
 * (Noto Sans KR), so a Korean translation prints too. jsPDF is loaded only when a handout is
 * made. Every piece of text is written as text.
 */

import { type DebriefModel, sourceText } from '../../view/debrief-model';
import { readableDate } from '../../view/language';
import { type Translate, under } from '../../view/locale';
import { stakesText } from '../../view/stakes-model';
import { caseComparisonBlocks, writeCaseComparison } from './case-comparison-export';
import { drawLadder, drawMeterCharts, type PictureWords } from './pdf-pictures';
import { MARGIN, Writer } from './pdf-writer';
import { writeCounterparts, writeRealPath } from './real-history-export';

export type Paper = 'a4' | 'letter';

type T = Translate;

const FONT = 'NotoSansKR';

type D = ReturnType<typeof under<'classroom.debrief'>>;

/** The handout as PDF bytes; `fontBase64` is a TrueType font with Hangul (see pdf-font.ts). */
export async function debriefPdf(model: DebriefModel, t: T, paper: Paper, fontBase64: string): Promise<ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true });
  doc.addFileToVFS(`${FONT}.ttf`, fontBase64);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.setFont(FONT, 'normal');
  doc.setProperties({ title: `${t('classroom.debrief.title')}: ${model.title}`, creator: 'Red Lines' });
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const w = new Writer(doc, pageH, pageW);
  const d = under(t, 'classroom.debrief');
  w.write(`${d('title')}: ${model.title}`, 20, 0, 2);
  w.write(d('subtitle', { title: model.title, length: model.length, seed: model.seed }), 10, 0, 10);
  writeOutcome(w, model, d, t);
  const words: PictureWords = {
    start: d('start'),
    end: d('end'),
    round: (n) => d('round-short', { round: n }),
    better: (m) => d(m.better === 'higher' ? 'better-higher' : 'better-lower'),
  };
  writeDecisions(w, model, d, t);
  writeLadders(w, model, d, words);
  writeRealPath(w, model, t);
  writeRounds(w, model, d, t, words);
  writeDiscussion(w, model, d);
  writeCaseComparison(w, caseComparisonBlocks(model.cases ?? [], t, model.lang));
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFontSize(8.5);
    doc.text(`${model.title} · ${p} / ${pages}`, pageW / 2, pageH - MARGIN / 2, { align: 'center' });
  }
  return doc.output('arraybuffer');
}

/** The ending, each objective's score, the teams. */
function writeOutcome(w: Writer, model: DebriefModel, d: D, t: T): void {
  w.heading(d('ending'));
  if (model.ending) {
    w.write(model.ending.label, 13);
    w.write(model.ending.text);
    if (model.ending.early) w.write(d('ending-early', { round: model.ending.round }));
  } else w.write(d('no-ending'));

  if (model.scores.length > 0) {
    w.heading(d('scores'));
    for (const s of model.scores) w.write(`• ${d('score', { label: s.label, score: s.score })}`, 10.5, 8, 1);
  }
  const own = stakesText(model.own, t);
  if (own.length > 0) w.heading(t('council.debrief.heading'));
  for (const part of own) {
    w.subheading(part.heading);
    for (const line of part.lines) w.write(`• ${line}`, 10.5, 8, 1);
  }
  if (model.teams.length > 0) {
    w.heading(d('teams'));
    for (const team of model.teams)
      w.write(
        `• ${d(team.role === '' ? 'team' : 'team-role', { name: team.name, seat: team.seat, role: team.role })}`,
        10.5,
        8,
        1,
      );
  }
}

/** One row per decision, with its rationale. */
function writeDecisions(w: Writer, model: DebriefModel, d: D, t: T): void {
  w.heading(d('decisions'));
  if (model.decisions.length === 0) w.write(d('no-decisions'));
  const entry = (title: string, rationale: string) => {
    const why = `${t('classroom.markdown.rationale')}: ${rationale === '' ? t('classroom.markdown.no-rationale') : rationale}`;
    // A decision and its rationale stay on one page.
    w.room(w.height(title) + w.height(why, 10, 14) + 6);
    w.write(title, 10.5, 0, 1);
    w.write(why, 10, 14, 5);
  };
  for (const row of model.decisions)
    entry(d('decision', { round: row.round, team: row.team, label: row.label }), row.rationale);
  if (model.undone.length > 0) {
    w.subheading(t('record.undone'));
    for (const u of model.undone)
      entry(t('record.undone-row', { round: u.round, team: u.team, label: u.label }), u.rationale);
  }
}

/** Each ladder as a picture, then the path it took in words. */
function writeLadders(w: Writer, model: DebriefModel, d: D, words: PictureWords): void {
  w.heading(d('ladders'), 15, 130);
  for (const ladder of model.ladders) {
    w.subheading(ladder.label, 12, ladder.rungs.length * 25 + 6);
    drawLadder(w, ladder, words);
    const rung = (id: string) => ladder.rungs.find((r) => r.id === id)?.label ?? id;
    if (ladder.path.length === 0) w.write(d('ladder-path-none'), 10, 8);
    for (const step of ladder.path)
      w.write(
        `${step.down ? '↓' : '↑'} ${d('ladder-step', { round: step.round, from: rung(step.from), to: rung(step.to), direction: d(step.down ? 'step-down' : 'step-up') })}`,
        10,
        8,
        1,
      );
    w.y += 4;
  }
}

/** The meters over the rounds as charts and numbers, then each round's story beside what actually happened. */
function writeRounds(w: Writer, model: DebriefModel, d: D, t: T, words: PictureWords): void {
  w.heading(d('meters'), 15, 110);
  drawMeterCharts(w, model, words);
  const labels = model.points.map((_, i) => (i === 0 ? d('meter-start') : d('round-short', { round: i })));
  w.write(labels.join('  ·  '), 9, 0, 2);
  for (const m of model.meters) w.write(`${m.label}: ${m.values.join(' → ')}`, 10, 8, 1);

  w.heading(d('timeline'));
  for (const round of model.rounds) {
    w.subheading(d('round', { round: round.round, label: round.label }));
    for (const line of round.lines) if (line.depth > 0) w.write(line.text, 9.5, 10 * line.depth, 1);
    if (round.actually) {
      w.y += 3;
      w.write(`${d('actually')}: ${round.actually.text}`, 9.5, 10, 1);
      if (round.actually.sources.length > 0)
        w.write(
          `${d('sources')}: ${round.actually.sources.map((s) => sourceText(s, model.lang)).join('; ')}`,
          8.5,
          10,
          1,
        );
    }
    writeCounterparts(w, model, round.round, t);
    w.y += 6;
  }
}

/** The discussion questions and the other donors' ladders. */
function writeDiscussion(w: Writer, model: DebriefModel, d: D): void {
  if (model.questions.length > 0) {
    w.heading(d('questions'));
    for (const [i, q] of model.questions.entries()) w.write(`${i + 1}. ${q.text}`, 10.5, 0, 3);
  }
  if (model.comparisons.length > 0) {
    // Kept with the first comparison's own heading and its first lines.
    w.heading(d('comparisons'), 15, 90);
    for (const c of model.comparisons) {
      w.subheading(c.label);
      for (const step of c.steps) {
        w.write(`${readableDate(step.date, model.lang)}: ${step.text}`, 10, 8, 1);
        if (step.sources.length > 0)
          w.write(`${d('sources')}: ${step.sources.map((s) => sourceText(s, model.lang)).join('; ')}`, 8.5, 20, 3);
      }
      if (c.sources.length > 0)
        w.write(`${d('sources')}: ${c.sources.map((s) => sourceText(s, model.lang)).join('; ')}`, 8.5, 8, 4);
    }
  }
}
