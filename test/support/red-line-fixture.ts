/**
 * The test fixture with red lines: a public or private line against a Koravian embargo (answered
 * by counter-sanctions within the round it is judged in), a pledge never to send air defence,
 * trust as the credibility meter, and Koravia's embargo held back while a public line stands and
 * trust is at least 50.
 */
import type { Rules } from '../../src/engine/game';
import { NORTHSEA_PATH, type RawScenario, variant } from './scenarios';

const card = (id: string, effects: unknown[], extra: RawScenario = {}): RawScenario => ({
  id,
  seat: 'cabinet',
  label: id,
  text: id,
  explain: id,
  cost: 0,
  posture: 0,
  effects,
  ...extra,
});

export function addRedLines(d: RawScenario): void {
  d.cards.push(
    card('declare-public', [{ declare: 'no-embargo', public: true }]),
    card('declare-private', [{ declare: 'no-embargo', public: false }]),
    card('judge-crossed', [{ judge: 'no-embargo', crossed: true }]),
    card('judge-not-crossed', [{ judge: 'no-embargo', crossed: false }], {
      requires: { line: 'no-embargo', is: 'tested' },
      locked: 'Nothing to judge yet.',
    }),
    card('counter-sanctions', [{ meter: 'economy', add: -5 }], { cost: 1 }),
    card('pledge-no-air-defence', [{ declare: 'no-air-defence', public: true }]),
  );
  d.redLines = [
    {
      id: 'no-embargo',
      label: 'No embargo on Norvalia',
      text: 'An embargo on Norvalia will be answered.',
      kind: 'line',
      watch: { rung: 'koravia', op: '>=', value: 'embargo' },
      answer: ['counter-sanctions'],
      answerWithin: 1,
      effects: {
        declaredPublic: [{ meter: 'danger', add: 2 }],
        answered: [{ meter: 'trust', add: 10 }],
        unanswered: [{ meter: 'trust', add: -15 }],
        judgedNot: [{ meter: 'trust', add: -5 }],
      },
    },
    {
      id: 'no-air-defence',
      label: 'No air defence for Estmark',
      text: 'Norvalia will not send air defence.',
      kind: 'pledge',
      watch: { rung: 'norvalia', op: '>=', value: 'air-defence' },
      effects: { broken: [{ meter: 'trust', add: -20 }] },
    },
  ];
  d.rules.credibility = 'trust';
  const embargo = d.reactions.find((r: RawScenario) => r.id === 'koravia-embargo');
  embargo.when = {
    all: [
      embargo.when,
      {
        not: {
          all: [
            { line: 'no-embargo', is: 'public' },
            { line: 'no-embargo', is: 'standing' },
            { meter: 'trust', op: '>=', value: 50 },
          ],
        },
      },
    ],
  };
}

/** The fixture's rules with red lines. */
export function redLineRules(): Rules {
  return variant(NORTHSEA_PATH, addRedLines);
}
