/**
 * When the search box should search after an `input` event.
 *
 * - While an input method (拼音, 注音, 仓颉 …) is composing, the box holds
 *   Latin letters or unfinished syllables that are not the query: ignore them.
 *   The committed word arrives with `compositionend`, and is searched at once.
 * - Text that arrives whole (an IME commit, a paste, a drop, autocorrect, a
 *   word chosen from a suggestion list) is a complete query: search at once.
 * - A single typed keystroke is probably followed by another: wait a moment
 *   (the debounce), so that "fupin" does not search for "f", "fu", "fup" ….
 * - Deleting is debounced too, except when it empties the box, which clears
 *   the results at once.
 */
export type InputTiming = 'ignore' | 'now' | 'debounce';

/** The parts of an InputEvent that decide it (a plain object in tests). */
export interface InputFacts {
  isComposing: boolean;
  inputType: string;
  data: string | null;
  /** The box's value after the event. */
  value: string;
}

/** Milliseconds to wait after a keystroke before searching. */
export const KEYSTROKE_DEBOUNCE_MS = 60;

const WHOLE_TEXT = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank', 'insertFromPasteAsQuotation']);

export function inputTiming(event: InputFacts): InputTiming {
  if (event.isComposing || event.inputType === 'insertCompositionText') return 'ignore';
  if (event.value.trim() === '') return 'now';
  if (WHOLE_TEXT.has(event.inputType)) return 'now';
  if (event.inputType === 'insertText' && [...(event.data ?? '')].length > 1) return 'now';
  return 'debounce';
}
