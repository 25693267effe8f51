/**
 * Progressive enhancement for /sources/: filter by province, genre and year,
 * sort by date. The state lives in the URL (?province=…&sort=asc) so a filtered
 * list can be linked. Without JavaScript the full table is shown.
 */
import { filterRows, type RowFacts, type SourceFilter } from '../site/source-filter.ts';

const form = document.querySelector<HTMLFormElement>('#source-filters');
const tbody = document.querySelector<HTMLTableSectionElement>('#source-table tbody');

if (form && tbody) {
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
  const facts = (row: HTMLTableRowElement): RowFacts => ({
    province: row.dataset.province ?? '',
    genre: row.dataset.genre ?? '',
    year: row.dataset.year ?? '',
    date: row.dataset.date ?? '',
  });
  const status = form.querySelector<HTMLElement>('.filter-status');
  const params = new URLSearchParams(location.search);
  for (const name of ['province', 'genre', 'year', 'sort']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
  }

  const apply = () => {
    const data = new FormData(form);
    const filter: SourceFilter = {
      province: String(data.get('province') ?? ''),
      genre: String(data.get('genre') ?? ''),
      year: String(data.get('year') ?? ''),
      sort: data.get('sort') === 'asc' ? 'asc' : 'desc',
    };
    const visible = filterRows(rows, facts, filter);
    const shown = new Set(visible);
    for (const row of rows) row.hidden = !shown.has(row);
    for (const row of visible) tbody.append(row);
    if (status) status.textContent = `显示 ${visible.length} / ${rows.length} 篇`;
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) if (value && !(key === 'sort' && value === 'desc')) query.set(key, value);
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
}
