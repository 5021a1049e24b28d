/**
 * The handout's font: Noto Sans KR as TrueType (jsPDF embeds TrueType, not the web font's
 * WOFF2), bundled as a file of its own and fetched only when a PDF is made — it is large.
 */
import fontUrl from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';

/** Where the font is served; the page keeps it on the device under this address. */
export const pdfFontUrl: string = fontUrl;

let cached: Promise<string> | undefined;

/** The font as base64, as jsPDF takes it; fetched once per page. */
export function pdfFont(): Promise<string> {
  cached ??= fetch(fontUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`font ${response.status}`);
      return response.arrayBuffer();
    })
    .then(base64Of)
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

/** Base64 of bytes, in slices so a large font does not overflow the argument list. */
export function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
