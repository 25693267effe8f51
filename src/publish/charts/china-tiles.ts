/**
 * A schematic tile-grid map of China's 34 province-level divisions, drawn by
 * hand: each division is one equal square in its approximate geographic
 * position (north up). It shows *which* provinces, not borders or areas, and
 * needs no downloaded geometry. Always shown with a text list beside it.
 */
import { coord, escapeXml } from './svg.ts';

export interface ProvinceTile {
  /** Official name as used in content (place.province). */
  name: string;
  /** Short label drawn on the tile. */
  label: string;
  col: number;
  row: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { name: '黑龙江省', label: '黑龙江', col: 8, row: 0 },
  { name: '内蒙古自治区', label: '内蒙古', col: 5, row: 1 },
  { name: '北京市', label: '北京', col: 6, row: 1 },
  { name: '辽宁省', label: '辽宁', col: 7, row: 1 },
  { name: '吉林省', label: '吉林', col: 8, row: 1 },
  { name: '新疆维吾尔自治区', label: '新疆', col: 1, row: 2 },
  { name: '甘肃省', label: '甘肃', col: 3, row: 2 },
  { name: '宁夏回族自治区', label: '宁夏', col: 4, row: 2 },
  { name: '山西省', label: '山西', col: 5, row: 2 },
  { name: '河北省', label: '河北', col: 6, row: 2 },
  { name: '天津市', label: '天津', col: 7, row: 2 },
  { name: '青海省', label: '青海', col: 2, row: 3 },
  { name: '陕西省', label: '陕西', col: 4, row: 3 },
  { name: '河南省', label: '河南', col: 5, row: 3 },
  { name: '山东省', label: '山东', col: 6, row: 3 },
  { name: '西藏自治区', label: '西藏', col: 1, row: 4 },
  { name: '四川省', label: '四川', col: 3, row: 4 },
  { name: '重庆市', label: '重庆', col: 4, row: 4 },
  { name: '湖北省', label: '湖北', col: 5, row: 4 },
  { name: '安徽省', label: '安徽', col: 6, row: 4 },
  { name: '江苏省', label: '江苏', col: 7, row: 4 },
  { name: '上海市', label: '上海', col: 8, row: 4 },
  { name: '云南省', label: '云南', col: 3, row: 5 },
  { name: '贵州省', label: '贵州', col: 4, row: 5 },
  { name: '湖南省', label: '湖南', col: 5, row: 5 },
  { name: '江西省', label: '江西', col: 6, row: 5 },
  { name: '浙江省', label: '浙江', col: 7, row: 5 },
  { name: '广西壮族自治区', label: '广西', col: 4, row: 6 },
  { name: '广东省', label: '广东', col: 5, row: 6 },
  { name: '福建省', label: '福建', col: 6, row: 6 },
  { name: '台湾省', label: '台湾', col: 7, row: 6 },
  { name: '海南省', label: '海南', col: 4, row: 7 },
  { name: '澳门特别行政区', label: '澳门', col: 5, row: 7 },
  { name: '香港特别行政区', label: '香港', col: 6, row: 7 },
];

export function findProvince(name: string): ProvinceTile | undefined {
  return PROVINCE_TILES.find((tile) => tile.name === name || tile.label === name);
}

export interface TileMapOptions {
  id: string;
  /** Accessible name of the map. */
  title: string;
  /** Number of sources per province name; provinces not listed are drawn plain. */
  counts: ReadonlyMap<string, number>;
  tile?: number;
  gap?: number;
}

/** Which of the given province names have no tile (e.g. 全国, or a typo). */
export function unplacedProvinces(names: Iterable<string>): string[] {
  return [...new Set(names)].filter((name) => !findProvince(name));
}

export function tileMapSvg({ id, title, counts, tile = 52, gap = 4 }: TileMapOptions): string {
  const minCol = Math.min(...PROVINCE_TILES.map((t) => t.col));
  const minRow = Math.min(...PROVINCE_TILES.map((t) => t.row));
  const cols = Math.max(...PROVINCE_TILES.map((t) => t.col)) - minCol + 1;
  const rows = Math.max(...PROVINCE_TILES.map((t) => t.row)) - minRow + 1;
  const step = tile + gap;
  const width = cols * step - gap;
  const height = rows * step - gap;
  const highlighted = PROVINCE_TILES.filter((t) => (counts.get(t.name) ?? 0) > 0);
  const desc = highlighted.length
    ? `有来源的省级行政区：${highlighted.map((t) => `${t.label}（${counts.get(t.name)}篇）`).join('、')}。`
    : '没有能在地图上标出的省级来源。';
  const parts = [
    `<svg class="tile-map" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
  ];
  for (const t of PROVINCE_TILES) {
    const count = counts.get(t.name) ?? 0;
    const x = (t.col - minCol) * step;
    const y = (t.row - minRow) * step;
    const cls = count > 0 ? 'tile tile--on' : 'tile';
    const fontSize = t.label.length > 2 ? 15 : 17;
    parts.push(
      `<g class="${cls}" data-province="${escapeXml(t.name)}">`,
      `<rect x="${x}" y="${y}" width="${tile}" height="${tile}" rx="4"/>`,
      `<text x="${coord(x + tile / 2)}" y="${coord(y + (count > 0 ? tile / 2 : tile / 2 + 6))}" text-anchor="middle" font-size="${fontSize}">${escapeXml(t.label)}</text>`,
      count > 0 ? `<text class="tile__count" x="${coord(x + tile / 2)}" y="${coord(y + tile - 8)}" text-anchor="middle" font-size="13">${count}篇</text>` : '',
      '</g>',
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
