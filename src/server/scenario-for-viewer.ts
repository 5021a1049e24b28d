/**
 * The scenario as one viewer may see it. A team sees its own role's brief (a team speaking for
 * a whole seat sees that seat's briefs); the projector sees no brief; the console sees all.
 * Seats and roles are copied field by field from a list of public fields, so private
 * information added to the format later stays on the server until it is listed here.
 */
import type { Scenario } from '../engine/scenario-schema';
import type { Viewer } from '../engine/views';

type Seat = Scenario['seats'][number];
type Role = Seat['roles'][number];
type Brief = Role['brief'];

/** A brief with nothing in it, where the format requires one and the viewer may not read it. */
const HIDDEN: Brief = { summary: '', goals: [], worries: [], redLines: [], owns: '' };

/** The team a viewer plays for, as the game's teams list has it. */
export interface TeamPlace {
  seat: string;
  role?: string;
}

function roleFor(role: Role, open: boolean): Role {
  return { id: role.id, label: role.label, brief: open ? role.brief : HIDDEN };
}

function seatFor(seat: Seat, viewer: Viewer, place: TeamPlace | undefined): Seat {
  const all = viewer.kind === 'facilitator';
  const mine = place?.seat === seat.id || (viewer.kind === 'seat' && viewer.seat === seat.id);
  const wholeSeat = all || (mine && place?.role === undefined);
  const out: Seat = {
    id: seat.id,
    label: seat.label,
    kind: seat.kind,
    description: seat.description,
    roles: seat.roles.map((r) => roleFor(r, wholeSeat || (mine && place?.role === r.id))),
  };
  if (seat.brief && (all || mine)) out.brief = seat.brief;
  return out;
}

/** The scenario with every brief the viewer may not read left out. `place` is the viewer's team, if any. */
export function scenarioForViewer(scenario: Scenario, viewer: Viewer, place?: TeamPlace): Scenario {
  return { ...scenario, seats: scenario.seats.map((s) => seatFor(s, viewer, place)) };
}

const shared = new Map<string, Scenario>();

/**
 * The same, made once per scenario and place and shared by every class that plays it (a
 * process with a hundred classes keeps a handful of copies, not seven per class).
 */
export function sharedScenarioForViewer(scenario: Scenario, viewer: Viewer, place?: TeamPlace): Scenario {
  const who = viewer.kind === 'team' ? `team:${place?.seat ?? ''}/${place?.role ?? ''}` : viewer.kind;
  const key = `${scenario.id}@${scenario.version}:${who}`;
  let made = shared.get(key);
  // The copy shares the scenario's cards: others mean another text under the same id and version (an edited file).
  if (made === undefined || made.cards !== scenario.cards) {
    made = scenarioForViewer(scenario, viewer, place);
    // Bounded: scenarios from files come and go, the bundled ones are made again on their next join.
    if (shared.size > 500) shared.clear();
    shared.set(key, made);
  }
  return made;
}
