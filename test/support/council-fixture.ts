/**
 * The test fixture with every council rule on, for the screens and the vote: a premier in the
 * chair, a trade minister, a security adviser and an opposition leader at the cabinet, each with
 * a private fact and an objective of their own (Koravia's seat too); the red lines of
 * red-line-fixture.ts; a two-month aftermath; and the opposition's vote on a consent card, whose
 * bot votes yes with odds that follow trust.
 */
import { parseScenarioText } from '../../src/engine/scenario-parse';
import { addRedLines } from './red-line-fixture';
import { NORTHSEA_PATH, type RawScenario, scenarioData } from './scenarios';

const role = (id: string, label: string, fact: string, objective: RawScenario) => ({
  id,
  label,
  brief: {
    summary: `You are the ${label.toLowerCase()}.`,
    goals: ['Keep Norvalia safe.'],
    owns: 'Some cards.',
    private: [{ text: fact }],
  },
  objectives: [objective],
});

/** The consent vote: the opposition leader's team chooses; its bot says yes with odds that follow trust. */
export const CONSENT_VOTE = {
  vote: 'consent',
  voter: { seat: 'cabinet', role: 'opposition' },
  label: 'The assembly consents to arms',
  bot: { meter: 'trust', atMin: 0.1, atMax: 0.9 },
  yes: [{ flag: 'assembly-consent' }, { meter: 'trust', add: 5, note: 'A vote gives the policy legitimacy.' }],
  no: [{ meter: 'trust', add: -5, note: 'A lost vote makes the government look weak.' }, { capital: -1 }],
};

/** Adds every council rule to the fixture's raw JSON. */
export function addCouncilRules(d: RawScenario): void {
  addRedLines(d);
  const cabinet = d.seats[0];
  const premier = cabinet.roles[0];
  premier.brief.private = [{ text: 'The premier knows the coalition will not survive a strike.' }];
  premier.objectives = [
    { id: 'premier-trust', label: 'Keep the partners close', description: 'Trust at the end.', meter: 'trust' },
  ];
  cabinet.roles.push(
    role('trade', 'Trade minister', 'Harbour insurers will leave if danger passes 50.', {
      id: 'trade-economy',
      label: 'Keep the ports open',
      description: 'Economy at the end.',
      meter: 'economy',
    }),
    role('security', 'Security adviser', 'Koravian radar went dark along the coast last night.', {
      id: 'security-calm',
      label: 'Keep the danger low',
      description: 'Danger at the end.',
      meter: 'danger',
    }),
    role('opposition', 'Opposition leader', 'Your party will split if arms are sent without a vote.', {
      id: 'opposition-consent',
      label: 'Arms only with consent',
      description: 'The assembly voted before any arms.',
      when: { any: [{ flag: 'assembly-consent' }, { rung: 'norvalia', op: '<', value: 'air-defence' }] },
    }),
  );
  d.seats[1].brief = {
    summary: 'You lead Koravia.',
    goals: ['Win.'],
    owns: 'Koravia.',
    private: [{ text: 'The Koravian fleet cannot hold a blockade past summer.' }],
  };
  d.seats[1].objectives = [
    {
      id: 'koravia-embargo',
      label: 'Impose the embargo',
      description: 'At least the embargo.',
      when: { rung: 'koravia', op: '>=', value: 'embargo' },
    },
  ];
  const owner: Record<string, string> = {
    'trade-deal': 'trade',
    'send-medicine': 'security',
    'step-back': 'security',
    'counter-sanctions': 'trade',
  };
  for (const c of d.cards) if (owner[c.id]) c.role = owner[c.id];
  d.cards.push({
    id: 'consent-vote',
    seat: 'cabinet',
    role: 'opposition',
    label: 'Hold a consent vote',
    text: 'Put arms to a vote in the assembly.',
    explain: 'The opposition decides how it votes.',
    cost: 1,
    posture: 1,
    once: true,
    effects: [CONSENT_VOTE],
  });
  d.rules.council = { chair: 'premier', proposalsPerTeam: 1 };
  d.lengths[0].aftermath = [
    { label: 'July 2031 (projected)', until: '2031-07-31' },
    { label: 'August 2031 (projected)', until: '2031-08-31' },
  ];
}

/** The fixture with every council rule, as the text of a scenario file (with its own id, so a browser may open it beside the fixture). */
export function councilScenarioText(): string {
  const d = scenarioData(NORTHSEA_PATH) as RawScenario;
  addCouncilRules(d);
  d.id = 'northsea-council';
  d.title = `${d.title} (council)`;
  const text = JSON.stringify(d, null, 2);
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(`the council fixture does not parse: ${JSON.stringify(parsed.problems)}`);
  return text;
}
