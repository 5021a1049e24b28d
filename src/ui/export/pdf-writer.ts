/**
 * Writes the handout down its pages: text that wraps and starts a new page when the next line
 * would not fit, headings that never stay alone at the foot of a page, and room kept for a
 * picture before it is drawn.
 */
import type { jsPDF } from 'jspdf';

export const MARGIN = 50;

/** Body text under a heading that must fit on the heading's page: about three lines. */
const KEEP_WITH_HEADING = 42;

export class Writer {
  y = MARGIN;
  readonly width: number;
  readonly pageH: number;

  constructor(
    readonly doc: jsPDF,
    pageH: number,
    pageW: number,
  ) {
    this.width = pageW - 2 * MARGIN;
    this.pageH = pageH;
  }

  /** Starts a new page unless `needed` points still fit on this one. */
  room(needed: number): void {
    if (this.y + needed > this.pageH - MARGIN) {
      this.doc.addPage();
      this.y = MARGIN;
    }
  }

  /** How tall `text` is once wrapped, in points. */
  height(text: string, size = 10.5, indent = 0): number {
    this.doc.setFontSize(size);
    return (this.doc.splitTextToSize(text, this.width - indent) as string[]).length * size * 1.35;
  }

  write(text: string, size = 10.5, indent = 0, gap = 4): void {
    this.doc.setFontSize(size);
    const lines = this.doc.splitTextToSize(text, this.width - indent) as string[];
    const lineH = size * 1.35;
    for (const line of lines) {
      this.room(lineH);
      this.doc.text(line, MARGIN + indent, this.y + size);
      this.y += lineH;
    }
    this.y += gap;
  }

  /** A section's heading with a rule under it, kept on the page of what follows (`follow` points of it). */
  heading(text: string, size = 15, follow = KEEP_WITH_HEADING): void {
    this.room(size * 0.6 + this.height(text, size) + 10 + follow);
    this.y += size * 0.6;
    this.write(text, size, 0, 2);
    this.doc.setLineDashPattern([], 0);
    this.doc.setDrawColor(0, 0, 0);
    this.doc.setLineWidth(0.6);
    this.doc.line(MARGIN, this.y, MARGIN + this.width, this.y);
    this.y += 8;
  }

  /** A smaller heading inside a section (a round, a ladder), kept with the first `follow` points under it. */
  subheading(text: string, size = 12, follow = KEEP_WITH_HEADING): void {
    this.room(this.height(text, size) + 2 + follow);
    this.write(text, size, 0, 2);
  }
}
