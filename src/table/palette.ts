/** The table's colours and type. Tiers differ by pattern as well as colour, so colour is never the only signal. */

export const FONT = '"Noto Sans KR", "DejaVu Sans", sans-serif';

export const COLOURS = {
  woodDark: 0x3e2715,
  wood: 0x6b4426,
  woodLight: 0x8a5a32,
  gold: 0xf2c14e,
  paper: 0xf6efdc,
  paperShade: 0xe4d9bc,
  plate: 0x0a1a12,
  open: 0x7ee0a8,
  locked: 0x9a8f7a,
} as const;

export const CSS = {
  ink: '#221c14',
  inkSoft: '#5a5140',
  cream: '#f4efe2',
  creamSoft: '#d9d0b8',
  open: '#9ff0c0',
  lockedText: '#ffd0c8',
  good: '#1f7a4d',
  bad: '#a3261c',
} as const;

/** A tier's look: a colour and a pattern texture, by the tier's position on its ladder. */
export const TIERS = [
  { colour: 0x3b6f8f, pattern: 'pat-dots' },
  { colour: 0xb07f24, pattern: 'pat-stripes' },
  { colour: 0xa7392f, pattern: 'pat-cross' },
  { colour: 0x6a4c93, pattern: 'pat-grid' },
] as const;

export function tierLook(index: number): (typeof TIERS)[number] {
  return TIERS[Math.max(0, index) % TIERS.length] as (typeof TIERS)[number];
}

/** Meter bars: calm, distinct hues; each bar also carries its own label and number. */
export const METER_FILLS = [0x4f9fd1, 0xe0a93b, 0xd4644f, 0x6fbf73, 0x9b7fd1, 0xc9c9c9] as const;
