/**
 * The first half of `npm start`: builds the game (when `dist/` is missing or older than its
 * sources) and the server bundle (likewise), then exits so the server runs as plain Node.
 */
import { buildGame, buildIsStale } from '../server/game-build';
import { projectRoot } from '../server/project-root';
import { buildServer, serverIsStale } from '../server/server-build';

const root = projectRoot();
if (buildIsStale(root)) {
  console.log('Building the game…');
  buildGame(root);
}
if (serverIsStale(root)) buildServer(root);
