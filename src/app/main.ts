/**
 * The entry point. The title screen is already painted from index.html (in the chosen
 * language); this loads that language's words, wires the title up, then loads Phaser in the
 * background so the table opens quickly, and then stores the whole game on this device for
 * lessons without the network (see app.ts, service-worker.ts).
 */
import '../ui/styles/fonts.css';
import '../ui/styles/base.css';
import '../ui/styles/screens.css';
import '../ui/styles/table.css';
import '../ui/styles/dialogs.css';
import { loadSettings } from '../view/settings';
import { App } from './app';
import { startingLocale } from './language-choice';

const storage = (() => {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
})();
const settings = loadSettings(storage, matchMedia('(prefers-reduced-motion: reduce)').matches);
const app = new App(await startingLocale(storage), settings);
app.start();
document.documentElement.dataset.ready = 'true';
// Which build this page runs: a deployment may label its build (VITE_BUILD, e.g. a commit) to tell versions apart.
document.documentElement.dataset.build = String(import.meta.env.VITE_BUILD ?? '');
// Two frames after start the title has certainly painted; only then fetch the table's code.
requestAnimationFrame(() => requestAnimationFrame(() => app.prefetchTable()));
