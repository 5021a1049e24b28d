/**
 * The debrief's section on every role's own stake, beside the council's objectives: each role's
 * and seat's objectives with their scores and the teams that held them, and, when the game had
 * an aftermath, that its periods were a projection the computer played, not the class.
 */
import type { StakesModel } from '../../view/stakes-model';
import type { Say } from '../classroom/say';
import { h } from '../dom';

export function stakesSection(model: StakesModel, say: Say): HTMLElement | null {
  if (model.stakes.length === 0 && model.aftermath === null) return null;
  const aftermath = model.aftermath;
  return h(
    'section',
    { class: 'debrief-stakes', id: 'debrief-stakes', attrs: { 'aria-labelledby': 'debrief-stakes-title' } },
    h('h2', { id: 'debrief-stakes-title' }, say('council.debrief.heading')),
    aftermath
      ? h(
          'div',
          { class: 'debrief-aftermath' },
          h('h3', {}, say('council.debrief.aftermath')),
          h(
            'p',
            {},
            say('council.debrief.aftermath-text', {
              count: aftermath.rounds.length,
              periods: aftermath.rounds.map((r) => r.label).join(', '),
            }),
          ),
        )
      : null,
    model.stakes.length === 0 ? null : h('p', {}, say('council.debrief.intro')),
    ...model.stakes.map((s) =>
      h(
        'div',
        { class: 'debrief-stake' },
        h('h3', {}, say('council.debrief.stake', { label: s.label, seat: s.seat })),
        h(
          'p',
          { class: 'field-hint' },
          s.teams.length === 0
            ? say('council.debrief.held-by-bot')
            : say('council.debrief.held-by', { teams: s.teams.join(', ') }),
        ),
        h(
          'ul',
          { class: 'score-list' },
          ...s.scores.map((x) =>
            h(
              'li',
              { class: 'score' },
              h('span', { class: 'score-label' }, say('council.debrief.score', { label: x.label, score: x.score })),
              h(
                'span',
                { class: 'score-bar', attrs: { 'aria-hidden': 'true' } },
                h('span', { class: 'score-fill', attrs: { style: `width: ${Math.max(0, Math.min(100, x.score))}%` } }),
              ),
              h('span', { class: 'field-hint' }, x.description),
            ),
          ),
        ),
      ),
    ),
  );
}
