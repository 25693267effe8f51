/**
 * Broader and narrower terms on the built term pages, both ways, exactly as
 * content/term-relations.yaml says: the linked names in order, each link to the
 * right entry, and one 上位概念 / 下位概念 label where a list is shown.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseTermRelations, relationMaps } from '../../src/content/glossary/term-relations.ts';
import { attr, builtDocument, builtFile, findAll, followingSiblings, inside, textOf } from '../support/built-html.ts';
import { term, terms } from '../support/site-content.ts';

const relations = relationMaps(
  parseTermRelations(readFileSync('content/term-relations.yaml', 'utf8'), 'content/term-relations.yaml', new Set(terms.map((t) => t.slug))).edges,
);

describe('broader and narrower terms', () => {
  it('term pages list and link them both ways, as content/term-relations.yaml says', () => {
    const slugs = new Set([...relations.broader.keys(), ...relations.narrower.keys()]);
    assert.ok(slugs.size > 10);
    for (const slug of slugs) {
      assert.ok(existsSync(builtFile(`terms/${slug}/`)), `terms/${slug}/ was not built`);
      const doc = builtDocument(`terms/${slug}/`);
      // `#hierarchy ~ dl`: the lists that follow the section's heading.
      const heading = findAll(doc, (el) => attr(el, 'id') === 'hierarchy')[0];
      const lists = heading ? followingSiblings(heading).filter((el) => el.name === 'dl') : [];
      const inLists = (el: Parameters<typeof textOf>[0]) => lists.some((dl) => inside(el, (a) => a === dl));
      const labels = lists.flatMap((dl) => findAll(dl, (el) => el.name === 'dt').map(textOf));
      for (const [kind, label] of [
        ['broader', '上位概念'],
        ['narrower', '下位概念'],
      ] as const) {
        const links = findAll(doc, (el) => el.name === 'a' && inLists(el) && inside(el, (a) => a.name === 'ul' && attr(a, 'data-relation') === kind));
        const expected = relations[kind].get(slug) ?? [];
        assert.deepEqual(
          links.map((a) => textOf(a).trim()),
          expected.map((s) => term(s).data.term),
          `${slug} ${kind}`,
        );
        for (const [i, other] of expected.entries()) assert.match(attr(links[i]!, 'href') ?? '', new RegExp(`/terms/${other}/$`), `${slug} ${kind}`);
        if (expected.length > 0) assert.equal(labels.filter((text) => text.includes(label)).length, 1, `${slug} ${label}`);
      }
    }
  });
});
