/**
 * The class set-up as a screen flow: the bundled scenarios, a scenario opened from a file (kept
 * in this browser so its class can be resumed and its saves imported), and another scenario
 * chosen from the list, each drawing the set-up again for it.
 */
import type { Parsed, Problem } from '../../engine/problems';
import type { Scenario } from '../../engine/scenario-schema';
import type { ClassConfig } from '../../session/class-session';
import { classSetupScreen } from '../../ui/classroom/class-setup-screen';
import type { Screen } from '../../ui/screen';
import { problemWords } from '../../view/problem-words';
import type { ClassHost } from './class-host';

/** Starts a class on `scenario`; `fromFile` when it was opened from a file rather than bundled. */
export type StartClass = (scenario: Scenario, config: ClassConfig, fromFile: boolean) => void;

export async function showClassSetup(host: ClassHost, start: StartClass): Promise<void> {
  const { say, library, store } = host;
  const loaded = await library.bundled();
  const scenarios = loaded.flatMap((p) => (p.ok ? [p.value] : []));
  const fromFiles = new Map<Scenario, string>();
  const first = scenarios[0];
  if (!first) {
    const problems = loaded.flatMap((p) => (p.ok ? [] : p.problems.map((x) => problemWords(x, say))));
    const status = document.getElementById('title-status');
    if (status) status.textContent = say('classroom.setup.no-scenario', { problems: problems.join(' ') });
    return;
  }
  /** A file opened on the set-up: its problems, or none once it is chosen (replacing an earlier file). */
  const openFile = async (parsed: Parsed<Scenario>, fileName: string): Promise<Problem[]> => {
    if (!parsed.ok) return parsed.problems;
    const standing = await library.fileStanding(parsed.value);
    if (standing.kind === 'clash') return standing.problems;
    for (const [earlier] of fromFiles) scenarios.splice(scenarios.indexOf(earlier), 1);
    fromFiles.clear();
    const scenario = standing.kind === 'bundled' ? standing.scenario : parsed.value;
    if (!scenarios.includes(scenario)) {
      scenarios.push(scenario);
      fromFiles.set(scenario, fileName);
      // Kept at once, so a save of a class on it can be imported here before any class starts.
      store.keepScenario(scenario.id, scenario.version, JSON.stringify(scenario));
    }
    host.show(screen(scenario));
    return [];
  };
  const screen = (scenario: Scenario): Screen => {
    const element = classSetupScreen({
      scenario,
      say,
      onBack: () => host.showTitle(),
      onStart: (config) => start(scenario, config, fromFiles.has(scenario)),
      ...(host.networked()
        ? { onStartNetworked: (config: ClassConfig) => host.startNetworked(scenario, config, fromFiles.has(scenario)) }
        : {}),
      scenarios,
      fileOf: (s: Scenario) => fromFiles.get(s),
      onScenario: (s: Scenario) => host.show(screen(s)),
      onFile: openFile,
    });
    return {
      name: 'class-setup',
      title: say('classroom.setup.screen'),
      element,
      focusTarget: element.querySelector<HTMLElement>('#class-setup-title') ?? element,
      back: () => host.showTitle(),
    };
  };
  host.show(screen(first));
}
