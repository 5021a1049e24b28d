/**
 * Finds the dates an English text mentions, for the hindsight check: ISO dates, day and month
 * ("29 October 2024", "22–24 October", "October 29, 2024"), month and year ("January 2025"),
 * a month alone ("in November") and a year alone ("in 2025"). Each mention is read as the
 * earliest day it can mean, so a text that names the current month or an earlier date is never
 * taken for hindsight.
 */

/** One date a text mentions. */
export interface DateMention {
  /** The words as written, such as "29 October 2024". */
  text: string;
  /** Where the words start in the text. */
  index: number;
  /** The earliest day the words can mean, YYYY-MM-DD. */
  date: string;
  /**
   * The text looks forward to the date ("by December", "from 2025", "scheduled for 5
   * November"): a plan, a forecast or a deadline known in advance, not knowledge of what
   * happened.
   */
  forward: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// Capitalised only, so the verb "may" or "march" is never read as a month.
const MONTH = `(${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE = '(?:\\s*[–-]\\s*\\d{1,2})?';
const YEAR = '((?:19|20)\\d{2})';

/** Patterns from the most to the least precise; an earlier match wins where two overlap. */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Partial<Parts> }[] = [
  {
    re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  { re: /(?<![\d-])(\d{4})-(\d{2})(?![\d-])/g, read: (m) => ({ year: Number(m[1]), month: Number(m[2]) }) },
  {
    re: new RegExp(`(?<![\\w-])${DAY}${RANGE}\\s+${MONTH}(?:,?\\s+${YEAR})?(?![\\w])`, 'g'),
    read: (m) => ({ day: Number(m[1]), month: monthNumber(m[2]), year: optional(m[3]) }),
  },
  {
    re: new RegExp(`(?<![\\w])${MONTH}\\s+${DAY}(?:,\\s*${YEAR})?(?![\\w,.]\\d)(?![\\d])`, 'g'),
    read: (m) => ({ month: monthNumber(m[1]), day: Number(m[2]), year: optional(m[3]) }),
  },
  {
    re: new RegExp(`(?<![\\w])${MONTH},?\\s+${YEAR}(?![\\w])`, 'g'),
    read: (m) => ({ month: monthNumber(m[1]), year: Number(m[2]) }),
  },
  { re: new RegExp(`(?<![\\w])${MONTH}(?![\\w])`, 'g'), read: (m) => ({ month: monthNumber(m[1]) }) },
  { re: /(?<![\w,.$€£–-])((?:19|20)\d{2})(?![\w%]|[,.]\d|\s*(?:mm|km)\b)/g, read: (m) => ({ year: Number(m[1]) }) },
];

/** What may stand between a cue word and the date: "by the end of", "from early". */
const PART = '(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+|early\\s+|late\\s+|mid-?)?$';
/** Words that always look forward to the date after them: "scheduled for 5 November". */
const PLANNED = new RegExp(
  `\\b(?:due|scheduled|planned|expected|set|projected|forecast)(?:\\s+(?:on|in|for|by|to))?\\s+${PART}`,
  'i',
);
/** Words that look forward only in a sentence about the future: "heading for 10,000 by December". */
const LIMIT = new RegExp(`\\b(?:by|from|before|until|till)\\s+${PART}`, 'i');
const FUTURE =
  /\b(?:will|would|could|may|might|to be|expect\w*|plan\w*|pledg\w*|promis\w*|heading|forecast\w*|predict\w*|aim\w*)\b/i;

/** True when the words just before a date look forward to it rather than back. */
function looksForward(before: string): boolean {
  const sentence = before.split(/[.;!?](?=\s)/).at(-1) ?? before;
  return PLANNED.test(sentence) || (LIMIT.test(sentence) && FUTURE.test(sentence));
}

interface Parts {
  year: number | undefined;
  month: number | undefined;
  day: number | undefined;
}

function monthNumber(name: string | undefined): number {
  const short = (name ?? '').replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(short)) + 1;
}

function optional(year: string | undefined): number | undefined {
  return year === undefined ? undefined : Number(year);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every date the text mentions. `today` (YYYY-MM-DD) gives the year of a mention that names
 * none and follows no year in the text, such as "on 29 October".
 */
export function dateMentions(text: string, today: string): DateMention[] {
  const found: { index: number; end: number; text: string; parts: Partial<Parts> }[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      found.push({ index, end, text: m[0], parts: read(m) });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const out: DateMention[] = [];
  for (const [i, f] of found.entries()) {
    const year = f.parts.year ?? yearFor(found, i, text) ?? Number(today.slice(0, 4));
    const month = f.parts.month ?? 1;
    const day = f.parts.day ?? 1;
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({
      text: f.text,
      index: f.index,
      date: `${year}-${pad(month)}-${pad(day)}`,
      forward: looksForward(text.slice(Math.max(0, f.index - 160), f.index)),
    });
  }
  return out;
}

/**
 * The year of a mention that gives none: the year that closes a range it opens ("31 October–1
 * November 2024"), else the last year named before it in the text.
 */
function yearFor(found: readonly { index: number; end: number; parts: Partial<Parts> }[], i: number, text: string) {
  const here = found[i];
  const next = found[i + 1];
  if (here && next?.parts.year !== undefined && /^\s*[–-]\s*$/.test(text.slice(here.end, next.index)))
    return next.parts.year;
  for (let j = i - 1; j >= 0; j--) {
    const year = found[j]?.parts.year;
    if (year !== undefined) return year;
  }
  return undefined;
}
