/** Display helpers for a source's header: dates, places, confidence labels. */
import type { Confidence, SourceData } from './schema.ts';

export function formatSourceDate(date: SourceData['date']): string {
  const [year, month, day] = date.value.split('-').map(Number);
  let text = `${year}年`;
  if (month) text += `${month}月`;
  if (day) text += `${day}日`;
  return date.approximate ? `约${text}` : text;
}

export function sourceYear(date: SourceData['date']): number {
  return Number(date.value.slice(0, 4));
}

export function formatPlace(place: SourceData['place']): string {
  if (place.scope === 'national') return '全国';
  const parts = [place.province, place.city, place.county].filter((p): p is string => Boolean(p));
  // 重庆市 is both province-level and the city: don't say it twice.
  return parts.filter((p, i) => parts.indexOf(p) === i).join(' · ');
}

export const CONFIDENCE_LABEL: Record<Confidence, string> = { high: '高', medium: '中', low: '低' };

export const SCRIPT_LABEL: Record<SourceData['originalScript'], string> = {
  'zh-Hans': '简体中文',
  'zh-Hant': '繁体中文',
};
