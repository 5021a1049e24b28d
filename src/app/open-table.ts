/** Puts a game's table on screen: the presenter's DOM table in its frame, then the drawn table from the same first model. */
import type { Scenario } from '../engine/scenario-schema';
import { byId } from '../ui/dom';
import type { Router } from './router';
import type { TableHost } from './table-host';
import type { TablePresenter } from './table-presenter';

/** The words a scenario shows, for choosing the fonts it needs. */
export function scenarioWords(s: Scenario): string {
  return [
    s.title,
    s.summary,
    ...s.cards.map((c) => c.label),
    ...s.ladders.flatMap((l) => l.rungs.map((r) => r.label)),
  ].join(' ');
}

export function openTable(router: Router, host: TableHost, presenter: TablePresenter, scenario: Scenario): void {
  const table = presenter.open(() => router.name === 'table');
  byId('table-ui').replaceChildren(table.element);
  router.show(table);
  const first = presenter.latest();
  if (!first) return;
  host.open(presenter, first.model, first.ui, scenarioWords(scenario), () => presenter.latest() ?? first);
}
