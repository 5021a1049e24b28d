/**
 * One simulated class for the network benchmark: a console, a projector and team devices,
 * each a real `RemoteSession` over a real WebSocket, playing a random legal game. Every
 * device notes when each version of the game reached it, so the latency of an intent is the
 * time from sending it to the moment every device of the class holds the view it made.
 */
import type { PlayerEvent, TeamSpec } from '../engine/game-events';
import { RemoteSession } from '../session/remote-session';
import type { IntentResult } from '../session/session';

/** An intent the benchmark sent, with its fate and timing. */
export interface Sent {
  intent: PlayerEvent;
  sentAt: number;
  answeredAt: number;
  result: IntentResult;
  /** The version the class had reached when the answer came (the intent's version or later). */
  version: number;
}

/** A device and when each version of the game reached it. */
export interface Device {
  session: RemoteSession;
  arrivals: { version: number; at: number }[];
  /** When the connection changed, and to what (to time a device's way back after a crash). */
  connections: { state: string; at: number }[];
}

export interface ClassRun {
  code: string;
  classId: string;
  facilitator: Device;
  teams: Device[];
  devices: Device[];
  sent: Sent[];
}

export async function connectDevice(endpoint: string, classId: string, token: string): Promise<Device> {
  const session = await RemoteSession.connect({ endpoint, classId, token, timeoutMs: 20_000 });
  const device: Device = {
    session,
    arrivals: [{ version: session.versionNow(), at: Date.now() }],
    connections: [],
  };
  session.subscribe(() => device.arrivals.push({ version: session.versionNow(), at: Date.now() }));
  session.onConnection((state) => device.connections.push({ state, at: Date.now() }));
  return device;
}

/** When the last device of the class first held `version` or later (undefined if one never did). */
export function heldByAll(run: ClassRun, version: number): number | undefined {
  let last = 0;
  for (const d of run.devices) {
    const hit = d.arrivals.find((a) => a.version >= version);
    if (!hit) return undefined;
    last = Math.max(last, hit.at);
  }
  return last;
}

/** A source of numbers in [0, 1) from a seed (the benchmark's choices repeat with its seed). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

async function send(run: ClassRun, device: Device, intent: PlayerEvent): Promise<IntentResult> {
  const sentAt = Date.now();
  const result = await device.session.send(intent);
  run.sent.push({ intent, sentAt, answeredAt: Date.now(), result, version: device.session.versionNow() });
  return result;
}

/** The team a team device speaks for (undefined for the console and the projector). */
function teamOf(device: Device): TeamSpec | undefined {
  const viewer = device.session.viewer;
  return viewer.kind === 'team' ? device.session.view().teams.find((t) => t.id === viewer.team) : undefined;
}

/** True when the team sits at a council that decides (a team holds the chair): it proposes, it does not play. */
function proposes(device: Device): boolean {
  const { scenario } = device.session;
  const chair = scenario.rules.council?.chair;
  return (
    chair !== undefined &&
    teamOf(device)?.seat === scenario.player &&
    device.session.view().teams.some((t) => t.seat === scenario.player && t.role === chair)
  );
}

/**
 * The teams' turn: each plays (at a council with a chair: proposes) a random open card or passes,
 * all at the same time, as in a class; then the chair's team decides on the proposals.
 */
async function decide(run: ClassRun, pick: () => number): Promise<void> {
  const proposed: string[] = [];
  await Promise.all(
    run.teams.map(async (device) => {
      const open = device.session.view().hand.filter((c) => c.blocker === null);
      const card = open[Math.floor(pick() * open.length)]?.card;
      if (!card || pick() < 0.4) return;
      const seat = device.session.view().handSeat;
      const team = teamOf(device)?.id ?? '';
      const intent: PlayerEvent = proposes(device)
        ? { type: 'card.propose', seat, card, team }
        : { type: 'card.play', seat, card };
      if ((await send(run, device, intent)).ok && intent.type === 'card.propose') proposed.push(card);
    }),
  );
  await chairDecides(run, proposed, pick);
}

/**
 * The chair's team adopts as many open proposals as the round allows, in a random order; when the
 * engine refuses that (two moves up the ladder, not enough capital), it adopts one, then none.
 */
async function chairDecides(run: ClassRun, proposed: string[], pick: () => number): Promise<void> {
  const chair = run.teams.find((d) => proposes(d) && teamOf(d)?.role === d.session.scenario.rules.council?.chair);
  const council = chair?.session.view().council;
  if (!chair || council?.decided) return;
  // The chair's view may not hold the proposals just accepted yet, nor they a proposal left from before.
  const open = [...new Set([...proposed, ...(council?.proposals.map((p) => p.card) ?? [])])];
  if (open.length === 0) return;
  const order = open
    .map((card) => ({ card, key: pick() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.card);
  const team = teamOf(chair)?.id ?? '';
  for (const adopt of [order.slice(0, chair.session.scenario.rules.cardsPerRound), order.slice(0, 1), []]) {
    const result = await send(run, chair, { type: 'council.decide', team, adopt });
    if (result.ok || 'notSent' in result) return;
  }
}

/** Plays the class to its end (or until `stop` says so), pausing `think` between steps like people do. */
export async function playClass(
  run: ClassRun,
  pick: () => number,
  think: () => Promise<void>,
  stop: () => boolean,
): Promise<void> {
  const desk = run.facilitator;
  for (let guard = 0; guard < 500 && !stop(); guard++) {
    const view = desk.session.view();
    if (view.phase === 'ended' || desk.session.connection() === 'closed') return;
    await think();
    if (view.paused) await send(run, desk, { type: 'facilitator.resume' });
    else if (view.phase === 'brief') await send(run, desk, { type: 'brief.done' });
    else if (view.phase === 'deliberate') {
      if (pick() < 0.3) await send(run, desk, { type: 'facilitator.extend', seconds: 30 });
      else await send(run, desk, { type: 'deliberation.done' });
    } else if (view.phase === 'decide') {
      await decide(run, pick);
      await send(run, desk, { type: 'turn.end' });
    } else if (view.phase === 'resolve') await send(run, desk, { type: 'round.next' });
  }
}

/** A stored event and an intent are the same move (a team's card is stored with its team filled in). */
const keyOf = (e: PlayerEvent): string => {
  if (e.type === 'card.play') return `card:${e.card}`;
  if (e.type === 'card.propose') return `propose:${e.team}:${e.card}`;
  if (e.type === 'council.decide') return `decide:${e.team}:${e.adopt.join('+')}`;
  return JSON.stringify(e);
};

/** Acknowledged intents with no stored event to match them in the final game. */
export function missing(acked: PlayerEvent[], stored: PlayerEvent[]): number {
  const counts = new Map<string, number>();
  for (const e of stored) counts.set(keyOf(e), (counts.get(keyOf(e)) ?? 0) + 1);
  let lost = 0;
  for (const e of acked) {
    const left = counts.get(keyOf(e)) ?? 0;
    if (left > 0) counts.set(keyOf(e), left - 1);
    else lost += 1;
  }
  return lost;
}
