/** Puts the player's display settings where the stylesheet reads them: attributes on <html>. */
import type { Settings } from '../view/settings';

export function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset.textSize = settings.textSize;
  root.dataset.calm = String(settings.calm);
}
