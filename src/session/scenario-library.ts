/**
 * The one place a scenario is loaded, checked and prepared: the bundled ones (each loaded and
 * checked once for the page's life; a load that failed, say a dropped network, is tried again),
 * those opened from a file and kept in this browser for a class, and any scenario a game is
 * started on. Rules (index and machine) are prepared once per `id@version`; a scenario that
 * shares an id and version with another but not its content gets rules of its own.
 * The solo game, the classroom and the command-line tools all use it.
 */
import { prepare, type Rules } from '../engine/game';
import type { Parsed, Problem } from '../engine/problems';
import type { Scenario } from '../engine/scenario-schema';

/** What a bundled scenario's one problem expects when its file could not be fetched at all (not a broken file). */
export const NOT_LOADED = 'a file that loads';

/** True when a bundled scenario failed to arrive (a dropped network), rather than arriving broken. */
export function notLoaded(problems: readonly Problem[]): boolean {
  return problems.length === 1 && problems[0]?.expected === NOT_LOADED;
}

/**
 * What a list of scenarios shows before a scenario is loaded: its id and title (as in its file),
 * a one-line pitch, the lengths it plays in (minutes) and the players it suits.
 */
export interface ScenarioCard {
  id: string;
  title: string;
  pitch: string;
  minutes: number[];
  level: string;
}

/**
 * A scenario shipped with the game: its folder name, its card if it has one, and the way to fetch
 * its JSON. When `checked` is set, the build checked it already and `fetch` resolves to a
 * {@link CheckedScenario}; otherwise to the file's JSON, checked here.
 */
export interface BundledSource {
  folder: string;
  card?: ScenarioCard;
  checked?: boolean;
  fetch(): Promise<unknown>;
}

/** A bundled scenario as the build checked it: the schema's output and its content warnings. */
export interface CheckedScenario {
  scenario: Scenario;
  warnings: Problem[];
}

/** The scenario checker (schema, references, content), loaded only when a scenario must be checked in the page. */
const checker = () => import('../engine/scenario-parse');

/** One bundled scenario as the setup screen lists it: its folder, its card, and its checked contents (loaded once, when asked). */
export interface CatalogEntry {
  folder: string;
  card?: ScenarioCard;
  load(): Promise<Parsed<Scenario>>;
}

/** Scenarios opened from a file and kept in this browser, by id and version, as JSON. */
export interface KeptScenarios {
  keptScenario(id: string, version: string): string | undefined;
}

/** How a scenario opened from a file stands to those this browser knows. */
export type FileStanding =
  /** It is a bundled scenario, word for word: that one is used. */
  | { kind: 'bundled'; scenario: Scenario }
  /** Its id and version already stand for other rules, so saves could not tell them apart. */
  | { kind: 'clash'; problems: Problem[] }
  | { kind: 'new' };

/** The prepared rules of a scenario by its id and version, or undefined when this browser has none. */
export type RulesFor = (scenarioId: string, version: string) => Promise<Rules | undefined>;

/** The largest scenario file accepted from disk; the parser refuses larger text too. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads and checks a scenario file a person chose; never throws. */
export async function readScenarioFile(file: Blob): Promise<Parsed<Scenario>> {
  try {
    const text = await file.text();
    return (await checker()).parseScenarioText(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', expected: 'a readable text file', found: String(error) }] };
  }
}

const keyOf = (s: Scenario) => `${s.id}@${s.version}`;

export class ScenarioLibrary {
  private readonly entries: CatalogEntry[];
  private readonly prepared = new Map<string, { scenario: Scenario; json?: string; rules: Rules }>();
  /** Rules of scenarios whose id and version another scenario already holds. */
  private readonly apart = new WeakMap<Scenario, Rules>();

  constructor(
    bundled: readonly BundledSource[] = [],
    private readonly kept: KeptScenarios = { keptScenario: () => undefined },
  ) {
    this.entries = bundled.map((source) => ({ folder: source.folder, card: source.card, load: this.loader(source) }));
  }

  /** Every bundled scenario, in the order given, each loaded on first ask. */
  catalog(): readonly CatalogEntry[] {
    return this.entries;
  }

  /** Every bundled scenario, loaded and checked. */
  bundled(): Promise<Parsed<Scenario>[]> {
    return Promise.all(this.entries.map((entry) => entry.load()));
  }

  /** The rules of a scenario, prepared once. */
  rules(scenario: Scenario): Rules {
    const key = keyOf(scenario);
    const known = this.prepared.get(key);
    if (!known) {
      const rules = prepare(scenario);
      this.prepared.set(key, { scenario, rules });
      return rules;
    }
    if (known.scenario === scenario) return known.rules;
    known.json ??= JSON.stringify(known.scenario);
    if (known.json === JSON.stringify(scenario)) return known.rules;
    let rules = this.apart.get(scenario);
    if (!rules) {
      rules = prepare(scenario);
      this.apart.set(scenario, rules);
    }
    return rules;
  }

  /**
   * The rules a save of `scenarioId`@`version` needs: the exact version, bundled then kept;
   * failing both, a bundled scenario of the same id, so that the replay can say which version
   * the save wanted.
   */
  readonly rulesFor: RulesFor = async (scenarioId, version) => {
    const shipped = await this.playable(scenarioId);
    const exact = shipped.find((s) => s.id === scenarioId && s.version === version);
    if (exact) return this.rules(exact);
    const kept = this.kept.keptScenario(scenarioId, version);
    // A damaged copy is as good as none: the session is refused with the scenario named.
    const parsed = kept === undefined ? undefined : (await checker()).parseScenarioText(kept);
    if (parsed?.ok && parsed.value.id === scenarioId && parsed.value.version === version)
      return this.rules(parsed.value);
    const sameId = shipped.find((s) => s.id === scenarioId);
    return sameId ? this.rules(sameId) : undefined;
  };

  /** How a scenario opened from a file stands to the bundled ones and those kept in this browser. */
  async fileStanding(scenario: Scenario): Promise<FileStanding> {
    const json = JSON.stringify(scenario);
    const shipped = (await this.playable(scenario.id)).find(
      (s) => s.id === scenario.id && s.version === scenario.version,
    );
    if (shipped && JSON.stringify(shipped) === json) return { kind: 'bundled', scenario: shipped };
    const kept = this.kept.keptScenario(scenario.id, scenario.version);
    if (!shipped && (kept === undefined || kept === json)) return { kind: 'new' };
    const expected = shipped
      ? `a version other than the bundled scenario "${scenario.id}" has (its rules differ)`
      : `a version other than the one saved sessions of an earlier "${scenario.id}" file use (its rules differ)`;
    return { kind: 'clash', problems: [{ path: '$.version', expected, found: `"${scenario.version}"` }] };
  }

  /** The bundled scenarios that may have this id, loaded: those whose card says so, and any without a card. */
  private async playable(id: string): Promise<Scenario[]> {
    const entries = this.entries.filter((entry) => entry.card === undefined || entry.card.id === id);
    const parsed = await Promise.all(entries.map((entry) => entry.load()));
    return parsed.flatMap((p) => (p.ok ? [p.value] : []));
  }

  private loader(source: BundledSource): () => Promise<Parsed<Scenario>> {
    let loading: Promise<Parsed<Scenario>> | null = null;
    const load = async (): Promise<Parsed<Scenario>> => {
      try {
        const data = await source.fetch();
        if (!source.checked) return (await checker()).parseScenario(data);
        const { scenario, warnings } = data as CheckedScenario;
        return { ok: true, value: scenario, warnings };
      } catch (error) {
        // A chunk that fails to arrive (the network dropped) is a problem to show, not a crash.
        return { ok: false, problems: [{ path: '$', expected: NOT_LOADED, found: String(error) }] };
      }
    };
    return () => {
      loading ??= load().then((parsed) => {
        if (!parsed.ok) loading = null;
        return parsed;
      });
      return loading;
    };
  }
}
