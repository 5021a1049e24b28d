// The game's entry point; the title screen and table are wired here.
const app = document.getElementById('app');
if (app) app.dataset.ready = 'true';
