import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readSiteMarkdownInputs, siteMarkdownProcessor } from '../../../src/markdown/site-markdown.ts';
import { renderWorkerCount, rendererOptions, workerRenderedGlob, type RenderedMarkdown } from '../../../src/content/loader/worker-rendered-glob.ts';

const root = new URL('../../../', import.meta.url);

/** Astro's defaults for what rendererOptions reads. */
const config = {
  root,
  srcDir: new URL('src/', root),
  markdown: {
    syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
    shikiConfig: { langs: [], theme: 'github-dark', themes: {}, wrap: false, transformers: [], langAlias: {} },
    gfm: true,
    smartypants: true,
  },
  image: { domains: [], remotePatterns: [] },
};

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  rendered?: RenderedMarkdown | { html: string };
}

/** Loads a collection folder with the loader, against a stand-in for the parts of Astro's loader context that glob() uses. */
async function load(base: string, options: { watcher?: boolean; mainThreadHtml?: string } = {}) {
  const entries = new Map<string, StoredEntry>();
  const messages: string[] = [];
  let mainThreadRenders = 0;
  const markdown = {
    getEntryInfo: ({ contents }: { contents: string }) => {
      const parsed = parseFrontmatter(contents);
      return { data: parsed.frontmatter, body: parsed.content.trim(), rawData: parsed.rawFrontmatter };
    },
    getRenderFunction: async () => async () => {
      mainThreadRenders++;
      return { html: options.mainThreadHtml ?? '' };
    },
  };
  const context = {
    collection: 'test',
    config,
    logger: { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m) },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => {
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (s: string) => String(s.length),
    entryTypes: new Map([['.md', markdown]]),
    watcher: options.watcher ? { add: () => {}, on: () => {} } : undefined,
  };
  await workerRenderedGlob({ pattern: '*.md', base }).load(context as never);
  return { entries, messages, mainThreadRenders };
}

describe('Markdown rendered on worker threads', () => {
  it('renders every real entry exactly as the site processor does on the main thread', async () => {
    const renderer = await siteMarkdownProcessor(readSiteMarkdownInputs(root.pathname)).createRenderer(rendererOptions(config as never));
    for (const collection of ['sources', 'terms']) {
      const { entries, messages, mainThreadRenders } = await load(`./content/${collection}`);
      assert.equal(mainThreadRenders, 0, 'the main-thread renderer is not used in a build');
      assert.ok(entries.size > 0);
      // A further worker starts once eight entries wait on the first: the five sources render on one.
      const workers = entries.size <= 8 ? 1 : renderWorkerCount();
      assert.match(messages.join('\n'), new RegExp(`rendered ${entries.size} Markdown entries on ${workers} worker thread`));
      for (const entry of entries.values()) {
        const filePath = new URL(`content/${collection}/${entry.id}.md`, root);
        const expected = await renderer.render(entry.body!, { frontmatter: entry.data, fileURL: filePath });
        const rendered = entry.rendered as RenderedMarkdown;
        assert.equal(rendered.html, expected.code, `${collection}/${entry.id}: html`);
        assert.deepEqual(rendered.metadata.headings, expected.metadata.headings, `${collection}/${entry.id}: headings`);
        assert.deepEqual(rendered.metadata.frontmatter, expected.metadata.frontmatter, `${collection}/${entry.id}: frontmatter (linked terms)`);
        assert.deepEqual(rendered.metadata.imagePaths, [...expected.metadata.localImagePaths, ...expected.metadata.remoteImagePaths]);
      }
    }
  });

  it('links glossary terms and anchors blocks in the worker (the site processor, not a bare one)', async () => {
    const { entries } = await load('./content/sources');
    const html = [...entries.values()].map((e) => (e.rendered as RenderedMarkdown).html).join('\n');
    assert.match(html, /<a [^>]*href="\/terms\/[a-z0-9-]+\/"/);
    assert.match(html, /<p id="[a-z0-9-]+"/);
  });

  it('renders two collections loaded at the same time (sharing one pool) as it renders each alone', async () => {
    const [sources, terms] = await Promise.all([load('./content/sources'), load('./content/terms')]);
    for (const [collection, together] of [
      ['sources', sources],
      ['terms', terms],
    ] as const) {
      const alone = await load(`./content/${collection}`);
      assert.equal(together.entries.size, alone.entries.size);
      for (const [id, entry] of alone.entries) assert.equal(together.entries.get(id)?.rendered?.html, entry.rendered?.html, `${collection}/${id}`);
    }
  });

  it("keeps glob()'s own rendering on the dev server, which re-renders single files as they change", async () => {
    const { entries, mainThreadRenders } = await load('./content/sources', { watcher: true, mainThreadHtml: '<p>main thread</p>' });
    assert.equal(mainThreadRenders, entries.size);
    for (const entry of entries.values()) assert.equal(entry.rendered?.html, '<p>main thread</p>');
  });

  it('uses one worker per core, at least one and at most four', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 16].map((cores) => renderWorkerCount(cores)),
      [1, 2, 3, 4, 4],
    );
  });
});
