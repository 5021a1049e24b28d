/**
 * The printable handout: the debrief as a PDF in A4 or Letter, with the same content as the
 * Markdown. It embeds a font that has Hangul (Noto Sans KR), so a Korean translation prints
 * too. jsPDF is loaded only when a handout is made. Every piece of text is written as text.
 */

import { type DebriefModel, sourceText } from '../../view/debrief-model';
import { type Translate, under } from '../../view/locale';

export type Paper = 'a4' | 'letter';

type T = Translate;

const FONT = 'NotoSansKR';
const MARGIN = 50;

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
  const width = pageW - 2 * MARGIN;
  let y = MARGIN;

  const room = (needed: number) => {
    if (y + needed > pageH - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
  };
  const write = (text: string, size = 10.5, indent = 0, gap = 4) => {
    doc.setFontSize(size);
    const lines = doc.splitTextToSize(text, width - indent) as string[];
    const lineH = size * 1.35;
    for (const line of lines) {
      room(lineH);
      doc.text(line, MARGIN + indent, y + size);
      y += lineH;
    }
    y += gap;
  };
  const heading = (text: string, size = 15) => {
    room(size * 3);
    y += size * 0.6;
    write(text, size, 0, 2);
    doc.setLineWidth(0.6);
    doc.line(MARGIN, y, MARGIN + width, y);
    y += 8;
  };
  const d = under(t, 'classroom.debrief');

  write(`${d('title')}: ${model.title}`, 20, 0, 2);
  write(d('subtitle', { title: model.title, length: model.length, seed: model.seed }), 10, 0, 10);

  heading(d('ending'));
  if (model.ending) {
    write(model.ending.label, 13);
    write(model.ending.text);
    if (model.ending.early) write(d('ending-early', { round: model.ending.round }));
  } else write(d('no-ending'));

  if (model.scores.length > 0) {
    heading(d('scores'));
    for (const s of model.scores) write(`• ${d('score', { label: s.label, score: s.score })}`, 10.5, 8, 1);
  }
  if (model.teams.length > 0) {
    heading(d('teams'));
    for (const team of model.teams)
      write(
        `• ${d(team.role === '' ? 'team' : 'team-role', { name: team.name, seat: team.seat, role: team.role })}`,
        10.5,
        8,
        1,
      );
  }

  heading(d('decisions'));
  if (model.decisions.length === 0) write(d('no-decisions'));
  for (const row of model.decisions) {
    write(d('decision', { round: row.round, team: row.team, label: row.label }), 10.5, 0, 1);
    write(
      `${t('classroom.markdown.rationale')}: ${row.rationale === '' ? t('classroom.markdown.no-rationale') : row.rationale}`,
      10,
      14,
      5,
    );
  }

  heading(d('ladders'));
  for (const ladder of model.ladders) {
    write(ladder.label, 12, 0, 2);
    const rung = (id: string) => ladder.rungs.find((r) => r.id === id)?.label ?? id;
    if (ladder.path.length === 0) write(d('ladder-path-none'), 10, 8);
    for (const step of ladder.path)
      write(
        `${step.down ? '↓' : '↑'} ${d('ladder-step', { round: step.round, from: rung(step.from), to: rung(step.to), direction: d(step.down ? 'step-down' : 'step-up') })}`,
        10,
        8,
        1,
      );
    y += 4;
  }

  heading(d('meters'));
  const labels = model.points.map((_, i) => (i === 0 ? d('meter-start') : `R${i}`));
  write(labels.join('  ·  '), 9, 0, 2);
  for (const m of model.meters) write(`${m.label}: ${m.values.join(' → ')}`, 10, 8, 1);

  heading(d('timeline'));
  for (const round of model.rounds) {
    write(d('round', { round: round.round, label: round.label }), 12, 0, 2);
    for (const line of round.lines) if (line.depth > 0) write(line.text, 9.5, 10 * line.depth, 1);
    if (round.actually) {
      y += 3;
      write(`${d('actually')}: ${round.actually.text}`, 9.5, 10, 1);
      if (round.actually.sources.length > 0)
        write(`${d('sources')}: ${round.actually.sources.map(sourceText).join('; ')}`, 8.5, 10, 1);
    }
    y += 6;
  }

  if (model.questions.length > 0) {
    heading(d('questions'));
    for (const [i, q] of model.questions.entries()) write(`${i + 1}. ${q.text}`, 10.5, 0, 3);
  }
  if (model.comparisons.length > 0) {
    heading(d('comparisons'));
    for (const c of model.comparisons) {
      write(c.label, 12, 0, 2);
      for (const step of c.steps) write(`${step.date}: ${step.text}`, 10, 8, 1);
      if (c.sources.length > 0) write(`${d('sources')}: ${c.sources.map(sourceText).join('; ')}`, 8.5, 8, 4);
    }
  }

  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFontSize(8.5);
    doc.text(`${model.title} · ${p} / ${pages}`, pageW / 2, pageH - MARGIN / 2, { align: 'center' });
  }
  return doc.output('arraybuffer');
}
