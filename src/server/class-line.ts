/**
 * The class's line: which teams are done and which have a device online (for every device), and
 * the console's list of devices. It is sent when it changes, at most once per turn of the event
 * loop, each message encoded once for all its receivers: seven devices joining together after a
 * restart make one line for the class, not one per join sent to every device. A device that
 * joins, or comes back, receives the line whether it changed or not.
 */
import { type Client, getMessageBytes, Protocol } from '@colyseus/core';
import type { ClassMessage, RosterMessage } from '../session/protocol';

/** What the line is made from: the room's connections and its class as it is now. */
export interface LineSource {
  clients(): readonly Client[];
  line(): ClassMessage;
  roster(): RosterMessage;
  /** True for the console's connections (only they receive the roster). */
  isConsole(client: Client): boolean;
}

export class ClassLine {
  private due: NodeJS.Immediate | undefined;
  private lastLine = '';
  private lastRoster = '';
  private readonly newcomers = new Set<Client>();

  constructor(private readonly source: LineSource) {}

  /** A device joined or came back: it receives the line with the next send, changed or not. */
  joined(client: Client): void {
    this.newcomers.add(client);
    this.soon();
  }

  /** Something in the line may have changed: send it before this turn of the event loop ends. */
  soon(): void {
    this.due ??= setImmediate(() => this.now());
  }

  /** Sends what changed at once (with an event's views, so the line never lags the game). */
  now(): void {
    if (this.due) clearImmediate(this.due);
    this.due = undefined;
    const clients = this.source.clients();
    const newcomers = this.newcomers;
    const line = this.source.line();
    const lineText = JSON.stringify(line);
    const lineChanged = lineText !== this.lastLine;
    this.lastLine = lineText;
    send(clients, 'class', line, (c) => lineChanged || newcomers.has(c));
    const consoles = clients.filter((c) => this.source.isConsole(c));
    if (consoles.length > 0) {
      const roster = this.source.roster();
      const rosterText = JSON.stringify(roster);
      const rosterChanged = rosterText !== this.lastRoster;
      this.lastRoster = rosterText;
      send(consoles, 'roster', roster, (c) => rosterChanged || newcomers.has(c));
    }
    newcomers.clear();
  }

  stop(): void {
    if (this.due) clearImmediate(this.due);
    this.due = undefined;
  }
}

/** Sends one message to the clients that `to` picks, encoded once. */
function send(clients: readonly Client[], type: string, message: unknown, to: (c: Client) => boolean): void {
  let bytes: Uint8Array | undefined;
  for (const client of clients) {
    if (!to(client)) continue;
    bytes ??= getMessageBytes.raw(Protocol.ROOM_DATA, type, message);
    client.enqueueRaw(bytes);
  }
}
