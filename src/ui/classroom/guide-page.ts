/**
 * The facilitator guide as a page of the game: `docs/facilitator-guide.md` (in Korean
 * `facilitator-guide.ko.md`), bundled as text
 * and drawn into the DOM by a small reader of the Markdown the guide uses (headings,
 * paragraphs, lists, tables, rules, bold, italics, links). Every piece of text goes in as
 * text; links may only point inside the guide or to a relative page. Printing it puts each
 * role card on its own page.
 */
import './guide.css';
import korean from '../../../docs/facilitator-guide.ko.md?raw';
import english from '../../../docs/facilitator-guide.md?raw';
import { h } from '../dom';

/** A heading's anchor, as GitHub makes it, so the guide's own contents links work here too. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Inline Markdown: **bold**, *italic*, `code` and [links](#anchor). */
function inline(text: string): Node[] {
  const out: Node[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[(.+?)\]\((.+?)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    if (m[1] !== undefined) out.push(h('strong', {}, ...inline(m[1])));
    else if (m[2] !== undefined) out.push(h('em', {}, ...inline(m[2])));
    else if (m[3] !== undefined) out.push(h('code', {}, m[3]));
    else if (m[4] !== undefined && m[5] !== undefined) {
      const href = m[5];
      const safe = href.startsWith('#') || /^[\w./-]+$/.test(href);
      out.push(safe ? h('a', { attrs: { href } }, ...inline(m[4])) : document.createTextNode(m[4]));
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

/** Draws Markdown text as DOM nodes. */
export function renderMarkdown(markdown: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const lines = markdown.split(/\r?\n/);
  let i = 0;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.append(h('p', {}, ...inline(paragraph.join(' '))));
    paragraph = [];
  };
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] ?? '#').length as 1 | 2 | 3 | 4;
      const text = heading[2] ?? '';
      out.append(h(`h${level}`, { id: slug(text) }, ...inline(text)));
      i++;
    } else if (/^---+\s*$/.test(line)) {
      flush();
      out.append(h('hr', {}));
      i++;
    } else if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      flush();
      const ordered = /^\s*\d+\./.test(line);
      const list = h(ordered ? 'ol' : 'ul', {});
      while (i < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[i] ?? '')) {
        let item = (lines[i] ?? '').replace(/^\s*([-*]|\d+\.)\s+/, '');
        i++;
        // A continuation line is indented under its item.
        while (i < lines.length && /^\s{2,}\S/.test(lines[i] ?? '') && !/^\s*([-*]|\d+\.)\s+/.test(lines[i] ?? '')) {
          item += ` ${(lines[i] ?? '').trim()}`;
          i++;
        }
        list.append(h('li', {}, ...inline(item)));
      }
      out.append(list);
    } else if (line.startsWith('|')) {
      flush();
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) {
        const cells = (lines[i] ?? '')
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
        i++;
      }
      const [head, ...body] = rows;
      out.append(
        h(
          'table',
          {},
          h('thead', {}, h('tr', {}, ...(head ?? []).map((c) => h('th', { attrs: { scope: 'col' } }, ...inline(c))))),
          h('tbody', {}, ...body.map((r) => h('tr', {}, ...r.map((c) => h('td', {}, ...inline(c)))))),
        ),
      );
    } else if (line.trim() === '') {
      flush();
      i++;
    } else {
      paragraph.push(line.trim());
      i++;
    }
  }
  flush();
  return out;
}

/** The guide in a language: Korean has its own, every other language reads the English one. */
const GUIDES: Readonly<Record<string, string>> = { en: english, ko: korean };

/** The guide as a screen, in the interface's language, with a way back and a print button. */
export function guidePage(options: { back: string; print: string; lang: string; onBack(): void }): HTMLElement {
  const back = h('button', { class: 'btn', attrs: { type: 'button' } }, options.back);
  back.addEventListener('click', () => options.onBack());
  const print = h('button', { class: 'btn', attrs: { type: 'button' } }, options.print);
  print.addEventListener('click', () => window.print());
  const article = h('article', { class: 'guide-body' });
  const lang = Object.hasOwn(GUIDES, options.lang) ? options.lang : 'en';
  article.lang = lang;
  article.append(renderMarkdown(GUIDES[lang] ?? english));
  // Each role card (a level-3 heading after the role cards' heading) starts a printed page.
  let inCards = false;
  for (const el of article.children) {
    if (el.tagName === 'H2') inCards = el.id === 'printable-role-cards' || el.id === '인쇄용-역할-카드';
    else if (inCards && el.tagName === 'H3') el.classList.add('print-page');
  }
  const heading = article.querySelector('h1');
  heading?.setAttribute('tabindex', '-1');
  return h(
    'section',
    { class: 'screen guide-screen', id: 'guide-screen', attrs: { 'aria-labelledby': heading?.id ?? '' } },
    h('div', { class: 'sheet guide-sheet' }, h('div', { class: 'guide-actions' }, back, print), article),
  );
}
