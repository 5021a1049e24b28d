/**
 * The layers of src/ and which way they import (docs/architecture.md draws them):
 *
 *   engine ← session ← view ← table, ui ← app        server: engine and session only; cli: those and the server
 *
 * A layer may use any layer to its left, never one to its right; nothing in src/ uses test/;
 * no file imports itself back through others. `npm run lint` runs these rules.
 */
const layer = (name) => `^src/${name}/`;
const others = (...names) => `^src/(${names.join('|')})/`;

/** A rule: files of `from` may not import files of `to`. */
const forbid = (name, comment, from, to, extra = {}) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to, ...extra },
});

module.exports = {
  forbidden: [
    forbid(
      'engine-stands-alone',
      'src/engine is pure rules: it imports only its own files, xstate and zod.',
      layer('engine'),
      others('session', 'view', 'table', 'ui', 'app', 'cli', 'server'),
    ),
    forbid(
      'session-under-the-screens',
      'src/session sits on the engine alone: no view model, screen, table or wiring.',
      layer('session'),
      others('view', 'table', 'ui', 'app', 'cli', 'server'),
    ),
    forbid(
      'view-models-are-pure',
      'src/view builds plain data for both the DOM and the table: it never reaches up to them.',
      layer('view'),
      others('table', 'ui', 'app', 'cli', 'server'),
    ),
    forbid(
      'table-draws-view-models',
      'src/table draws view models and emits intents: it never uses the DOM screens or the wiring.',
      layer('table'),
      others('ui', 'app', 'cli', 'server'),
    ),
    forbid(
      'screens-read-view-models',
      'src/ui shows view models and emits intents: it never uses the Phaser table or the wiring.',
      layer('ui'),
      others('table', 'app', 'cli', 'server'),
    ),
    forbid(
      'tools-use-engine-session-and-server',
      'src/cli runs the engine, the session layer and the class server in Node: no view models, screens or wiring.',
      layer('cli'),
      others('view', 'table', 'ui', 'app'),
    ),
    forbid(
      'server-uses-engine-and-session',
      'src/server runs the same engine behind the same session contract: no view models, screens or wiring.',
      layer('server'),
      others('view', 'table', 'ui', 'app', 'cli'),
    ),
    forbid(
      'screens-never-hold-the-game',
      'Screens and view models read a GameView through a Session: never the Game, its machine or the engine code that runs it.',
      others('view', 'table', 'ui'),
      '^src/engine/(game|machine|rounds|save|simulate|bots|views)\\.ts$',
    ),
    forbid('src-never-uses-tests', 'Code that ships never imports test code.', '^src/', '^test/'),
    {
      name: 'no-circles',
      comment: 'Imports go one way: a file never reaches itself again through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    // Type-only imports count too: a type from the wrong layer is a wrong-way arrow all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
