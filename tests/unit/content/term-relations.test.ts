import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadTermRelations, parseTermRelations, relationMaps } from '../../../src/content/glossary/term-relations.ts';
import { checkStructure } from '../../../src/content/guard/checks.ts';
import { readContent } from '../../../src/content/content-files.ts';
import { projectPaths } from '../../../src/content/project-paths.ts';

const FILE = 'content/term-relations.yaml';
const known = new Set(['a', 'b', 'c', 'd']);
const parse = (text: string) => parseTermRelations(text, FILE, known);

describe('term relations file', () => {
  it('reads groups into broader → narrower edges, with the line of each narrower slug', () => {
    const { edges, problems } = parse('- broader: a\n  narrower: [b, c]\n- broader: b\n  narrower:\n    - d\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(edges, [
      { broader: 'a', narrower: 'b', line: 2 },
      { broader: 'a', narrower: 'c', line: 2 },
      { broader: 'b', narrower: 'd', line: 5 },
    ]);
  });

  it('derives broader from narrower: each edge gives both directions, and a term may have two broader terms', () => {
    const { edges } = parse('- broader: a\n  narrower: [c]\n- broader: b\n  narrower: [c, d]\n');
    const maps = relationMaps(edges);
    assert.deepEqual(maps.narrower.get('a'), ['c']);
    assert.deepEqual(maps.narrower.get('b'), ['c', 'd']);
    assert.deepEqual(maps.broader.get('c'), ['a', 'b']);
    assert.deepEqual(maps.broader.get('d'), ['b']);
    assert.equal(maps.broader.get('a'), undefined);
  });

  it('names file, line and field of an unknown slug', () => {
    const { problems } = parse('- broader: a\n  narrower: [b, nope]\n');
    assert.deepEqual(problems, [{ file: FILE, line: 2, field: '[0].narrower[1]', message: 'unknown term "nope" (no content/terms/nope.md)' }]);
    const broader = parse('\n- broader: zz\n  narrower: [b]\n').problems;
    assert.deepEqual(broader, [{ file: FILE, line: 2, field: '[0].broader', message: 'unknown term "zz" (no content/terms/zz.md)' }]);
  });

  it('rejects a term narrower than itself', () => {
    const { problems } = parse('- broader: a\n  narrower: [a]\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, '[0].narrower[0]');
    assert.match(problems[0]!.message, /cannot be narrower than itself/);
  });

  it('rejects a cycle, naming its path and the line of the edge that closes it', () => {
    const { problems } = parse('- broader: a\n  narrower: [b]\n- broader: b\n  narrower: [c]\n- broader: c\n  narrower:\n    - a\n');
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0], { file: FILE, line: 7, field: 'narrower', message: 'cycle: a → b → c → a (a term cannot be broader than itself)' });
  });

  it('rejects a repeated edge, a second group for the same broader term, unknown fields and a bad shape', () => {
    assert.match(parse('- broader: a\n  narrower: [b, b]\n').problems[0]!.message, /listed twice under "a"/);
    const twice = parse('- broader: a\n  narrower: [b]\n- broader: a\n  narrower: [c]\n').problems;
    assert.equal(twice.length, 1);
    assert.equal(twice[0]!.line, 3);
    assert.match(twice[0]!.message, /already has a group \(\[0\]\)/);
    assert.match(
      parse('- broader: a\n  narower: [b]\n')
        .problems.map((p) => p.message)
        .join('\n'),
      /unknown field[\s\S]*non-empty list/,
    );
    assert.match(parse('- broader: a\n  narrower: []\n').problems[0]!.message, /non-empty list/);
    assert.match(parse('broader: a\n').problems[0]!.message, /expected a list of groups/);
    assert.match(parse('- broader: a\n  narrower: [b\n').problems[0]!.message, /not valid YAML/);
  });

  it('an empty file has no relations; the build loader throws every problem with file and line', () => {
    assert.deepEqual(parse('# nothing yet\n'), { edges: [], problems: [] });
    assert.throws(
      () => loadTermRelations('- broader: a\n  narrower: [x]\n', 'term-relations.yaml', known),
      /term-relations\.yaml:2 › \[0\]\.narrower\[0\]: unknown term "x"/,
    );
    assert.deepEqual(loadTermRelations(null, 'term-relations.yaml', known).narrower.size, 0);
  });

  it('the content guard reports the problems of the relations file', () => {
    const terms = ['a', 'b'].map((slug) => ({ file: `content/terms/${slug}.md`, slug, data: {}, body: '' }));
    const problems = checkStructure({ sources: [], terms, relations: { file: FILE, text: '- broader: a\n  narrower: [a]\n' } });
    assert.ok(
      problems.some((p) => p.file === FILE && p.line === 2 && p.field === '[0].narrower[0]'),
      JSON.stringify(problems),
    );
  });

  it("the site's own relations file is valid, and every new entry it names exists", () => {
    const paths = projectPaths(process.cwd());
    const content = readContent(paths.contentDir, paths.root);
    assert.ok(content.relations, 'content/term-relations.yaml exists');
    const slugs = new Set(content.terms.map((t) => t.slug));
    const { edges, problems } = parseTermRelations(content.relations.text, content.relations.file, slugs);
    assert.deepEqual(problems, []);
    assert.ok(edges.some((e) => e.broader === 'jing-zhun-fu-pin' && e.narrower === 'liu-ge-jing-zhun'));
    assert.ok(edges.some((e) => e.broader === 'tuo-pin-gong-jian' && e.narrower === 'jing-zhun-fu-pin'));
  });
});
