import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { ANKI_HEADER, csvField, glossaryAnki, glossaryCsv, glossaryJsonParts, type GlossaryRecord } from '../../../src/publish/glossary-export.ts';
import { textStream } from '../../../src/util/text-stream.ts';
import { atomId } from '../../../src/publish/atom.ts';
import { uuidV5 } from '../../../src/publish/uuid.ts';

const record = (over: Partial<GlossaryRecord> = {}): GlossaryRecord => ({
  slug: 'liang-bu-chou-san-bao-zhang',
  url: 'https://example.org/terms/liang-bu-chou-san-bao-zhang/',
  term: '两不愁三保障',
  traditional: '兩不愁三保障',
  pinyin: 'liǎng bù chóu sān bǎozhàng',
  english: [
    { text: 'Two Assurances and Three Guarantees', kind: 'official', reference: 'baipishu-2021' },
    { text: 'two "no-worries"', kind: 'common' },
  ],
  aliases: [],
  category: '数字概括语',
  definition: '不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。',
  definitionBasis: { from: 'sources', references: [], general: false },
  localVariants: [],
  outside: [
    { text: '《纲要》提出到2020年稳定实现扶贫对象不愁吃、不愁穿。', references: ['gangyao-2011'], general: false },
    { text: '2019年4月召开座谈会。', references: [], general: true },
  ],
  components: [
    { label: '不愁吃', text: '不愁吃。' },
    { label: '不愁穿', text: '不愁穿。' },
  ],
  related: [],
  relatedAll: ['wu-ge-yi-pi'],
  broader: [],
  narrower: [],
  explanation: '正文',
  appearsIn: [],
  ...over,
});

describe('glossary CSV', () => {
  it('quotes only fields that need it, doubling quotes (RFC 4180)', () => {
    assert.equal(csvField('abc'), 'abc');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('a\nb'), '"a\nb"');
  });

  it('starts with a BOM, ends lines with CRLF, and parses back to the same values', () => {
    const csv = glossaryCsv([record(), record({ slug: 'b', definition: 'x, "y"\nz' })]);
    assert.ok(csv.startsWith('\uFEFF'));
    assert.ok(csv.endsWith('\r\n'));
    const rows = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.term, '两不愁三保障');
    assert.equal(rows[0]!.english_other, 'two "no-worries"');
    assert.equal(rows[0]!.components, '不愁吃：不愁吃。\r\n不愁穿：不愁穿。');
    assert.equal(rows[1]!.definition, 'x, "y"\r\nz');
    assert.equal(rows[0]!.definition_basis, '来源');
    assert.equal(
      rows[0]!.outside_knowledge,
      '《纲要》提出到2020年稳定实现扶贫对象不愁吃、不愁穿。（参考:gangyao-2011）\r\n2019年4月召开座谈会。（编者按常识）',
    );
  });

  it('carries broader and narrower terms (SKOS names) and the example sentence with its source', () => {
    const csv = glossaryCsv([
      record({
        broader: ['tuo-pin-gong-jian'],
        narrower: ['a', 'b'],
        example: {
          sentence: '把实现“两不愁三保障”作为首要衡量尺度',
          lang: 'zh-Hans',
          source: 's',
          title: '推动殷殷嘱托在云阳落地生根',
          url: 'https://example.org/sources/s/',
        },
      }),
      record({ slug: 'none' }),
    ]);
    const rows = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
    assert.equal(rows[0]!.broader, 'tuo-pin-gong-jian');
    assert.equal(rows[0]!.narrower, 'a b');
    assert.equal(rows[0]!.example, '把实现“两不愁三保障”作为首要衡量尺度');
    assert.equal(rows[0]!.example_source, '推动殷殷嘱托在云阳落地生根');
    assert.equal(rows[1]!.broader, '');
    assert.equal(rows[1]!.example, '');
  });
});

describe('Anki notes', () => {
  it('has the file headers Anki reads, then one line of four tab-separated fields per term', () => {
    const text = glossaryAnki([record(), record({ slug: 'x', term: 'A<B', definition: 'tab\there\nnew line' })], '脱贫攻坚政策知识库');
    const lines = text.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, ANKI_HEADER.length), [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#tags column:4',
      '#columns:guid\tFront\tBack\tTags',
    ]);
    const notes = lines.slice(ANKI_HEADER.length).map((l) => l.split('\t'));
    assert.equal(notes.length, 2);
    for (const note of notes) assert.equal(note.length, 4);
    assert.deepEqual(notes[0], [
      'tuopin-kb-liang-bu-chou-san-bao-zhang',
      '两不愁三保障<br><span lang="zh-Latn-pinyin">liǎng bù chóu sān bǎozhàng</span>',
      '不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。<br><span lang="en">Two Assurances and Three Guarantees</span>',
      '脱贫攻坚政策知识库 数字概括语',
    ]);
    assert.equal(notes[1]![1], 'A&lt;B<br><span lang="zh-Latn-pinyin">liǎng bù chóu sān bǎozhàng</span>');
    assert.match(notes[1]![2]!, /^tab here<br>new line<br>/);
  });

  it("puts an example sentence from a source on the back, in the source's script, with the source's title", () => {
    const example = { sentence: '深化精準扶貧。', lang: 'zh-Hant', source: 's', title: '扎实推进<脱贫>', url: 'https://example.org/s/' };
    const [note] = glossaryAnki([record({ example })], 'deck')
      .trimEnd()
      .split('\n')
      .slice(ANKI_HEADER.length)
      .map((l) => l.split('\t'));
    assert.equal(
      note![2],
      '不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。<br><span lang="en">Two Assurances and Three Guarantees</span><br><br>例句：<span lang="zh-Hant">深化精準扶貧。</span><br><small>——扎实推进&lt;脱贫&gt;</small>',
    );
  });
});

describe('stable feed ids', () => {
  it('are RFC 9562 version-5 UUIDs (checked against the RFC test vector)', () => {
    // RFC 9562 appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
    assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('depend on the name only', () => {
    assert.equal(atomId('sources/a'), atomId('sources/a'));
    assert.notEqual(atomId('sources/a'), atomId('sources/b'));
    assert.match(atomId('sources/a'), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('glossary JSON', () => {
  const header = { name: '脱贫攻坚政策知识库 术语表', url: 'https://example.org/terms/', generated: '2026-01-01', count: 0 };
  const example = { sentence: '“两不愁三保障”……', lang: 'zh-Hant', source: 's', title: '标题', url: 'https://example.org/sources/s/#term-x' };
  const mention = { source: 's', title: '标题', url: 'https://example.org/sources/s/', line: 3, count: 2, sentence: '句子。' };

  for (const records of [[], [record()], [record({ example, appearsIn: [mention, mention] }), record({ slug: 'b', definition: 'a\nb "c" \\ 𠮷' })]]) {
    it(`is JSON.stringify of the whole document, written one record at a time (${records.length} records)`, async () => {
      const parts = [...glossaryJsonParts({ ...header, count: records.length }, records)];
      assert.equal(parts.length, records.length + 1);
      const whole = `${JSON.stringify({ ...header, count: records.length, terms: records }, null, 2)}\n`;
      assert.equal(parts.join(''), whole);
      // As the endpoint serves it: the same text, as UTF-8.
      assert.equal(await new Response(textStream(glossaryJsonParts({ ...header, count: records.length }, records))).text(), whole);
    });
  }

  it('makes each record only when the stream is read that far', async () => {
    let made = 0;
    const records = {
      *[Symbol.iterator]() {
        for (const slug of ['a', 'b', 'c']) {
          made++;
          yield record({ slug });
        }
      },
    };
    const reader = textStream(glossaryJsonParts({ ...header, count: 3 }, records)).getReader();
    await reader.read();
    // The first part and at most the one the stream keeps ready: never the whole glossary.
    assert.ok(made >= 1 && made < 3, `${made} of 3 records made after one read`);
    await reader.cancel();
  });
});
