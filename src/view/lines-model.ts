/**
 * The red lines and pledges beside the table: every declared line with how it was declared, where
 * it stands, and the last round its answer is due in, and the meter the scenario names as the
 * council's credibility. It reads the viewer's view, so a private line is already absent from the
 * projector's (see the engine's views).
 */
import type { LineStatus } from '../engine/game-context';
import type { Scenario } from '../engine/scenario-schema';
import type { GameView } from '../session/session';

export interface LineModel {
  id: string;
  label: string;
  text: string;
  kind: 'line' | 'pledge';
  declared: 'public' | 'private';
  status: LineStatus;
  /** The last round an answer may come in, while one is due (tested or crossed). */
  due?: number;
}

export interface LinesModel {
  lines: LineModel[];
  credibility?: { label: string; value: number; max: number };
}

/** Null when the scenario has no red lines; otherwise the declared ones, in the file's order. */
export function linesModel(scenario: Scenario, view: Pick<GameView, 'lines' | 'meters'>): LinesModel | null {
  if (!scenario.redLines?.length) return null;
  const lines = scenario.redLines.flatMap((line): LineModel[] => {
    const state = view.lines?.[line.id];
    if (!state) return [];
    const waiting = state.status === 'tested' || state.status === 'crossed';
    return [
      {
        id: line.id,
        label: line.label,
        text: line.text,
        kind: line.kind,
        declared: state.declared,
        status: state.status,
        ...(waiting && state.due !== undefined ? { due: state.due } : {}),
      },
    ];
  });
  const meter = scenario.meters.find((m) => m.id === scenario.rules.credibility);
  return meter
    ? { lines, credibility: { label: meter.label, value: view.meters[meter.id] ?? meter.start, max: meter.max } }
    : { lines };
}
