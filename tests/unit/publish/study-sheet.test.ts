import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryLines, STUDY_SHEET_SIZES, studySheetSize, type StudyEntryText } from '../../../src/publish/study-sheet.ts';
import { pickExample } from '../../../src/content/glossary/term-example.ts';

const entry = (definitionChars: number, components = 0): StudyEntryText => ({
  term: '精准扶贫',
  pinyin: 'jīngzhǔn fúpín',
  definition: '贫'.repeat(definitionChars),
  components: Array.from({ length: components }, () => '扶持对象精准'),
});

describe('study sheet type size', () => {
  it('a longer entry takes more lines, and more at a larger size', () => {
    assert.ok(entryLines(entry(100), 90) > entryLines(entry(20), 90));
    assert.ok(entryLines(entry(100), 105) >= entryLines(entry(100), 70));
    assert.ok(entryLines(entry(40, 6), 90) > entryLines(entry(40), 90));
  });

  it('picks the largest size for a short category and a smaller one for a long category', () => {
    assert.equal(studySheetSize([entry(60), entry(60)]), STUDY_SHEET_SIZES[0]);
    const long = studySheetSize(Array.from({ length: 16 }, () => entry(100, 4)));
    assert.ok(long !== null && long < STUDY_SHEET_SIZES[0], String(long));
  });

  it('gives up (null) when even the smallest size cannot hold the entries', () => {
    assert.equal(studySheetSize(Array.from({ length: 200 }, () => entry(100, 6))), null);
  });
});

describe('example sentence', () => {
  const c = (text: string, clipped = false, script: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => ({ text, clipped, script });

  it('prefers a whole sentence, then Simplified script, then a length near 40 characters', () => {
    const whole = c('贫'.repeat(70));
    assert.equal(pickExample([c('贫'.repeat(40), true), whole]), whole);
    const hans = c('贫'.repeat(10));
    assert.equal(pickExample([c('貧'.repeat(40), false, 'zh-Hant'), hans]), hans);
    const near = c('贫'.repeat(38));
    assert.equal(pickExample([c('贫'.repeat(10)), near, c('贫'.repeat(90))]), near);
  });

  it('keeps the first of equals and returns nothing for no candidates', () => {
    const first = c('甲'.repeat(40));
    assert.equal(pickExample([first, c('乙'.repeat(40))]), first);
    assert.equal(pickExample([]), undefined);
  });
});
