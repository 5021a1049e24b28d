import { describe, expect, it } from 'vitest';
import { Game } from '../../src/engine/game';
import { type ClassSetupValues, classConfigOf, defaultValues, seatChoices } from '../../src/view/class-config';
import { northsea } from '../support/scenarios';

const scenario = northsea().index.scenario;

function values(patch: Partial<ClassSetupValues> = {}): ClassSetupValues {
  return {
    name: 'Year 10',
    length: 'short',
    deliberationSeconds: 90,
    requireRationale: true,
    pin: '2468',
    teams: [
      { name: 'Hawks', plays: 'cabinet/premier' },
      { name: 'Koravia team', plays: 'koravia' },
      { name: 'Estmark team', plays: 'estmark' },
    ],
    ...patch,
  };
}

describe('class set-up', () => {
  it('offers every role of the player seat first, then each actor seat', () => {
    expect(seatChoices(scenario).map((c) => c.value)).toEqual(['cabinet/premier', 'koravia', 'estmark']);
  });

  it('starts with valid teams once a PIN is chosen', () => {
    const start = defaultValues(scenario, (n) => `Team ${n}`);
    expect(start.teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2', 'Team 3']);
    expect(classConfigOf(scenario, { ...start, pin: '1234' }).ok).toBe(true);
  });

  it('turns the form into a start event the engine accepts', () => {
    const result = classConfigOf(scenario, values());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.pin).toBe('2468');
    expect(result.value.start).toEqual({
      type: 'game.start',
      length: 'short',
      requireRationale: true,
      deliberationSeconds: 90,
      teams: [
        { id: 'team-1', name: 'Hawks', seat: 'cabinet', role: 'premier' },
        { id: 'team-2', name: 'Koravia team', seat: 'koravia' },
        { id: 'team-3', name: 'Estmark team', seat: 'estmark' },
      ],
    });
    const game = new Game(northsea(), 1);
    expect(game.send(result.value.start)).toEqual({ ok: true });
    expect(game.context.humans).toEqual(['cabinet', 'koravia', 'estmark']);
  });

  it('names every problem on its field at once', () => {
    const result = classConfigOf(
      scenario,
      values({
        pin: '12',
        deliberationSeconds: 5,
        length: 'nope',
        teams: [
          { name: ' ', plays: 'cabinet/premier' },
          { name: 'Doves', plays: 'cabinet/premier' },
          { name: 'doves', plays: 'narnia' },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'length:length',
      'deliberationSeconds:seconds',
      'pin:pin',
      'team-0-name:team-name',
      'team-1-plays:team-plays-twice',
      'team-2-name:team-name-twice',
      'team-2-plays:team-plays',
    ]);
  });

  it('takes at most six teams and at least one', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({ name: `T${i}`, plays: 'koravia' }));
    const tooMany = classConfigOf(scenario, values({ teams: seven }));
    expect(tooMany.ok === false && tooMany.errors.some((e) => e.key === 'team-count')).toBe(true);
    const none = classConfigOf(scenario, values({ teams: [] }));
    expect(none.ok === false && none.errors.some((e) => e.key === 'team-count')).toBe(true);
  });

  it('refuses a PIN that is not 4 to 8 digits', () => {
    for (const pin of ['', '123', '123456789', '12a4', ' 1234'])
      expect(classConfigOf(scenario, values({ pin })).ok).toBe(false);
    for (const pin of ['1234', '12345678']) expect(classConfigOf(scenario, values({ pin })).ok).toBe(true);
  });
});
