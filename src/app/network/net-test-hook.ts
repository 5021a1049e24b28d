/**
 * The browser tests' window into a class on the network, present only with `?test` in the
 * address: what this device's remote session holds (its view, version, connection, viewer), and
 * its way to send an intent or ask for the save, as the page's own code could.
 */
import type { RemoteSession } from '../../session/remote-session';
import type { Connection, GameView, Intent, IntentResult, Save, Viewer } from '../../session/session';

export interface NetHook {
  view(): GameView;
  version(): number;
  connection(): Connection;
  viewer(): Viewer;
  classNow(): { done: string[]; online: string[] };
  /** Sends an intent through this device's own session, as a tampered page could. */
  send(intent: Intent): Promise<IntentResult>;
  /** The whole game (the console only). */
  save(): Promise<Save>;
}

declare global {
  interface Window {
    redLinesNet?: NetHook;
  }
}

export function installNetHook(location: Location, remote: RemoteSession): void {
  if (!new URLSearchParams(location.search).has('test')) return;
  // Structured copies: the test reads plain data, never the live session.
  window.redLinesNet = {
    view: () => structuredClone(remote.view()),
    version: () => remote.versionNow(),
    connection: () => remote.connection(),
    viewer: () => structuredClone(remote.viewer),
    classNow: () => structuredClone(remote.classNow()),
    send: (intent) => remote.send(intent),
    save: () => remote.save(),
  };
}
