/**
 * What a class's devices are told about each other: which teams are done with the phase and
 * which have a device online (everyone), and the console's list of devices. Devices carry a
 * number and a team, never a name.
 */
import type { Viewer } from '../engine/views';
import type { ClassMessage, RosterMessage } from '../session/protocol';
import type { DeviceRecord } from './store/class-store';

export type ClassNow = ClassMessage;

/** The viewer a device shows. */
export function viewerOf(device: DeviceRecord): Viewer {
  if (device.kind === 'team') return { kind: 'team', team: device.team ?? '' };
  return { kind: device.kind };
}

/** The teams done, and the teams with at least one device connected. */
export function classNow(
  done: string[],
  connected: readonly ({ device: string } | undefined)[],
  devices: ReadonlyMap<string, DeviceRecord>,
): ClassNow {
  const online = new Set<string>();
  for (const seat of connected) {
    const team = devices.get(seat?.device ?? '')?.team;
    if (team) online.add(team);
  }
  return { done, online: [...online] };
}

/** The console's list: every device by its number, whom it plays for, and whether it is here, away or gone. */
export function rosterOf(
  devices: ReadonlyMap<string, DeviceRecord>,
  done: readonly string[],
  connected: ReadonlySet<string | undefined>,
  away: ReadonlySet<string>,
): RosterMessage {
  return {
    devices: [...devices.values()]
      .sort((a, b) => a.number - b.number)
      .map((d) => ({
        id: d.id,
        number: d.number,
        viewer: viewerOf(d),
        state: connected.has(d.id) ? 'online' : away.has(d.id) ? 'away' : 'offline',
        done: d.team !== null && done.includes(d.team),
      })),
  };
}
