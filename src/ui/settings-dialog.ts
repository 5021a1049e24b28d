/** The settings: text size and calm animations, applied at once and remembered. */
import type { Locale } from '../view/locale';
import { type Settings, TEXT_SIZES } from '../view/settings';
import { type SheetDialog, sheetDialog } from './dialog';
import { h } from './dom';

export function settingsDialog(locale: Locale, current: () => Settings, change: (s: Settings) => void): SheetDialog {
  const t = locale.t;
  const dialog = sheetDialog('settings-dialog', t('settings.heading'), locale);
  const sizes = TEXT_SIZES.map((size) => {
    const input = h('input', { attrs: { type: 'radio', name: 'text-size', value: size } });
    input.addEventListener('change', () => change({ ...current(), textSize: size }));
    return {
      size,
      input,
      label: h('label', { class: 'choice' }, input, h('span', { class: 'choice-title' }, t(`settings.text-${size}`))),
    };
  });
  const calm = h('input', { id: 'setting-calm', attrs: { type: 'checkbox' } });
  calm.addEventListener('change', () => change({ ...current(), calm: calm.checked }));
  dialog.body.append(
    h(
      'form',
      { class: 'settings-form', on: { submit: (e) => e.preventDefault() } },
      h(
        'fieldset',
        {},
        h('legend', {}, t('settings.text-size')),
        h('div', { class: 'choice-list' }, ...sizes.map((s) => s.label)),
      ),
      h('div', { class: 'check-row' }, calm, h('label', { attrs: { for: 'setting-calm' } }, t('settings.motion'))),
    ),
  );
  const open = dialog.open;
  dialog.open = () => {
    const s = current();
    for (const { size, input } of sizes) input.checked = size === s.textSize;
    calm.checked = s.calm;
    open();
  };
  return dialog;
}
