/**
 * The class on the network's way into the app, kept small because it is in the first page
 * load: whether a class server answers (only then is "every team on its own device" offered),
 * and the addresses that lead straight into a class — `?join=CODE` (the QR code), `?join`
 * (type the code), `?class=ID` (a device returning to its seat after a reload). The rest
 * (`net-runtime.ts` and the screens) loads on first use.
 */
import type { Scenario } from '../../engine/scenario-schema';
import type { ClassConfig } from '../../session/class-session';
import { serverAnswers } from '../../session/server-answers';
import type { NetHost } from './net-host';
import type { NetRuntime } from './net-runtime';

export interface NetMode {
  /** The address leads into a class on the network (so no game of this tab is resumed). */
  resuming: boolean;
  /** True once a class server has answered: the class set-up then offers every team its own device. */
  available(): boolean;
  /** Creates the class on the server and shows its join code. */
  create(scenario: Scenario, config: ClassConfig, fromFile: boolean): void;
  /** Shows the join screen (the code typed by hand). */
  join(): void;
}

export function installNetMode(host: NetHost, location: Location): NetMode {
  let runtime: Promise<NetRuntime> | null = null;
  const load = () => {
    runtime ??= import('./net-runtime').then((m) => m.netRuntime(host, location));
    return runtime;
  };
  let answers = false;
  void serverAnswers(location.origin).then((yes) => {
    answers = yes;
    const join = document.getElementById('title-join');
    if (join) join.hidden = !yes;
  });
  document.getElementById('title-join')?.addEventListener('click', () => void load().then((r) => r.showJoin()));

  const params = new URLSearchParams(location.search);
  const classId = params.get('class');
  const code = params.get('join');
  if (classId !== null) void load().then((r) => r.enter(classId));
  else if (code !== null) void load().then((r) => r.showJoin(code === '' ? undefined : code));
  return {
    resuming: classId !== null || code !== null,
    available: () => answers,
    create: (scenario, config, fromFile) => void load().then((r) => r.create(scenario, config, fromFile)),
    join: () => void load().then((r) => r.showJoin()),
  };
}
