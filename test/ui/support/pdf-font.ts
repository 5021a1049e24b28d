/** The handout's TrueType font as base64, read from the package the game fetches it from. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function pdfFontBase64(): string {
  cached ??= readFileSync(
    fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf')),
  ).toString('base64');
  return cached;
}
