/**
 * The class set-up form's values, checked into a `game.start` event plus what stays outside
 * the game (the session's name and the facilitator's PIN). Pure, so the rules are tested in Node.
 */
import { PlayerEventSchema, type StartEvent, type TeamSpec } from '../engine/game-events';
import type { Scenario } from '../engine/scenario-schema';
import type { ClassConfig } from '../session/class-session';
import type { KeysUnder } from './locale';

export type { ClassConfig };

/** The most teams the engine takes; one screen and one projector hold about this many. */
export const MAX_TEAMS = 6;
export const PIN_PATTERN = /^\d{4,8}$/;

/** One row of the teams table as the form holds it; `plays` is a seat id, or `seat/role`. */
export interface TeamRow {
  name: string;
  plays: string;
}

export interface ClassSetupValues {
  name: string;
  length: string;
  deliberationSeconds: number;
  requireRationale: boolean;
  pin: string;
  teams: TeamRow[];
}

/** A field and the locale key of what is wrong with it; `field` is the form control's name. */
export interface FieldError {
  field: string;
  key: KeysUnder<'classroom.setup.errors'>;
  params?: Record<string, string | number>;
}

export type ConfigResult = { ok: true; value: ClassConfig } | { ok: false; errors: FieldError[] };

/** Something a team can speak for: a role at the player's table, or a whole seat (an actor instead of its bot). */
export interface SeatChoice {
  value: string;
  seat: string;
  role?: string;
  /** The seat's label, and the role's when there is one. */
  seatLabel: string;
  roleLabel?: string;
  kind: 'player' | 'actor';
}

/** Every seat and role a team may take, in the scenario's order: the player's roles first. */
export function seatChoices(scenario: Scenario): SeatChoice[] {
  const out: SeatChoice[] = [];
  for (const seat of scenario.seats) {
    if (seat.roles.length > 0)
      for (const role of seat.roles)
        out.push({
          value: `${seat.id}/${role.id}`,
          seat: seat.id,
          role: role.id,
          seatLabel: seat.label,
          roleLabel: role.label,
          kind: seat.kind,
        });
    else out.push({ value: seat.id, seat: seat.id, seatLabel: seat.label, kind: seat.kind });
  }
  const rank = (c: SeatChoice) => (c.seat === scenario.player ? 0 : c.kind === 'player' ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** The form's starting values: the first length, three teams on the first roles, the rule on. */
export function defaultValues(scenario: Scenario, teamName: (n: number) => string): ClassSetupValues {
  const length = scenario.lengths[0];
  const choices = seatChoices(scenario);
  const teams = [0, 1, 2]
    .filter((i) => i < Math.max(1, choices.length))
    .map((i) => ({ name: teamName(i + 1), plays: choices[i % choices.length]?.value ?? scenario.player }));
  return {
    name: '',
    length: length?.id ?? '',
    deliberationSeconds: length?.deliberationSeconds ?? 180,
    requireRationale: true,
    pin: '',
    teams,
  };
}

/** Checks the form; every problem is returned at once, each on its field. */
export function classConfigOf(scenario: Scenario, values: ClassSetupValues): ConfigResult {
  const errors: FieldError[] = [];
  const choices = new Map(seatChoices(scenario).map((c) => [c.value, c]));
  if (!scenario.lengths.some((l) => l.id === values.length)) errors.push({ field: 'length', key: 'length' });
  const seconds = values.deliberationSeconds;
  if (!Number.isInteger(seconds) || seconds < 10 || seconds > 3600)
    errors.push({ field: 'deliberationSeconds', key: 'seconds', params: { min: 10, max: 3600 } });
  if (!PIN_PATTERN.test(values.pin)) errors.push({ field: 'pin', key: 'pin' });
  if (values.teams.length < 1 || values.teams.length > MAX_TEAMS)
    errors.push({ field: 'teams', key: 'team-count', params: { max: MAX_TEAMS } });

  const names = new Set<string>();
  const taken = new Set<string>();
  const teams: TeamSpec[] = [];
  for (const [i, row] of values.teams.entries()) {
    const name = row.name.trim();
    const folded = name.toLocaleLowerCase();
    if (name === '') errors.push({ field: `team-${i}-name`, key: 'team-name' });
    else if (name.length > 40) errors.push({ field: `team-${i}-name`, key: 'team-name-long', params: { max: 40 } });
    else if (names.has(folded)) errors.push({ field: `team-${i}-name`, key: 'team-name-twice', params: { name } });
    names.add(folded);
    const choice = choices.get(row.plays);
    if (!choice) errors.push({ field: `team-${i}-plays`, key: 'team-plays' });
    else if (taken.has(choice.value))
      errors.push({ field: `team-${i}-plays`, key: 'team-plays-twice', params: { name } });
    else {
      taken.add(choice.value);
      const team: TeamSpec = { id: `team-${i + 1}`, name, seat: choice.seat };
      if (choice.role !== undefined) team.role = choice.role;
      teams.push(team);
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const start: StartEvent = {
    type: 'game.start',
    length: values.length,
    teams,
    requireRationale: values.requireRationale,
    deliberationSeconds: seconds,
  };
  // The engine's own schema has the last word, so the form can never start a game the engine refuses.
  const checked = PlayerEventSchema.safeParse(start);
  if (!checked.success) return { ok: false, errors: [{ field: 'teams', key: 'invalid' }] };
  return { ok: true, value: { name: values.name.trim(), pin: values.pin, start } };
}
