/**
 * What really happened, for the debrief only: the real government's acts placed on its ladder
 * (`debrief.actualPath`), drawn beside the class's own path, and what really happened for the
 * hypothetical news the class met that had a real counterpart (an event's `actually`). Nothing
 * here is shown during play. Pure: no DOM.
 */
import type { LogEntry } from '../engine/game-context';
import type { Scenario } from '../engine/scenario-schema';
import { readableDate } from './language';
import type { Translate } from './locale';

type Source = Scenario['sources'][number];

/** One real act, numbered in date order as the diagram marks it. */
export interface ActualStep {
  n: number;
  date: string;
  rung: string;
  rungLabel: string;
  /** Claimed, never confirmed. */
  reported: boolean;
  text: string;
  sources: Source[];
}

export interface ActualPath {
  /** The ladder it is drawn on. */
  ladder: string;
  /** The scenario's own title for it, if it gives one. */
  label?: string;
  steps: ActualStep[];
}

/** A hypothetical event the class met, and what really happened. */
export interface Counterpart {
  round: number;
  event: string;
  title: string;
  text: string;
  sources: Source[];
}

export interface RealHistory {
  actualPath?: ActualPath;
  /** In the order the class met them. */
  counterparts: Counterpart[];
}

/** The real path and the counterparts of the events in a game's log. */
export function realHistory(s: Scenario, log: readonly LogEntry[]): RealHistory {
  const byId = new Map(s.sources.map((x) => [x.id, x]));
  const sources = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const path = s.debrief.actualPath;
  const rungs = s.ladders.find((l) => l.id === path?.ladder)?.rungs ?? [];
  const events = new Map(s.events.map((e) => [e.id, e]));
  const counterparts: Counterpart[] = [];
  for (const entry of log) {
    const e = entry.kind === 'event' ? events.get(entry.id) : undefined;
    if (!e?.actually || counterparts.some((c) => c.event === e.id)) continue;
    counterparts.push({
      round: entry.round,
      event: e.id,
      title: e.title,
      text: e.actually.text,
      sources: sources(e.actually.sources),
    });
  }
  if (!path) return { counterparts };
  const steps = path.steps.map((st, i) => ({
    n: i + 1,
    date: st.date,
    rung: st.rung,
    rungLabel: rungs.find((r) => r.id === st.rung)?.label ?? st.rung,
    reported: st.kind === 'reported',
    text: st.text,
    sources: sources(st.sources),
  }));
  const actualPath: ActualPath = {
    ladder: path.ladder,
    steps,
    ...(path.label === undefined ? {} : { label: path.label }),
  };
  return { actualPath, counterparts };
}

/** A source as the debrief cites it: publisher, title and date in `lang` (the address is its link, or follows in print). */
export function citation(source: Source, lang: string): string {
  const date = source.date === undefined ? undefined : readableDate(source.date, lang);
  return [source.publisher, source.title, date].filter((x) => x !== undefined && x !== '').join(', ');
}

/** The first line of a real act: its date (as `lang` writes it) and rung, and whether it was only reported. */
export function actLine(step: ActualStep, t: Translate, lang: string): string {
  const line = t('real.step', { date: readableDate(step.date, lang), rung: step.rungLabel });
  return step.reported ? `${line} (${t('real.reported')})` : line;
}

/** What the drawing of the real path says to a screen reader. */
export function actualPathDescription(path: ActualPath, t: Translate, lang: string): string {
  const steps = path.steps.map((st) =>
    t('real.diagram-step', { n: st.n, date: readableDate(st.date, lang), rung: st.rungLabel }),
  );
  return t('real.diagram', { label: path.label ?? t('real.label'), steps: steps.join('; ') });
}
