import { describe, expect, it } from 'vitest';
import { formatProblem, readJson } from '../../src/engine/problems';
import { parseScenario, parseScenarioText } from '../../src/engine/scenario-parse';
import { NORTHSEA_PATH, type RawScenario, scenarioData, scenarioText } from '../support/scenarios';

/** The problem lines for the fixture after `change` breaks one thing in it. */
function problemsAfter(change: (data: RawScenario) => void): string[] {
  const data = scenarioData(NORTHSEA_PATH) as RawScenario;
  change(data);
  const parsed = parseScenario(data);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

/** The problem lines for a file's text. */
function textProblems(text: string): string[] {
  const parsed = parseScenarioText(text);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

describe('the fixture itself', () => {
  it('parses with no problems and no warnings', () => {
    const parsed = parseScenarioText(scenarioText(NORTHSEA_PATH));
    expect(parsed.ok && parsed.warnings).toEqual([]);
  });
});

describe('unknown ids name the place and the id', () => {
  it.each<[string, (d: RawScenario) => void, string]>([
    [
      'a meter in a condition',
      (d) => {
        d.endings[0].when = { meter: 'economyy', op: '<', value: 20 };
      },
      `$.endings[0].when.meter: expected the id of one of the scenario's meters, found "economyy"`,
    ],
    [
      'a ladder in a condition',
      (d) => {
        d.reactions[3].when = { rung: 'norvalla', op: '>=', value: 'training' };
      },
      `$.reactions[3].when.rung: expected the id of one of the scenario's ladders, found "norvalla"`,
    ],
    [
      'a rung in a condition',
      (d) => {
        d.reactions[3].when = { rung: 'norvalia', op: '>=', value: 'trainin' };
      },
      '$.reactions[3].when.value: expected a rung of ladder "norvalia", found "trainin"',
    ],
    [
      'a card inside all',
      (d) => {
        d.endings[2].when = { all: [{ meter: 'trust', op: '>=', value: 60 }, { played: 'send-medicin' }] };
      },
      `$.endings[2].when.all[1].played: expected the id of one of the scenario's cards, found "send-medicin"`,
    ],
    [
      'an event inside any',
      (d) => {
        d.cards[0].requires = { any: [{ event: 'sumit' }] };
      },
      `$.cards[0].requires.any[0].event: expected the id of one of the scenario's events, found "sumit"`,
    ],
    [
      'a meter in an effect',
      (d) => {
        d.cards[0].effects[0].meter = 'trusst';
      },
      `$.cards[0].effects[0].meter: expected the id of one of the scenario's meters, found "trusst"`,
    ],
    [
      'a meter in the success of a chance',
      (d) => {
        d.cards[2].effects[2].success[1].meter = 'econ';
      },
      `$.cards[2].effects[2].success[1].meter: expected the id of one of the scenario's meters, found "econ"`,
    ],
    [
      "a card's ladder",
      (d) => {
        d.cards[1].move.ladder = 'norway';
      },
      `$.cards[1].move.ladder: expected the id of one of the scenario's ladders, found "norway"`,
    ],
    [
      "a card's rung",
      (d) => {
        d.cards[1].move.to = 'trainning';
      },
      '$.cards[1].move.to: expected a rung of ladder "norvalia", found "trainning"',
    ],
    [
      'a triggered event',
      (d) => {
        d.cards[0].effects.push({ trigger: 'storms' });
      },
      `$.cards[0].effects[1].trigger: expected the id of one of the scenario's events, found "storms"`,
    ],
    [
      "a ladder's start",
      (d) => {
        d.ladders[1].start = 'protests';
        d.ladders[1].steps.push({ from: 'protests', to: 'protest' });
      },
      '$.ladders[1].start: expected a rung of ladder "koravia", found "protests"',
    ],
  ])('%s', (_, change, line) => {
    expect(problemsAfter(change)).toContain(line);
  });

  it('a step to an unknown rung, and the rungs it leaves out of reach', () => {
    expect(
      problemsAfter((d) => {
        d.ladders[1].steps[1].from = 'embarg';
      }),
    ).toEqual([
      '$.ladders[1].steps[1].from: expected a rung of ladder "koravia", found "embarg"',
      '$.ladders[1].rungs[2]: expected a rung that some step reaches from the start "protest", found "ships", which no step reaches',
    ]);
  });
});

describe('the scenario as a whole', () => {
  it('refuses a duplicate id and says where the first one is', () => {
    expect(
      problemsAfter((d) => {
        d.cards[3].id = 'send-medicine';
      }),
    ).toEqual(['$.cards[3].id: expected a unique id, found "send-medicine" again (first at $.cards[0])']);
  });

  it('refuses a rung id used by two ladders', () => {
    // Koravia's top rung renamed "strike" everywhere it is named: the only fault left is the clash.
    const lines = problemsAfter((d) => {
      d.ladders[1].rungs[2].id = 'strike';
      for (const s of d.ladders[1].steps) for (const end of ['from', 'to']) if (s[end] === 'ships') s[end] = 'strike';
      d.reactions[1].effects[0].success[0].move.to = 'strike';
      d.events[4].trigger.when.value = 'strike';
    });
    expect(lines).toEqual([
      '$.ladders[1].rungs[2].id: expected a rung id unique across all ladders, found "strike", also a rung of ladder "norvalia"',
    ]);
  });

  it('refuses a rung that no step reaches', () => {
    expect(
      problemsAfter((d) => {
        d.ladders[0].steps = d.ladders[0].steps.filter((s: RawScenario) => s.to !== 'strike');
      }),
    ).toEqual([
      '$.ladders[0].rungs[3]: expected a rung that some step reaches from the start "relief-aid", found "strike", which no step reaches',
    ]);
  });

  it('refuses an ending that can never happen', () => {
    expect(
      problemsAfter((d) => {
        d.endings[0].when = { meter: 'economy', op: '<', value: 0 };
      }),
    ).toEqual(['$.endings[0].when: expected a condition that can come true, found one that never can']);
    expect(
      problemsAfter((d) => {
        d.endings[1].when = {
          all: [
            { meter: 'danger', op: '>=', value: 80 },
            { meter: 'danger', op: '<', value: 50 },
          ],
        };
      }),
    ).toEqual(['$.endings[1].when: expected a condition that can come true, found one that never can']);
  });

  it('refuses a scenario without a last-resort ending', () => {
    expect(
      problemsAfter((d) => {
        d.endings[3].when = { meter: 'trust', op: '<', value: 60 };
      }),
    ).toEqual([
      '$.endings: expected a last-resort ending with "at": "end" and "when": true, so every game ends, found none',
    ]);
  });

  it('refuses a player seat that is not a player', () => {
    expect(
      problemsAfter((d) => {
        d.player = 'koravia';
      }),
    ).toEqual(['$.player: expected a seat of kind "player", found kind "actor"']);
  });

  it('refuses a meter that starts outside its range, and a card dearer than the capital can ever be', () => {
    expect(
      problemsAfter((d) => {
        d.meters[0].start = 140;
        d.cards[0].cost = 7;
      }),
    ).toEqual([
      '$.meters[0].start: expected a start between 0 and 100, found 140',
      '$.cards[0].cost: expected a cost no higher than the capital maximum 6, found 7',
    ]);
  });

  it('refuses rounds whose dates go backwards', () => {
    expect(
      problemsAfter((d) => {
        d.lengths[0].rounds[1].until = '2031-03-15';
      }),
    ).toEqual(['$.lengths[0].rounds[1].until: expected a date after 2031-03-31, found "2031-03-15"']);
  });

  it('warns, without refusing, about a flag that nothing sets', () => {
    const data = scenarioData(NORTHSEA_PATH) as RawScenario;
    data.cards[0].requires = { flag: 'talks-open' };
    const parsed = parseScenario(data);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.warnings.map(formatProblem)).toEqual([
      '$.cards[0].requires.flag: expected a flag that some effect sets, found "talks-open", which nothing sets',
    ]);
  });
});

describe('known faults, kept as failing tests until they are fixed', () => {
  // Bug in scenario-schema.ts: the event checks' messages are statements, not expectations, so the
  // line reads "expected a historical event needs at least one source". This test passes once fixed.
  it('a historical event without a source or a date is reported as an expectation', () => {
    const lines = problemsAfter((d) => {
      d.events[1].kind = 'historical';
    });
    expect(lines.map((l) => l.split(':')[0])).toEqual(['$.events[1].sources', '$.events[1].date']);
    for (const line of lines) expect(line).not.toMatch(/expected an? \w+ event needs/);
  });
});

describe('the shape of the file', () => {
  it('refuses markup in player-facing text', () => {
    expect(
      problemsAfter((d) => {
        d.cards[0].text = 'Ship <b>medical</b> supplies.';
      }),
    ).toEqual([
      '$.cards[0].text: expected plain text without markup (no <tags>), found "Ship <b>medical</b> supplies."',
    ]);
    expect(
      problemsAfter((d) => {
        d.events[1].text = 'Families cross<script>alert(1)</script>';
      }),
    ).toEqual([
      '$.events[1].text: expected plain text without markup (no <tags>), found "Families cross<script>alert(1)</script>"',
    ]);
  });

  it('refuses an unknown key', () => {
    expect(
      problemsAfter((d) => {
        d.cards[0].costs = 1;
      }),
    ).toEqual(['$.cards[0].costs: expected no such key here, found the unknown key "costs"']);
  });

  it('refuses a wrong type and a missing field', () => {
    expect(
      problemsAfter((d) => {
        d.cards[0].cost = '1';
        delete d.cards[1].label;
      }),
    ).toEqual(['$.cards[0].cost: expected a number, found "1"', '$.cards[1].label: expected a string, found nothing']);
  });

  it('refuses ids, versions and numbers out of their form', () => {
    expect(
      problemsAfter((d) => {
        d.cards[0].id = 'Send_Medicine';
        d.version = '1.0';
        d.formatVersion = 2;
        d.cards[1].cost = -1;
        d.cards[2].move = { ladder: 'norvalia', to: 'air-defence', by: 1 };
      }),
    ).toEqual([
      '$.formatVersion: expected one of 1, found number 2',
      '$.version: expected a version like 1.0.0, found "1.0"',
      '$.cards[0].id: expected an id in kebab-case (a-z, 0-9 and single dashes), found "Send_Medicine"',
      '$.cards[1].cost: expected at least 0, found number -1',
      '$.cards[2].move: expected exactly one of "to" or "by", found an object',
    ]);
  });

  it('counts items in words that read right', () => {
    expect(
      problemsAfter((d) => {
        d.cards = [];
      }),
    ).toEqual(['$.cards: expected at least 1 item, found an array of 0']);
    expect(
      problemsAfter((d) => {
        d.cards[0].label = '';
        d.cards[1].id = 'a'.repeat(65);
      }),
    ).toEqual([
      `$.cards[0].label: expected at least 1 character, found ""`,
      `$.cards[1].id: expected at most 64 characters, found "${'a'.repeat(40)}…"`,
    ]);
  });
});

describe('a typo in a union (a condition, an effect, a trigger) is reported against the branch that was meant', () => {
  it('a misspelt key in a condition', () => {
    expect(
      problemsAfter((d) => {
        d.endings[0].when = { meter: 'economy', op: '<', valeu: 20 };
      }),
    ).toEqual([
      '$.endings[0].when.value: expected a number, found nothing',
      '$.endings[0].when.valeu: expected no such key here, found the unknown key "valeu"',
    ]);
  });

  it('an unknown comparison in a condition', () => {
    expect(
      problemsAfter((d) => {
        d.reactions[3].when = { rung: 'norvalia', op: '=>', value: 'training' };
      }),
    ).toEqual(['$.reactions[3].when.op: expected one of "<", "<=", ">", ">=", "==", "!=", found "=>"']);
  });

  it('a misspelt key in an effect', () => {
    expect(
      problemsAfter((d) => {
        d.cards[0].effects[0] = { meter: 'trust', ad: 5 };
      }),
    ).toEqual([
      '$.cards[0].effects[0].add: expected a number, found nothing',
      '$.cards[0].effects[0].ad: expected no such key here, found the unknown key "ad"',
    ]);
  });

  it('a move by more than one rung, deep inside a chance', () => {
    expect(
      problemsAfter((d) => {
        d.cards[2].effects[2].success[0] = { move: { ladder: 'koravia', by: 2 } };
      }),
    ).toEqual(['$.cards[2].effects[2].success[0].move.by: expected one of 1, -1, found number 2']);
  });

  it('an unknown trigger type', () => {
    expect(
      problemsAfter((d) => {
        d.events[1].trigger = { type: 'randon', weight: 2 };
      }),
    ).toEqual(['$.events[1].trigger.type: expected one of "scheduled", "random", "conditional", found "randon"']);
  });
});

describe('reading the text of a file', () => {
  it.each([
    ['an empty file', '', '$: expected a JSON document, found an empty file'],
    ['only blanks', '  \n\t', '$: expected a JSON document, found an empty file'],
    [
      'a trailing comma',
      '{"id": "x",}',
      '$ (line 1, column 12): expected valid JSON, found expected double-quoted property name',
    ],
    [
      'a missing brace',
      '{\n  "id": "x"\n',
      `$ (line 3, column 1): expected valid JSON, found expected ',' or '}' after property value`,
    ],
    ['a missing value', '{"id": }', `$ (line 1, column 8): expected valid JSON, found unexpected token '}'`],
    [
      'a missing value in a longer file',
      `{\n  "format": "red-lines-scenario",\n  "title": "${'x'.repeat(40)}",\n  "id": }`,
      `$ (line 4, column 9): expected valid JSON, found unexpected token '}'`,
    ],
    ['a bare word', 'scenario', `$ (line 1, column 1): expected valid JSON, found unexpected token 's'`],
    [
      'a line break where a value goes on',
      '{\n  "id": tru\n}',
      `$ (line 2, column 12): expected valid JSON, found unexpected token '\\n'`,
    ],
    [
      'text after the document',
      '{}\n}',
      `$ (line 2, column 1): expected valid JSON, found unexpected non-whitespace character after JSON`,
    ],
    ['a string', '"scenario"', '$: expected an object, found "scenario"'],
    ['null', 'null', '$: expected an object, found null'],
    ['an array', '[]', '$: expected an object, found an array of 0'],
  ])('%s', (_, text, line) => {
    expect(textProblems(text)).toEqual([line]);
  });

  it('refuses nesting deeper than 64 before any schema runs', () => {
    const deep = `${'['.repeat(70)}${']'.repeat(70)}`;
    expect(textProblems(`{"cards": ${deep}}`)).toEqual([
      '$.cards[0][0][0][0][0][0][0]…: expected nesting at most 64 deep, found deeper nesting',
    ]);
    // 63 levels inside the object is allowed by the reader (the schema then judges it).
    expect(readJson(`{"cards": ${'['.repeat(63)}${']'.repeat(63)}}`).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', (key) => {
    expect(textProblems(`{"cards": [{"id": "a", "${key}": {"polluted": true}}]}`)).toEqual([
      `$.cards[0].${key}: expected an ordinary key, found the reserved key "${key}"`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over 5 MB', () => {
    expect(textProblems(`"${'x'.repeat(6 * 1024 * 1024)}"`)).toEqual([
      '$: expected a file of at most 5 MB, found 6.0 MB',
    ]);
  });
});
