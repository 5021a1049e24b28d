/**
 * A line of sources in the debrief, after a real act, a real counterpart or another country's
 * step: each source cited by publisher, title and date, a link where it has an address.
 */
import type { Scenario } from '../../engine/scenario-schema';
import type { Translate } from '../../view/locale';
import { citation } from '../../view/real-history';
import { sourceLink } from '../../view/sources-model';
import { h } from '../dom';
import { sourceAnchor } from '../sources-page';

type Source = Scenario['sources'][number];

/** The sources after `label` ("Sources: …"), or nothing when there are none. */
export function sourcesLine(sources: readonly Source[], label: string, t: Translate, lang: string): HTMLElement | null {
  if (sources.length === 0) return null;
  return h(
    'p',
    { class: 'sources' },
    `${label}: `,
    ...sources.flatMap((s, i) => {
      const link = sourceLink(s);
      return [i > 0 ? '; ' : '', link === undefined ? citation(s, lang) : sourceAnchor(link, citation(s, lang), t)];
    }),
  );
}
