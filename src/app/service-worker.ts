/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The page's link to its service worker (built by vite-plugin-pwa, see vite.config.ts): it
 * registers the worker, tells whether the game is stored on this device for use offline, and
 * tells when a new build has been downloaded. It never reloads the page by itself: the update
 * flow decides when the new build may take over (update-flow.ts).
 */
import { registerSW } from 'virtual:pwa-register';

/** Whether everything a lesson needs is stored on this device. */
export type Stored =
  | { kind: 'storing' }
  | { kind: 'stored' }
  /** Storing failed (null: a file could not be downloaded); the game still plays while the network works. */
  | { kind: 'failed'; reason: string | null }
  /** This page cannot keep the game: an address that is neither https nor this computer's, an old browser, or the dev server. */
  | { kind: 'insecure' | 'unsupported' | 'development' };

export interface ServiceWorkerLink {
  /** Called now with the current state, then on every change. */
  onStored(listener: (stored: Stored) => void): void;
  /** Called once a new build is downloaded and waiting (or has already taken over, from another tab). */
  onUpdate(listener: () => void): void;
  /** Lets the new build take over and reloads the page: call it only where a reload loses nothing. */
  apply(): void;
}

/** How often an open page asks the server for a newer build, while it is online. */
const CHECK_EVERY_MS = 20 * 60 * 1000;

/** Registers the service worker (call once the title and the table's code have loaded). */
export function linkServiceWorker(): ServiceWorkerLink {
  const storedListeners: ((stored: Stored) => void)[] = [];
  const updateListeners: (() => void)[] = [];
  let stored: Stored = { kind: 'storing' };
  let waiting = false;
  let tookOver = false;
  let applying = false;
  const setStored = (next: Stored) => {
    stored = next;
    for (const listener of storedListeners) listener(next);
  };
  const updateReady = () => {
    waiting = true;
    for (const listener of updateListeners) listener();
  };

  let update: (() => Promise<void>) | null = null;
  if (import.meta.env.DEV) stored = { kind: 'development' };
  else if (!('serviceWorker' in navigator)) stored = { kind: window.isSecureContext ? 'unsupported' : 'insecure' };
  else {
    // The first build stored takes charge of the open page at once (clients.claim), so that its
    // parts still load if the network drops without a reload. Any later change of controller
    // is a new build: asked for by this page, or let in by another tab of the game.
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!controlled) controlled = true;
      else if (applying) reloadOnce();
      else {
        tookOver = true;
        updateReady();
      }
    });
    update = registerSW({
      immediate: true,
      onNeedRefresh: updateReady,
      onOfflineReady: () => setStored({ kind: 'stored' }),
      // The plugin would reload here whenever a new build takes control, in the middle of a
      // round too; this page reloads itself instead (the controllerchange listener above).
      onNeedReload: () => {},
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        follow(registration, setStored);
        setInterval(() => {
          if (navigator.onLine) registration.update().catch(() => undefined);
        }, CHECK_EVERY_MS);
      },
      onRegisterError: (error: unknown) => void afterRegisterError(error, setStored),
    });
  }

  return {
    onStored(listener) {
      storedListeners.push(listener);
      listener(stored);
    },
    onUpdate(listener) {
      updateListeners.push(listener);
      if (waiting) listener();
    },
    apply() {
      if (applying || !update) return;
      applying = true;
      // With no controller to change (a page loaded bypassing the worker), the new build is
      // already active: a reload is served by it.
      if (tookOver || !navigator.serviceWorker.controller) reloadOnce();
      else void update();
    },
  };
}

let reloading = false;

function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  location.reload();
}

/** Follows a registration: stored once a worker is active (its install stored every file), failed if the install is abandoned. */
function follow(registration: ServiceWorkerRegistration, setStored: (stored: Stored) => void): void {
  if (registration.active) {
    setStored({ kind: 'stored' });
    return;
  }
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return;
  worker.addEventListener('statechange', () => {
    if (worker.state === 'activated') setStored({ kind: 'stored' });
    else if (worker.state === 'redundant' && !registration.active) setStored({ kind: 'failed', reason: null });
  });
}

/** Registering fails offline when the browser cannot fetch the worker to compare; a worker stored earlier still serves the game. */
async function afterRegisterError(error: unknown, setStored: (stored: Stored) => void): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  if (registration?.active) setStored({ kind: 'stored' });
  else setStored({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
}
