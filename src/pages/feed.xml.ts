/** /feed.xml — Atom feed of the sources, for course platforms and feed readers. */
import type { APIRoute } from 'astro';
import { getContentDates } from '../content/git-dates.ts';
import { getCatalog } from '../content/catalog.ts';
import { absolute, urls } from '../site/build-urls.ts';
import { atomId, atomXml } from '../publish/atom.ts';
import { UNKNOWN_DATE } from '../content/content-dates.ts';
import { SITE_TITLE } from '../site/site-constants.ts';
import { formatPlace, formatSourceDate } from '../content/source-meta.ts';

export const GET: APIRoute = async () => {
  const { sources } = await getCatalog();
  const dates = getContentDates();
  const entryDates = sources.map((source) => dates.of(`sources/${source.slug}`) ?? UNKNOWN_DATE);
  const xml = atomXml({
    id: atomId('feed/sources'),
    title: `${SITE_TITLE}：来源`,
    subtitle: '脱贫攻坚政策来源文章的结构化摘要、关键数字与原文摘句',
    selfUrl: absolute(urls.file('feed.xml')),
    siteUrl: absolute(urls.sources()),
    // The feed changed when its newest entry did.
    updated: [...entryDates].sort().at(-1) ?? UNKNOWN_DATE,
    author: `${SITE_TITLE}编辑组`,
    entries: sources.map((source, i) => {
      const { data } = source.entry;
      const exact = data.date.precision === 'day' && !data.date.approximate;
      return {
        id: atomId(`sources/${source.slug}`),
        title: data.title,
        url: absolute(urls.source(source.slug)),
        updated: entryDates[i]!,
        published: exact ? `${data.date.value}T00:00:00+08:00` : undefined,
        summary: `${formatSourceDate(data.date)} · ${formatPlace(data.place)} · ${data.genre}。${data.description}`,
        authors: data.people.filter((p) => p.part === '作者' && p.name).map((p) => p.name!),
        categories: [data.genre, data.place.province],
      };
    }),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
