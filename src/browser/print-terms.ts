/**
 * The glossary sheet (/print/terms/): shows only the terms named in ?ids=, in
 * that order, under the lesson title from ?title=. Without ids (or without
 * JavaScript) the page stays a picker listing every term.
 *
 * Ordinary code, no top-level await: the offline copy runs it as a classic
 * script from file://.
 */
import { parseSelection, selectionQuery } from '../site/print-selection.ts';

export function startPrintSheet(doc: Document = document, location: Location = window.location): void {
  const sheet = doc.querySelector<HTMLElement>('#sheet');
  const list = doc.querySelector<HTMLElement>('#sheet-terms');
  if (!sheet || !list) return;
  const items = new Map([...list.querySelectorAll<HTMLElement>('.sheet-term')].map((item) => [item.dataset.slug ?? '', item]));
  const selection = parseSelection(location.search, items.keys());
  const titleInput = doc.querySelector<HTMLInputElement>('#sheet-title-input');
  if (titleInput) titleInput.value = selection.title;

  const warning = doc.querySelector<HTMLElement>('#sheet-unknown');
  if (warning && selection.unknown.length > 0) {
    warning.textContent = `以下编号没有对应的术语，已略过：${selection.unknown.join('、')}`;
    warning.hidden = false;
  }
  if (selection.ids.length === 0) return;

  for (const [slug, item] of items) {
    const chosen = selection.ids.includes(slug);
    item.hidden = !chosen;
    const box = item.querySelector<HTMLInputElement>('input[name="ids"]');
    if (box) box.checked = chosen;
  }
  // The sheet lists the terms in the order the link gives them.
  for (const slug of selection.ids) list.append(items.get(slug)!);

  const heading = doc.querySelector<HTMLElement>('#sheet-title');
  const title = selection.title || `术语单（${selection.ids.length} 个术语）`;
  if (heading) heading.textContent = title;
  doc.title = `${title} | ${doc.title.split(' | ').pop()}`;
  sheet.classList.add('sheet--selected');

  const share = doc.querySelector<HTMLAnchorElement>('#sheet-share-link');
  if (share) {
    const href = `${location.pathname}${selectionQuery(selection.ids, selection.title)}`;
    share.href = href;
    share.textContent = decodeURIComponent(href);
    share.closest<HTMLElement>('.sheet-share')!.hidden = false;
  }
}
