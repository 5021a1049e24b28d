/**
 * Private facts: what a role's (or a seat's) brief tells only the team holding it. A team holding
 * a role reads that role's facts and its seat's; a team alone at its seat, or without a role, also
 * reads the facts of the seat's roles no other team holds; a seat played alone reads all of them;
 * the projector and the console read none (the class sees both).
 */
import type { GameContext } from './game-context';
import type { PrivateFact, Scenario, Seat } from './scenario-schema';
import type { Viewer } from './viewer';

type Team = GameContext['teams'][number];

/** The roles of a seat whose private facts the viewer reads ([] for none); `seat` undefined when the viewer reads no seat's. */
function readerOf(teams: readonly Team[], viewer: Viewer): { seat: string; roles: (seat: Seat) => string[] } | null {
  if (viewer.kind === 'seat') return { seat: viewer.seat, roles: (s) => s.roles.map((r) => r.id) };
  if (viewer.kind !== 'team') return null;
  const team = teams.find((t) => t.id === viewer.team);
  if (!team) return null;
  if (team.role !== undefined) return { seat: team.seat, roles: () => [team.role as string] };
  const held = new Set(teams.filter((t) => t.seat === team.seat && t.id !== team.id).map((t) => t.role));
  return { seat: team.seat, roles: (s) => s.roles.filter((r) => !held.has(r.id)).map((r) => r.id) };
}

/** The private facts one viewer reads: its seat's brief's, then its roles', in the scenario's order. */
export function privateFactsFor(scenario: Scenario, teams: readonly Team[], viewer: Viewer): PrivateFact[] {
  const reader = readerOf(teams, viewer);
  const seat = reader && scenario.seats.find((s) => s.id === reader.seat);
  if (!reader || !seat) return [];
  const roles = new Set(reader.roles(seat));
  return [
    ...(seat.brief?.private ?? []),
    ...seat.roles.filter((r) => roles.has(r.id)).flatMap((r) => r.brief.private ?? []),
  ];
}

/**
 * The scenario as one viewer's device may hold it: every private fact the viewer does not read is
 * taken out (a remote device gets this, never the whole file).
 */
export function publicScenario(scenario: Scenario, viewer: Viewer, teams: readonly Team[] = []): Scenario {
  const reader = readerOf(teams, viewer);
  return {
    ...scenario,
    seats: scenario.seats.map((seat) => {
      const mine = reader?.seat === seat.id;
      const roles = new Set(mine && reader ? reader.roles(seat) : []);
      return {
        ...seat,
        ...(seat.brief ? { brief: mine ? seat.brief : withoutFacts(seat.brief) } : {}),
        roles: seat.roles.map((r) => (roles.has(r.id) ? r : { ...r, brief: withoutFacts(r.brief) })),
      };
    }),
  };
}

function withoutFacts<B extends { private?: PrivateFact[] }>(brief: B): B {
  if (brief.private === undefined) return brief;
  const { private: _hidden, ...rest } = brief;
  return rest as B;
}
