/** Hands a file to the browser to save, as a download with a file name. */

/** Saves `content` as a file named `name`. */
export function download(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a session's name: letters, digits and dashes only, so every system accepts it. */
export function fileName(base: string, extension: string): string {
  const safe = base
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${safe === '' ? 'red-lines' : safe}.${extension}`;
}
