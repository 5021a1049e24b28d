/**
 * The test fixture with dated parts, for the tests of what players may see when: sources of each
 * kind cited by what is shown at different rounds (and one only by the debrief), a card and a
 * glossary entry that wait for April, a historical event of April, a real path and a real
 * counterpart for a hypothetical event. The fixture's short length plays March to June 2031.
 */
import { NORTHSEA_PATH, type RawScenario, scenarioData } from './scenarios';

/** The sources, each of a kind and a date (one undated and of no kind). */
export const DATED_SOURCES = [
  { id: 'gov-2031-02-20', publisher: 'Norvalian government', date: '2031-02-20', kind: 'official-statement' },
  { id: 'wire-2031-03-01', publisher: 'North Wire', date: '2031-03-01', kind: 'agency' },
  { id: 'herald-2031-04-12', publisher: 'Estmark Herald', date: '2031-04-12', kind: 'newspaper' },
  { id: 'digest-2031-04-05', publisher: 'Policy Digest', date: '2031-04-05', kind: 'aggregator' },
  { id: 'treaty-2031-03-15', publisher: 'Treaty text', date: '2031-03-15', kind: 'primary' },
  { id: 'wire-2031-06-20', publisher: 'North Wire', date: '2031-06-20', kind: 'agency' },
  { id: 'leaflet', publisher: 'A leaflet' },
] as const;

/** The sources a class may see in each round of the short length, and at the end. */
// The undated leaflet, which cannot be placed in time, waits for the end like the debrief's own source.
export const SOURCES_BY_ROUND = {
  1: ['gov-2031-02-20', 'wire-2031-03-01'],
  2: ['gov-2031-02-20', 'wire-2031-03-01', 'herald-2031-04-12', 'digest-2031-04-05'],
  4: ['gov-2031-02-20', 'wire-2031-03-01', 'herald-2031-04-12', 'digest-2031-04-05', 'wire-2031-06-20'],
} as const;

/** The fixture's raw JSON with the dated parts added. */
export function datedFixtureData(): RawScenario {
  const data = scenarioData(NORTHSEA_PATH) as RawScenario;
  data.version = '1.0.1';
  data.sources = DATED_SOURCES.map((s) => ({
    ...s,
    title: `Report ${s.id}`,
    url: `https://example.org/${s.id}?a=1&b=2`,
  }));
  const meter = data.meters.find((m: RawScenario) => m.id === 'trust');
  Object.assign(meter, { basis: 'Where trust starts.', sources: ['gov-2031-02-20'] });
  const war = data.events.find((e: RawScenario) => e.id === 'war-begins');
  // A report of June cited by news of March: the list must still wait for June.
  war.sources = ['wire-2031-03-01', 'leaflet', 'wire-2031-06-20'];
  war.actually = { text: 'In truth the border stayed quiet until May.', sources: ['treaty-2031-03-15'] };
  data.events.push({
    id: 'summit-held',
    title: 'A summit in Estmark',
    text: 'Leaders meet in Estmark.',
    kind: 'historical',
    date: '2031-04-12',
    sources: ['herald-2031-04-12'],
    trigger: { type: 'scheduled' },
  });
  const deal = data.cards.find((c: RawScenario) => c.id === 'trade-deal');
  Object.assign(deal, { visibleFrom: '2031-04-05', sources: ['digest-2031-04-05'] });
  data.lengths[0].rounds[0].actually = { text: 'March was calm.', sources: ['treaty-2031-03-15'] };
  data.glossary = [
    { term: 'Air defence', definition: 'Weapons that stop missiles and aircraft.' },
    { term: 'Summit', definition: 'The April meeting of leaders in Estmark.', visibleFrom: '2031-04-12' },
    { term: 'Embargo', definition: 'A ban on trade, as Koravia may impose.' },
  ];
  data.debrief.actualPath = {
    ladder: 'norvalia',
    label: 'What Norvalia really did',
    steps: [
      { date: '2031-03-02', rung: 'relief-aid', text: 'Medicine sent.', sources: ['wire-2031-03-01'] },
      {
        date: '2031-04-20',
        rung: 'training',
        kind: 'reported',
        text: 'Trainers reported at the border.',
        sources: ['herald-2031-04-12'],
      },
      { date: '2032-01-10', rung: 'relief-aid', text: 'Back to relief.', sources: ['treaty-2031-03-15'] },
    ],
  };
  return data;
}
