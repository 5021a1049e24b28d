/** Who is looking at a game. */

/** Who is looking: a team (its own device, or its turn on a shared one), a seat played alone, the projector, the console. */
export type Viewer =
  | { kind: 'team'; team: string }
  | { kind: 'seat'; seat: string }
  | { kind: 'projector' }
  | { kind: 'facilitator' };
