/**
 * Link check over a built site: every internal href/src/action points to a file
 * that exists (under the base path), every #anchor to an id on the target page,
 * nothing links outside the site, and every page is linked from another page.
 * A copy control (a link to the copy tool, see src/emit/copy-tool-step.ts) is checked for what
 * it means: its fragment names an id on its own page, and it opens in the one
 * tool iframe of that page.
 * Pure: the caller reads dist/ and passes the pages and the file list.
 */
import { COPY_FRAME, COPY_TOOL_PAGE, parseCopyFragment } from '../../src/site/copy-controls.ts';
import { pageElements } from './html-dom.ts';

export interface SitePage {
  /** Path inside the build folder, with /: "sources/x/index.html". */
  path: string;
  html: string;
}

export interface LinkProblem {
  /** Path inside the build folder. */
  file: string;
  line?: number;
  message: string;
}

/** Pages nobody needs to link to: the server shows 404.html for unknown URLs. */
export const ORPHAN_EXEMPT = new Set(['404.html']);

/** Attributes that make the browser fetch or navigate. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  image: ['href'],
  use: ['href'],
};

/** Elements whose URL counts as "this page links to that page" for the orphan check. */
const NAVIGATION = new Set(['a', 'area', 'form']);

const ORIGIN = 'http://site.invalid';

/** The copy tool's page in the build: its fragment is a request, not an anchor. */
const COPY_TOOL_FILE = `${COPY_TOOL_PAGE}index.html`;

/** The URL path a page is served at: sources/x/index.html → /base/sources/x/. */
export function pageUrl(path: string, base: string): string {
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

/** The build file a URL path names, or null: /base/terms/x/ → terms/x/index.html. */
export function fileFor(pathname: string, base: string, files: Set<string>): string | null {
  if (!pathname.startsWith(base)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((c) => files.has(c)) ?? null;
}

function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const el of pageElements(html)) {
    if (el.attrs.id !== undefined) ids.add(el.attrs.id);
    if (el.tag === 'a' && el.attrs.name !== undefined) ids.add(el.attrs.name);
  }
  return ids;
}

export function checkLinks(pages: SitePage[], files: Set<string>, base: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const htmlByPath = new Map(pages.map((p) => [p.path, p.html]));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let ids = idCache.get(path);
    if (!ids) idCache.set(path, (ids = pageIds(htmlByPath.get(path) ?? '')));
    return ids;
  };
  const linkedFrom = new Map<string, Set<string>>();

  for (const page of pages) {
    const here = new URL(pageUrl(page.path, base), ORIGIN);
    const elements = pageElements(page.html);
    const toolFrames = elements.filter((el) => el.tag === 'iframe' && el.attrs.name === COPY_FRAME).length;
    for (const el of elements) {
      for (const attr of URL_ATTRIBUTES[el.tag] ?? []) {
        const raw = el.attrs[attr];
        if (raw === undefined) continue;
        const at = `<${el.tag} ${attr}="${raw}">`;
        const report = (message: string) => problems.push({ file: page.path, line: el.line, message: `${at}: ${message}` });
        let url: URL;
        try {
          url = new URL(raw.trim(), here);
        } catch {
          report('not a valid URL');
          continue;
        }
        if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
        if (url.protocol === 'javascript:') {
          report('javascript: URLs are not allowed');
          continue;
        }
        if (url.origin !== ORIGIN) {
          report(`leaves the site (${url.protocol}//${url.host}); the site links and loads only its own files`);
          continue;
        }
        const target = fileFor(url.pathname, base, files);
        if (!target) {
          report(
            url.pathname.startsWith(base)
              ? `no file in the build for ${url.pathname}`
              : `${url.pathname} is outside the base path ${base}; build URLs with src/site/urls.ts`,
          );
          continue;
        }
        const fragment = url.hash.slice(1);
        if (target === COPY_TOOL_FILE && NAVIGATION.has(el.tag) && fragment) {
          const request = parseCopyFragment(url.hash);
          if (!request) report(`"${url.hash}" is not a copy request (#link:<id> or #text:<id>)`);
          else if (!idsOf(page.path).has(request.id)) report(`copies id="${request.id}", which is not on this page`);
          if (el.attrs.target !== COPY_FRAME) report(`a copy control must open in the page's tool frame (target="${COPY_FRAME}")`);
          else if (toolFrames !== 1) {
            report(
              `the page needs exactly one <iframe name="${COPY_FRAME}"> for its copy controls (it has ${toolFrames}); without it the click opens a new window`,
            );
          }
        } else if (fragment && target.endsWith('.html')) {
          let id = fragment;
          try {
            id = decodeURIComponent(fragment);
          } catch {
            // keep it raw; it will not be found
          }
          if (!idsOf(target).has(id)) report(`no id="${id}" on ${pageUrl(target, base)}`);
        }
        // A link from the 404 page does not make a page reachable.
        if (NAVIGATION.has(el.tag) && target !== page.path && target.endsWith('.html') && !ORPHAN_EXEMPT.has(page.path)) {
          const from = linkedFrom.get(target) ?? new Set<string>();
          from.add(page.path);
          linkedFrom.set(target, from);
        }
      }
    }
  }

  for (const page of pages) {
    if (ORPHAN_EXEMPT.has(page.path)) continue;
    if (!linkedFrom.has(page.path)) {
      problems.push({ file: page.path, message: `orphan: no other page links to ${pageUrl(page.path, base)}` });
    }
  }
  return problems;
}

export function formatLinkProblems(problems: LinkProblem[], dir: string): string {
  return problems.map((p) => `${dir}/${p.file}${p.line ? `:${p.line}` : ''} › ${p.message}`).join('\n');
}
