/**
 * After-build step: writes the copy tool (src/site/copy-controls.ts): the page _kb/copy/index.html that copy controls open in their page's
 * hidden iframe, and its script _kb/copy.js (src/browser/copy-tool.ts, bundled
 * and minified), and the stylesheet the tool adds to the page, _kb/copy.css
 * (src/styles/copy-tool.css). None is loaded until a reader clicks a copy control.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withBase } from '../site/base-path.ts';
import { bundleBrowserScript, bundleStylesheet } from './browser-bundle.ts';
import type { EmitStep } from './pipeline.ts';
import { COPY_TOOL_PAGE, COPY_TOOL_SCRIPT, COPY_TOOL_STYLES } from '../site/copy-controls.ts';
import { contentSecurityPolicy } from '../site/csp.ts';
import { SITE_TITLE } from '../site/site-constants.ts';
import { fileOfPath } from '../site/urls.ts';

/** Escapes text for a double-quoted attribute or element content. */
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The tool page: the site's policy, the script, and a sentence for whoever opens it on its own. */
export function copyToolHtml(base: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-Hans">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>复制工具 | ${escapeHtml(SITE_TITLE)}</title>`,
    `<script defer src="${withBase(base, COPY_TOOL_SCRIPT)}"></script>`,
    '</head>',
    '<body>',
    `<p>这是本站“复制”按钮在后台使用的工具页，单独打开时没有内容。<a href="${withBase(base, '')}">回到首页</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The tool page's file under the site root. */
export const COPY_TOOL_FILE = fileOfPath(COPY_TOOL_PAGE);

export function writeCopyTool(outDir: string, base: string): number {
  const page = join(outDir, COPY_TOOL_FILE);
  mkdirSync(dirname(page), { recursive: true });
  writeFileSync(page, copyToolHtml(base));
  bundleStylesheet('src/styles/copy-tool.css', join(outDir, COPY_TOOL_STYLES));
  return bundleBrowserScript('src/browser/copy-tool.ts', join(outDir, COPY_TOOL_SCRIPT));
}

export function copyTool(options: { base: string }): EmitStep {
  return {
    name: 'copy-tool',
    reads: [],
    writes: ['copy-tool'],
    run: (site, { logger }) => {
      const bytes = writeCopyTool(site.dir, options.base);
      site.add(COPY_TOOL_FILE, COPY_TOOL_SCRIPT, COPY_TOOL_STYLES);
      logger.info(`copy tool: ${COPY_TOOL_PAGE} and ${COPY_TOOL_SCRIPT} (${bytes} bytes)`);
    },
  };
}
