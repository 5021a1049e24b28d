import { describe, expect, it } from 'vitest';
import { PlayerEventSchema } from '../../src/engine/game-events';
import { playerEventTypes } from '../../src/engine/player-event-types';

describe('the player event types a game checks first', () => {
  it('are exactly the types the event schema accepts', () => {
    const schema = PlayerEventSchema.options.map((o) => o.shape.type.value).sort();
    expect([...playerEventTypes].sort()).toEqual(schema);
    expect(playerEventTypes.size).toBe(schema.length);
  });
});
