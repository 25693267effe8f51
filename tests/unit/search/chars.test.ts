import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexForm, isHan, isJoiner, isWordChar } from '../../../src/search/core/chars.ts';

// The definitions the fast paths in chars.ts must agree with, for every code point.
const reference = {
  isHan: (ch: string) => /\p{Script=Han}/u.test(ch),
  isJoiner: (ch: string) => /[\s“”‘’"'「」『』《》〈〉、·・•‧—–‐\u00a0\u3000]/u.test(ch),
  isWordChar: (ch: string) => /[\p{L}\p{N}]/u.test(ch) && !/\p{Script=Han}/u.test(ch),
  indexForm: (word: string) =>
    word
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]/gu, ''),
};

function differences<T>(fast: (ch: string) => T, slow: (ch: string) => T): string[] {
  const wrong: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    const ch = String.fromCodePoint(code);
    if (fast(ch) !== slow(ch)) wrong.push(`U+${code.toString(16).toUpperCase()}`);
  }
  return wrong;
}

describe('character classes', () => {
  it('isHan agrees with \\p{Script=Han} on every code point', () => {
    assert.deepEqual(differences(isHan, reference.isHan), []);
  });
  it('isJoiner agrees with its character class on every code point', () => {
    assert.deepEqual(differences(isJoiner, reference.isJoiner), []);
  });
  it('isWordChar agrees with letters and digits outside Han on every code point', () => {
    assert.deepEqual(differences(isWordChar, reference.isWordChar), []);
  });
  it('indexForm agrees with Pagefind-style normalisation on every code point', () => {
    assert.deepEqual(differences(indexForm, reference.indexForm), []);
  });
  it('indexForm agrees on words that mix the fast and the slow cases', () => {
    for (const word of ['扶贫', 'liangbuchou', 'Liǎng', '20.9%', '兩不`两不', '5+18+N', '扶\u200b贫', '疗、后', 'ｆｕｐｉｎ', '𠀀字', '']) {
      assert.equal(indexForm(word), reference.indexForm(word), word);
    }
  });
  it('tests a string of several characters as the expressions do', () => {
    for (const text of ['a扶', '扶 ', '扶a', 'ab', '“扶', '𠀀a']) {
      assert.equal(isHan(text), reference.isHan(text), text);
      assert.equal(isJoiner(text), reference.isJoiner(text), text);
      assert.equal(isWordChar(text), reference.isWordChar(text), text);
    }
  });
});
