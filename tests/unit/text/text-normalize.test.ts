import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldToSimplified, hasTraditional, toSimplified } from '../../../src/text/script-fold.ts';
import { nfkcChar } from '../../../src/text/nfkc-char.ts';
import { comparisonKey } from '../../../src/text/comparison-keys.ts';
import { toFullWidthPunctuation } from '../../../src/text/normalize.ts';

describe('script folding', () => {
  it('folds Traditional to Simplified character by character, keeping UTF-16 offsets (at the ends, next to astral characters)', () => {
    for (const [traditional, simplified] of [
      ['脫貧攻堅與鄉村振興', '脱贫攻坚与乡村振兴'],
      ['國𠀀說abc萬', '国𠀀说abc万'],
    ]) {
      const folded = foldToSimplified(traditional!);
      assert.equal(folded, simplified);
      assert.equal(folded.length, traditional!.length);
    }
  });

  it('leaves Simplified and Latin text alone', () => {
    assert.equal(foldToSimplified('两不愁三保障 ABC 123'), '两不愁三保障 ABC 123');
    assert.equal(hasTraditional('两不愁三保障'), false);
    assert.equal(hasTraditional('兩不愁三保障'), true);
  });

  it('keeps a character whose Simplified form would change its UTF-16 length (孻 → 𡥧)', () => {
    assert.equal(toSimplified('孻'), '𡥧');
    assert.equal(foldToSimplified('孻子'), '孻子');
  });

  it('converts 著力 to 着力 for display', () => {
    assert.equal(toSimplified('著力強化基礎設施'), '着力强化基础设施');
  });
});

describe('one character in NFKC', () => {
  it('turns full-width letters, digits and compatibility ideographs into their usual form', () => {
    assert.equal(nfkcChar('Ａ'), 'A');
    assert.equal(nfkcChar('２'), '2');
    assert.equal(nfkcChar('\uf900'), '豈');
  });
  it('leaves ASCII and unified ideographs alone, and keeps a character whose form is several', () => {
    assert.equal(nfkcChar('a'), 'a');
    assert.equal(nfkcChar('扶'), '扶');
    assert.equal(nfkcChar('㍻'), '㍻');
  });
});

describe('comparison key', () => {
  it('ignores width, white space and script', () => {
    assert.equal(comparisonKey('確保 考核，評估'), comparisonKey('确保考核,评估'));
  });
  it('still tells different words apart', () => {
    assert.notEqual(comparisonKey('8.5万户'), comparisonKey('8.3万户'));
  });
});

describe('toFullWidthPunctuation', () => {
  it('keeps ASCII punctuation between Latin words', () => {
    assert.equal(toFullWidthPunctuation('Powered by X, version 3'), 'Powered by X, version 3');
  });
});
