/**
 * "Copy" controls that load their tool on use. Each copy control is a plain
 * link whose target is one hidden, empty iframe of the page (COPY_FRAME), and
 * whose href is the tool page with what to copy in the fragment: `<base>_kb/copy/#link:p-1x9k3ba` (the page's address with
 * that anchor) or `#text:cite-gbt-text` (the text of that element, a citation).
 * Clicking it, by mouse or by Enter, navigates the iframe (standard HTML); the
 * tool page (src/browser/copy-tool.ts) is same-origin with the page, so it
 * reads the page, writes the clipboard of the page's window (which holds the
 * click's user activation), and announces the result in the page. A
 * citation's controls are in the HTML; the "copy link" control beside each
 * ¶/# link is added by the page script (src/browser/copy-links.ts), since the
 * tool needs JavaScript anyway.
 *
 * Under file:// (the offline copy) every file is its own origin, so the tool
 * cannot reach the page; the offline copy hides the controls (OFFLINE_CLASS).
 *
 * Pure: shared by the templates, the page script, the tool, the link check
 * and the tests.
 */
import { withBase } from './base-path.ts';

/** The tool page and its script, relative to the site root. */
export const COPY_TOOL_PAGE = '_kb/copy/';
export const COPY_TOOL_SCRIPT = '_kb/copy.js';
/** What the tool shows in the page (a used control's mark, its status note), added to the page on first use. */
export const COPY_TOOL_STYLES = '_kb/copy.css';
/** The name of the page's one hidden iframe that copy controls target. */
export const COPY_FRAME = 'kb-tools';
/** Class on <html> of every page of the offline copy: copy controls are hidden there. */
export const OFFLINE_CLASS = 'offline-copy';

export type CopyKind = 'link' | 'text';

export interface CopyRequest {
  /** link: the page's address with #id; text: the text of the element with this id. */
  kind: CopyKind;
  id: string;
}

/** Ids the site makes: letters, digits, - and _ (pinyin slugs, hashes). */
const ID = /^[A-Za-z0-9][\w-]*$/;

/** The fragment that asks for a copy: "#link:p-1x9k3ba". */
export function copyFragment(request: CopyRequest): string {
  if (!ID.test(request.id)) throw new Error(`not a copyable id: "${request.id}"`);
  return `#${request.kind}:${request.id}`;
}

/**
 * Whether rendered HTML has copy controls: a copy control in the markup (a
 * citation's 复制), or a ¶/# link, beside which the page script puts a "copy
 * link" control (src/browser/copy-links.ts).
 */
export function hasCopyControlsIn(html: string): boolean {
  return html.includes(`target="${COPY_FRAME}"`) || html.includes('class="anchor-link"');
}

/** The href of a copy control under the base path: "/kb/_kb/copy/#link:p-1x9k3ba". */
export function copyHref(base: string, request: CopyRequest): string {
  return withBase(base, COPY_TOOL_PAGE) + copyFragment(request);
}

/** Reads a tool fragment ("#link:x", "link:x", percent-encoded or not); null for anything else. */
export function parseCopyFragment(hash: string): CopyRequest | null {
  let raw = hash.replace(/^#/, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const match = /^(link|text):(.+)$/.exec(raw);
  if (!match || !ID.test(match[2]!)) return null;
  return { kind: match[1] as CopyKind, id: match[2]! };
}

/**
 * The shareable address of an element: the page's URL without query or
 * fragment (a text fragment, a previous #anchor, tracking parameters), plus #id.
 */
export function linkTo(pageHref: string, id: string): string {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = id;
  return url.href;
}

/** Accessible name of the copy control beside a "link to here" control: 链接到本段 → 复制本段链接. */
export function copyLabel(linkLabel: string): string {
  const match = /^链接到(.+)$/.exec(linkLabel);
  return match ? `复制${match[1]}链接` : `复制${linkLabel}`;
}

/** What the status region says after a copy, from the control's accessible name: 复制本段链接 → 已复制本段链接. */
export function copyMessage(label: string, ok: boolean): string {
  const what = (label.startsWith('复制') ? label.slice(2) : label) || '内容';
  return ok ? `已复制${what}` : `未能复制${what}：浏览器不允许写入剪贴板，请手动复制`;
}
