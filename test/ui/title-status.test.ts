/**
 * The title's status: "Ready." only when the game and the PDF font are both on this device;
 * with the game stored and the font not yet, it says "Ready." and that PDFs need one download.
 */
import { describe, expect, it } from 'vitest';
import { statusWords } from '../../src/app/title-status';
import { english } from '../../src/view/locale';

const say = english.t;
const loaded = { kind: 'loaded' } as const;
const stored = { kind: 'stored' } as const;

describe('the title status with the PDF font', () => {
  it('says "Ready." only with the font stored, and offers the download otherwise', () => {
    expect(statusWords(say, loaded, stored, true, { kind: 'stored' })).toBe('Ready.');
    for (const kind of ['missing', 'storing', 'unknown'] as const) {
      const words = statusWords(say, loaded, stored, true, { kind });
      expect(words, kind).toMatch(/^Ready\. PDF handouts need their font \(6 MB\) downloaded once/);
    }
    expect(statusWords(say, loaded, stored, false, { kind: 'failed', reason: 'Failed to fetch' })).toBe(
      'Ready, but the PDF font could not be downloaded, so PDF handouts will not be made offline. (Failed to fetch)',
    );
  });

  it('says the game is being stored before it is, whatever the font', () => {
    expect(statusWords(say, loaded, { kind: 'storing' }, true, { kind: 'stored' })).toBe(say('offline.storing'));
  });
});
