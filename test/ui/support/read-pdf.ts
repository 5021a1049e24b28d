/** Reads a PDF's text back page by page, with pdf.js, as a test that the handout says what it should. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** Page size in points, [width, height], of the first page. */
  size: [number, number];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  let size: [number, number] = [0, 0];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    if (i === 1) size = [page.view[2] ?? 0, page.view[3] ?? 0];
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await doc.destroy();
  return { pages, size };
}

/** One line of text as a page shows it: its words, its font size and how far down the page it sits. */
export interface PdfLine {
  text: string;
  size: number;
  /** Distance from the top of the page, in points. */
  top: number;
}

export interface PdfPage {
  lines: PdfLine[];
  /** How many shapes (lines, boxes, curves) the page draws: 0 on a page of text only. */
  shapes: number;
}

/** Reads each page's text with its sizes and places, and counts the shapes drawn on it. */
export async function readPdfLayout(bytes: Uint8Array): Promise<PdfPage[]> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    const lines = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [
            {
              text: item.str,
              size: Math.round(Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) * 10) / 10,
              top: height - (item.transform[5] ?? 0),
            },
          ]
        : [],
    );
    const ops = await page.getOperatorList();
    const shapes = ops.fnArray.filter((fn) => fn === OPS.constructPath).length;
    pages.push({ lines: lines.sort((a, b) => a.top - b.top), shapes });
  }
  await doc.destroy();
  return pages;
}
