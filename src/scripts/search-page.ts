/**
 * The /search/ page: runs Pagefind's JS API against the site's index, shows
 * ranked results with their type, and filters by type, province and year.
 * Pagefind is only loaded on this page, and only when it is opened.
 */
import { FACETS, pagefindFilters, parseSearchState, serializeSearchState, type Facet, type SearchState } from '../lib/search-query.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

const FACET_LABEL: Record<Facet, string> = { type: '类型', province: '省份', year: '年份' };
const PAGE_SIZE = 20;

let pagefindPromise: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  const base = import.meta.env.BASE_URL;
  pagefindPromise ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>).then(async (pf) => {
    await pf.options({ excerptLength: 36 });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

/** Pagefind excerpts are escaped text with <mark> only; rebuild them as DOM, never as HTML. */
function excerptNode(excerpt: string): HTMLElement {
  const p = element('p', { className: 'result-excerpt' });
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) p.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') p.append(element('mark', {}, node.textContent ?? ''));
    else p.append(node.textContent ?? '');
  }
  return p;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const type = data.filters.type?.[0] ?? '页面';
  const title = element('h3', {}, element('a', { href: data.url }, data.meta.title ?? data.url));
  const badge = element('span', { className: `badge badge--${type === '术语' ? 'term' : 'source'}` }, type);
  const details = [data.meta.date, data.meta.place, data.meta.category].filter(Boolean).join(' · ');
  const li = element('li', { className: 'result' }, badge, title);
  if (details) li.append(element('p', { className: 'source-line' }, details));
  li.append(excerptNode(data.excerpt));
  const sections = data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const list = element('ul', { className: 'result-sections' });
    for (const s of sections) list.append(element('li', {}, element('a', { href: s.url }, s.title)));
    li.append(list);
  }
  return li;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
  const input = document.querySelector<HTMLInputElement>('#search-input')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const fieldset = document.querySelector<HTMLFieldSetElement>('#search-filters')!;
  let state: SearchState = parseSearchState(location.search);
  input.value = state.query;
  let runId = 0;

  async function renderFacets(pf: PagefindApi) {
    const available = await pf.filters();
    for (const facet of FACETS) {
      const box = fieldset.querySelector<HTMLElement>(`[data-facet="${facet}"]`)!;
      box.querySelectorAll('label').forEach((l) => l.remove());
      const values = Object.keys(available[facet] ?? {}).sort((a, b) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh')));
      for (const value of values) {
        const checkbox = element('input', { type: 'checkbox', name: facet, value, checked: state.filters[facet].includes(value) });
        box.append(element('label', {}, checkbox, ` ${value}`));
      }
      box.hidden = values.length === 0;
    }
    fieldset.hidden = false;
    fieldset.setAttribute('aria-label', `按${FACETS.map((f) => FACET_LABEL[f]).join('、')}筛选`);
  }

  async function run() {
    const id = ++runId;
    history.replaceState(null, '', `${location.pathname}${serializeSearchState(state)}`);
    if (!state.query) {
      list.replaceChildren();
      status.textContent = '请输入搜索词。';
      return;
    }
    status.textContent = '正在搜索……';
    const pf = await loadPagefind();
    const search = await pf.search(state.query, { filters: pagefindFilters(state.filters) });
    if (id !== runId || !search) return;
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (id !== runId) return;
    list.replaceChildren(...data.map(resultItem));
    const total = search.results.length;
    status.textContent =
      total === 0 ? `没有找到与“${state.query}”相关的结果。` : `找到 ${total} 条与“${state.query}”相关的结果${total > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 条` : ''}。`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      void run();
    }, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, query: input.value.trim() };
    void run();
  });
  fieldset.addEventListener('change', () => {
    const filters = Object.fromEntries(
      FACETS.map((f) => [f, [...fieldset.querySelectorAll<HTMLInputElement>(`input[name="${f}"]:checked`)].map((c) => c.value)]),
    ) as SearchState['filters'];
    state = { ...state, filters };
    void run();
  });

  void loadPagefind().then(renderFacets);
  void run();
}
