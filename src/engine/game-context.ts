/** The machine's context: everything about a game in progress that is not a state. */
import type { Effect } from './effect-schema';

/** Where a change came from: the card, event or reaction, by id. */
export interface Cause {
  kind: 'card' | 'event' | 'reaction' | 'delayed' | 'round' | 'inject' | 'line';
  id: string;
  seat?: string;
}

/** One line of the game's history; the debrief, the replay text and the CSV are read from it. */
export type LogEntry =
  | { kind: 'round'; round: number; aftermath?: true }
  | { kind: 'event'; round: number; id: string; injected?: boolean }
  | { kind: 'inject'; round: number; id: string; title: string; text: string }
  | { kind: 'card'; round: number; id: string; seat: string; team?: string; rationale?: string }
  | { kind: 'reaction'; round: number; id: string; seat: string }
  | { kind: 'meter'; round: number; id: string; from: number; to: number; cause: Cause; note?: string }
  | { kind: 'capital'; round: number; from: number; to: number; cause: Cause; note?: string }
  | { kind: 'rung'; round: number; ladder: string; from: string; to: string; cause: Cause; note?: string }
  | { kind: 'blocked'; round: number; ladder: string; cause: Cause }
  | { kind: 'flag'; round: number; id: string; value: boolean; cause: Cause }
  | { kind: 'roll'; round: number; label: string; chance: number; roll: number; success: boolean; cause: Cause }
  | { kind: 'scheduled'; round: number; due: number; label: string; cause: Cause }
  | { kind: 'pause'; round: number; paused: boolean }
  | { kind: 'extend'; round: number; seconds: number }
  | { kind: 'ending'; round: number; id: string; early?: boolean }
  | { kind: 'line'; round: number; id: string; status: LineStatus; declared: 'public' | 'private' }
  | { kind: 'proposal'; round: number; team: string; card: string; rationale?: string }
  | { kind: 'withdrawn'; round: number; team: string; card: string }
  | { kind: 'council'; round: number; team: string; adopted: string[]; rationale?: string }
  | { kind: 'veto'; round: number; team: string; card: string }
  | { kind: 'vote-called'; round: number; vote: string; label: string; team: string; cause: Cause }
  | {
      kind: 'vote';
      round: number;
      vote: string;
      label: string;
      yes: boolean;
      team?: string;
      chance?: number;
      cause: Cause;
    };

/** A vote waiting for the team that holds its voter (see votes.ts). */
export interface WaitingVote {
  vote: string;
  label: string;
  team: string;
  yes: Effect[];
  no: Effect[];
  cause: Cause;
}

/** A card a team proposed to the council this round. */
export interface Proposal {
  team: string;
  card: string;
  rationale?: string;
}

/** Where a red line (or a pledge) stands: see red-lines.ts. */
export type LineStatus = 'declared' | 'tested' | 'crossed' | 'answered' | 'unanswered' | 'judgedNot' | 'broken';

/** A declared red line: how it was declared, when, where it stands, and the last round it may be answered in. */
export interface LineState {
  declared: 'public' | 'private';
  round: number;
  status: LineStatus;
  due?: number;
}

/** Effects waiting for a later round. */
export interface Pending {
  due: number;
  label: string;
  effects: Effect[];
  cause: Cause;
}

export interface GameContext {
  seed: number;
  rng: number;
  /** The length being played ('' before the game starts). */
  length: string;
  rounds: number;
  round: number;
  /** The seats that teams hold; the bots of every other seat react in the resolve phase. */
  humans: string[];
  teams: { id: string; name: string; seat: string; role?: string }[];
  requireRationale: boolean;
  /** The deliberation time of the current round, including the facilitator's extensions. */
  deliberationSeconds: number;
  /** The deliberation time each round starts with. */
  deliberationBase: number;
  paused: boolean;
  injects: number;
  meters: Record<string, number>;
  capital: number;
  /** The rung of each ladder: the one place the ladder position is kept; the ladder regions of the machine follow it (see machine.ts). */
  rungs: Record<string, string>;
  // The four records below grow key by key as the game goes; they have no prototype (see draft.ts).
  flags: Record<string, boolean>;
  /** How many times each card has been played. */
  played: Record<string, number>;
  playedThisRound: string[];
  /** The round each event was last drawn in. */
  seen: Record<string, number>;
  /** The round each reaction last fired in. */
  reactionsFired: Record<string, number>;
  pending: Pending[];
  triggered: string[];
  /** This round's open proposals and whether the chair has decided: only in a scenario with a council. */
  council?: { proposals: Proposal[]; decided: boolean };
  /** Votes called by this round's cards that wait for their voter's team: only once a vote has been called. */
  votes?: WaitingVote[];
  /** The red lines declared so far, by id: only in a scenario that has red lines. */
  lines?: Record<string, LineState>;
  ending: string;
  log: LogEntry[];
}
