import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputTiming, type InputFacts } from '../../../src/search/core/input-timing.ts';

const typed = (facts: Partial<InputFacts>): InputFacts => ({ isComposing: false, inputType: 'insertText', data: 'a', value: 'a', ...facts });

test('syllables being composed by an input method are not searched', () => {
  assert.equal(inputTiming(typed({ isComposing: true, data: 'liang', value: 'liang' })), 'ignore');
  assert.equal(inputTiming(typed({ inputType: 'insertCompositionText', data: 'liangbuchou', value: 'liangbuchou' })), 'ignore');
});

test('a committed word, a paste or a drop searches at once', () => {
  assert.equal(inputTiming(typed({ data: '两不愁三保障', value: '两不愁三保障' })), 'now');
  assert.equal(inputTiming(typed({ inputType: 'insertFromPaste', data: null, value: '易地扶贫搬迁' })), 'now');
  assert.equal(inputTiming(typed({ inputType: 'insertFromDrop', data: null, value: '精准扶贫' })), 'now');
  assert.equal(inputTiming(typed({ inputType: 'insertReplacementText', data: null, value: 'poverty' })), 'now');
});

test('single keystrokes wait for the next one, counting characters, not UTF-16 units', () => {
  assert.equal(inputTiming(typed({ data: 'f', value: 'f' })), 'debounce');
  assert.equal(inputTiming(typed({ data: '贫', value: '扶贫' })), 'debounce');
  assert.equal(inputTiming(typed({ data: '𠀀', value: '𠀀' })), 'debounce');
  assert.equal(inputTiming(typed({ inputType: 'deleteContentBackward', data: null, value: 'fupi' })), 'debounce');
});

test('emptying the box clears at once', () => {
  assert.equal(inputTiming(typed({ inputType: 'deleteContentBackward', data: null, value: '' })), 'now');
  assert.equal(inputTiming(typed({ inputType: 'deleteByCut', data: null, value: '  ' })), 'now');
});
