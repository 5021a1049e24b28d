/**
 * The entry point. The title screen is already painted from index.html; this wires it up,
 * then loads Phaser in the background so the table opens quickly, and then stores the whole
 * game on this device for lessons without the network (see app.ts, service-worker.ts).
 */
import '../ui/styles/fonts.css';
import '../ui/styles/base.css';
import '../ui/styles/screens.css';
import '../ui/styles/table.css';
import '../ui/styles/dialogs.css';
import { english } from '../view/locale';
import { loadSettings } from '../view/settings';
import { App } from './app';

const settings = loadSettings(
  (() => {
    try {
      return localStorage;
    } catch {
      return undefined;
    }
  })(),
  matchMedia('(prefers-reduced-motion: reduce)').matches,
);
const app = new App(english, settings);
app.start();
document.documentElement.dataset.ready = 'true';
// Which build this page runs: a deployment may label its build (VITE_BUILD, e.g. a commit) to tell versions apart.
document.documentElement.dataset.build = String(import.meta.env.VITE_BUILD ?? '');
// Two frames after start the title has certainly painted; only then fetch the table's code.
requestAnimationFrame(() => requestAnimationFrame(() => app.prefetchTable()));
