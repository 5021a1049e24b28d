import { describe, expect, it, vi } from 'vitest';
import type { Notices } from '../../src/app/notices';
import type { ServiceWorkerLink } from '../../src/app/service-worker';
import { reloadLosesNothing, UpdateFlow, type Whereabouts } from '../../src/app/update-flow';

describe('when a new build may load', () => {
  it('loads on the title, as a round begins and as a game ends, never inside a round or on a form', () => {
    const at = (screen: Whereabouts['screen'], phase: Whereabouts['phase'] = null) => ({ screen, phase });
    expect(reloadLosesNothing(at('title'), 'now')).toBe(true);
    expect(reloadLosesNothing(at('table', 'brief'), 'phase')).toBe(true);
    expect(reloadLosesNothing(at('table', 'brief'), 'screen')).toBe(true);
    expect(reloadLosesNothing(at('table', 'ended'), 'phase')).toBe(true);
    // An update arriving at a brief waits for the next moment: the brief may be half read.
    expect(reloadLosesNothing(at('table', 'brief'), 'now')).toBe(false);
    for (const phase of ['deliberate', 'decide', 'resolve'] as const)
      for (const moment of ['screen', 'phase', 'now'] as const)
        expect(reloadLosesNothing(at('table', phase), moment)).toBe(false);
    expect(reloadLosesNothing(at('setup'), 'screen')).toBe(false);
    expect(reloadLosesNothing(at('debrief', 'ended'), 'screen')).toBe(false);
    expect(reloadLosesNothing(at('ending', 'ended'), 'screen')).toBe(false);
  });

  it('says once that it will load between rounds, and loads as the next round begins', () => {
    vi.useFakeTimers();
    const shown: string[] = [];
    const notices = { show: (id: string, text: string) => shown.push(`${id}: ${text}`), hide: () => {} };
    let where: Whereabouts = { screen: 'table', phase: 'decide' };
    let announceUpdate = () => {};
    const link: ServiceWorkerLink = {
      onStored: () => {},
      onUpdate: (listener) => {
        announceUpdate = listener;
      },
      apply: vi.fn(),
    };
    const flow = new UpdateFlow({ say: (key) => key, notices: notices as unknown as Notices, where: () => where });
    flow.connect(link);
    announceUpdate();
    where = { screen: 'table', phase: 'resolve' };
    flow.moment('phase');
    vi.runAllTimers();
    expect(shown).toEqual(['update-ready: offline.update-ready']);
    expect(link.apply).not.toHaveBeenCalled();
    where = { screen: 'table', phase: 'brief' };
    flow.moment('phase');
    expect(link.apply).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(link.apply).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
