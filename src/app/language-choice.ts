/**
 * The interface's language at start, and the title's switch between languages. The choice is
 * made once per page load: every screen is built with one locale, so changing the language
 * loads the page again in the new one (the title is all a player leaves behind).
 */
import { SessionStore } from '../session/session-store';
import { chooseLanguage, isLanguage, LANGUAGE_KEY, type Language } from '../view/language';
import { english, type Locale, loadLocale } from '../view/locale';

function remembered(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the player's choice on this device; private browsing keeps it for this visit only. */
export function rememberLanguage(storage: Storage | undefined, lang: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage refused: the address's ?lang= still holds for this page.
  }
}

/** The language of the class this tab is in the middle of, which outranks the device's choice. */
function classLanguage(): Language | undefined {
  const store = new SessionStore();
  const active = store.active();
  const lang = active === undefined ? undefined : store.read(active)?.meta.lang;
  return isLanguage(lang) ? lang : undefined;
}

/** The language to start in, its words loaded (English when they cannot be), and `<html lang>` set. */
export async function startingLocale(storage: Storage | undefined): Promise<Locale> {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLanguage(asked)) rememberLanguage(storage, asked);
  const lang = classLanguage() ?? chooseLanguage(location.search, remembered(storage), navigator.languages ?? []);
  let locale = english;
  if (lang !== 'en') {
    try {
      // Only the words: the title's Hangul shows in the system's Korean font, and Noto Sans KR's
      // Hangul slices (a large stylesheet) come with the table (open-table.ts), not with the first load.
      locale = await loadLocale(lang);
    } catch {
      // The words could not be fetched (offline, not stored yet): the title says everything in English.
    }
  }
  document.documentElement.lang = locale.lang;
  return locale;
}

/**
 * Resuming a class started in another language (from the saved sessions) loads the page again
 * in that language, with the class marked as this tab's own so it opens at once. True when it did.
 */
export function relaunchIn(store: SessionStore, id: string, lang: string): boolean {
  const started = store.read(id)?.meta.lang;
  // The tab's own class, resumed after a reload, is already in the language it could have.
  if (!isLanguage(started) || started === lang || store.active() === id) return false;
  store.setActive(id);
  location.reload();
  return true;
}
