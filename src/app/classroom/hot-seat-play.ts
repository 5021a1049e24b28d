/**
 * Hot-seat play at work: the class flow (flow/) is told every change of the game, and the
 * classroom layer shows what its state calls for: the pass screen, the team at the device, or
 * nothing. A card played while a team holds the device redraws its panel in place (focus stays).
 */
import { createActor } from 'xstate';
import type { TeamSpec } from '../../engine/game-events';
import type { LocalSession } from '../../session/local-session';
import type { GameView } from '../../session/session';
import type { ClassLayer } from '../../ui/classroom/class-layer';
import { passDeviceScreen } from '../../ui/classroom/pass-device';
import type { Say } from '../../ui/classroom/say';
import { type TeamTurn, teamTurn } from '../../ui/classroom/team-turn';
import { labelOf } from '../../view/refusal-words';
import { classFlow } from './flow/class-flow';
import type { HotSeat } from './hot-seat';

export interface HotSeatDeps {
  session: LocalSession;
  say: Say;
  layer: ClassLayer;
  /** The position saved with the session, on resume. */
  stored?: HotSeat;
  /** Keeps the position with the save. */
  remember(seat: HotSeat): void;
}

export interface HotSeatPlay {
  /** Who holds the device now, for the save. */
  position(): HotSeat;
  stop(): void;
}

const keyOf = (v: GameView) => `${v.phase}|${v.round}|${v.paused}`;
/** The round's decisions an undo can take back, in order: cards played, proposals and the council's decisions. */
const decisionsOfRound = (v: GameView) =>
  v.log.filter((e) => (e.kind === 'card' || e.kind === 'proposal' || e.kind === 'council') && e.round === v.round);

export function runHotSeat(deps: HotSeatDeps): HotSeatPlay {
  const { session, say, layer } = deps;
  const actor = flowActor(deps);
  const position = () => positionOf(actor.getSnapshot().context);
  let turn: TeamTurn | undefined;
  let lastKey = '';
  let decisionsBefore = decisionsOfRound(session.view());
  /** The council's step after every team's turn (the chair's pick, a vote) whose team has the device open. */
  let stepOpen = '';

  const render = () => {
    turn = undefined;
    const state = actor.getSnapshot();
    const view = session.view();
    const team = view.teams[state.context.turn];
    const step = state.matches({ deciding: 'allDone' }) ? councilStep(session, view) : undefined;
    if (team && state.matches({ deciding: 'passing' })) showPass(team, view);
    else if (team && state.matches({ deciding: 'atDevice' }))
      showTeam(team, state.context.turn === view.teams.length - 1);
    else if (step && stepOpen === step.key) showStep(step.team);
    else if (step) showPass(step.team, view, stepWhy(session, say, step), step.key);
    else layer.show(null);
  };

  /** The chair decides, or a team votes, with the device passed back to it; when nothing more waits, the turn ends. */
  const showStep = (team: TeamSpec) => {
    turn = showPanel(deps, team, true, undefined, () => {
      stepOpen = '';
      if (councilStep(session, session.view())) render();
      else void session.send({ type: 'turn.end' });
    });
  };

  /** The pass screen: for a team's turn, or (with `why` and `stepKey`) for a council step after every turn. */
  const showPass = (team: TeamSpec, view: GameView, why?: string, stepKey?: string) => {
    const pass = passDeviceScreen({
      team: team.name,
      who: speaksFor(session, team),
      round: view.round,
      rounds: view.rounds,
      say,
      ...(why ? { why } : {}),
      onReady: () => {
        if (stepKey) stepOpen = stepKey;
        else actor.send({ type: 'ready' });
        render();
      },
    });
    layer.show(pass);
    pass.querySelector<HTMLElement>('#pass-ready')?.focus();
  };

  const showTeam = (team: TeamSpec, last: boolean) => {
    turn = showPanel(deps, team, last, false, () => {
      actor.send({ type: 'done' });
      render();
    });
  };

  const onView = (view: GameView) => {
    const decisionsNow = decisionsOfRound(view);
    // A decision fewer in the same round: the facilitator took it back. A card or a proposal calls
    // its team back; a council's decision taken back leaves the chair's step to show again.
    const undone = decisionsNow.length < decisionsBefore.length ? decisionsBefore[decisionsNow.length] : undefined;
    decisionsBefore = decisionsNow;
    if (undone?.kind === 'card' || undone?.kind === 'proposal') {
      actor.send({ type: 'undone', turn: view.teams.findIndex((t) => t.id === undone.team) });
      lastKey = '';
    }
    const key = keyOf(view);
    actor.send({ type: 'view', deciding: deciding(view), round: view.round, teams: view.teams.length });
    if (key === lastKey && turn) turn.refresh();
    else {
      lastKey = key;
      render();
    }
  };

  const stop = session.subscribe(onView);
  const first = session.view();
  lastKey = keyOf(first);
  actor.send({ type: 'view', deciding: deciding(first), round: first.round, teams: first.teams.length });
  render();
  return {
    position,
    stop() {
      stop();
      actor.stop();
    },
  };
}

/** The class flow, started, with the classroom's own actions. */
function flowActor(deps: HotSeatDeps) {
  const actor = createActor(
    classFlow.provide({
      actions: {
        // The context as this transition leaves it (the actor's snapshot is still the one before).
        remember: ({ context }) => deps.remember(positionOf(context)),
        // After the flow has settled: the turn's end changes the game, which tells the flow again.
        endDecision: () => queueMicrotask(() => void deps.session.send({ type: 'turn.end' })),
      },
    }),
    { input: deps.stored ? { stored: deps.stored } : {} },
  );
  actor.start();
  return actor;
}

/** A team's panel on the layer, focused on its title. */
function showPanel(
  deps: HotSeatDeps,
  team: TeamSpec,
  last: boolean,
  decides: boolean | undefined,
  onDone: () => void,
): TeamTurn {
  const shown = teamTurn({
    session: deps.session.as({ kind: 'team', team: team.id }),
    team,
    last,
    say: deps.say,
    ...(decides === undefined ? {} : { decides }),
    onDone,
  });
  deps.layer.show(shown.element);
  shown.element.querySelector<HTMLElement>('#team-turn-title')?.focus();
  return shown;
}

function positionOf({ round, turn, open }: HotSeat): HotSeat {
  return { round, turn, open };
}

/** The teams decide in turn: in the decide phase, while the game is not paused. */
function deciding(view: GameView): boolean {
  return view.phase === 'decide' && view.teams.length > 0 && !view.paused;
}

/**
 * What the council still waits for once every team has had its turn: a vote called by an adopted
 * card (its team votes), or the chair's decision on open proposals.
 */
function councilStep(
  session: LocalSession,
  view: GameView,
): { kind: 'chair' | 'vote'; team: TeamSpec; key: string } | undefined {
  if (view.phase !== 'decide' || view.paused) return undefined;
  const vote = view.votes?.[0];
  const voter = vote && view.teams.find((t) => t.id === vote.team);
  if (voter) return { kind: 'vote', team: voter, key: `vote|${view.round}|${voter.id}` };
  const { scenario } = session;
  const chair = view.teams.find((t) => t.seat === scenario.player && t.role === scenario.rules.council?.chair);
  if (!chair || !view.council || view.council.decided || view.council.proposals.length === 0) return undefined;
  return { kind: 'chair', team: chair, key: `chair|${view.round}` };
}

/** Why the device comes back to a team after every turn. */
function stepWhy(session: LocalSession, say: Say, step: { kind: 'chair' | 'vote'; team: TeamSpec }): string {
  return say(`council.pass.${step.kind}`, { team: step.team.name, who: speaksFor(session, step.team) });
}

/** Who a team speaks for: a role at the table (with its seat), or a seat. */
function speaksFor(session: LocalSession, team: TeamSpec): string {
  const scenario = session.scenario;
  const seatLabel = labelOf(scenario.seats, team.seat);
  const role =
    team.role === undefined
      ? undefined
      : scenario.seats.find((s) => s.id === team.seat)?.roles.find((r) => r.id === team.role);
  return role === undefined ? seatLabel : `${role.label} (${seatLabel})`;
}
