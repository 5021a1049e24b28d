/**
 * The PDF handouts' font (Noto Sans KR as TrueType, about 6 MB) is not stored with the rest of
 * the game: it is kept on this device the first time it is needed — the first PDF made while
 * online, or the title's "Download the PDF font now" — in a cache the service worker reads
 * from (vite.config.ts), so PDFs are made offline after that.
 */
import { pdfFontUrl } from '../ui/export/pdf-font';

/** The cache the service worker looks in for the font; vite.config.ts names the same one. */
export const PDF_FONT_CACHE = 'pdf-font';

/** Whether the font is on this device (false where the browser keeps no caches). */
export async function pdfFontStored(): Promise<boolean> {
  if (!('caches' in window)) return false;
  return (await caches.match(pdfFontUrl).catch(() => undefined)) !== undefined;
}

/** Downloads the font into its cache; rejects with the browser's reason when it cannot. */
export async function storePdfFont(): Promise<void> {
  const cache = await caches.open(PDF_FONT_CACHE);
  await cache.add(pdfFontUrl);
}
