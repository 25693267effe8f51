/**
 * A fragment's content with its bigram chains folded. Pagefind stores a
 * record's content in its fragment as it was indexed: Han text as overlapping
 * bigrams, 精准 准扶 扶贫 贫, each character written twice, which compresses
 * poorly. The index step rewrites each fragment's content with every such run
 * written once, 精准扶贫 (`foldChains`), and the search page unfolds it
 * (`unfoldChains`) into the same words at the same positions, which Pagefind's
 * match positions count. The fragment says so with a top-level field
 * (`CHAINS_FIELD`); a fragment without it holds Pagefind's words as written.
 *
 * A bigram word is its first character with the joiners after it (quote
 * marks, 、, dashes: tokenize.ts), the first word of a run also with the
 * joiners before it, then the next character: 《推动, 神、解. The written form
 * is a list of tokens joined with spaces, as the words were:
 *   - a token with two or more Han characters (and joiners, none of the
 *     marks below) is a chain: for each Han character but the last, the word
 *     from it (with the joiners before the first) to the next Han character;
 *     then the last Han character with the joiners after it, the word that
 *     ends a run of Han text (…扶贫 贫, …保障” at 保障”。);
 *   - the same ending in OPEN is a chain without that last word: the run goes
 *     on in a word that is not in the chain;
 *   - a token that starts with ESCAPE is the word after it;
 *   - any other token is the word itself.
 * A word that would read otherwise is escaped, and so is a word that holds
 * U+200B (SPACE_MARK, which Pagefind deletes from the content when it loads a
 * fragment: 心\u200b合 would then read as a chain).
 */
import { isHan } from './chars.ts';
import { FOLD_MARK, SPACE_MARK } from './tokenize.ts';

/** The top-level fragment field (beside Pagefind's own) that says its content is written with chains. */
export const CHAINS_FIELD = 'kb_chains';

/** Starts a token that is one word as it is. */
const ESCAPE = '~';
/** Ends a chain token that has no last word. */
const OPEN = '^';

/** Characters that are never a joiner inside a chain token. */
const isMark = (ch: string): boolean => ch === ESCAPE || ch === OPEN || ch === FOLD_MARK || ch === SPACE_MARK || ch === ' ';

/** A chain token's parts: the joiners before its first Han character, then each Han character with the joiners after it. */
interface Chain {
  lead: string;
  units: Array<{ han: string; after: string }>;
  open: boolean;
}

function parseChain(token: string): Chain | undefined {
  const open = token.endsWith(OPEN);
  const body = open ? token.slice(0, -OPEN.length) : token;
  let lead = '';
  const units: Chain['units'] = [];
  for (const ch of body) {
    if (isMark(ch)) return undefined;
    if (isHan(ch)) units.push({ han: ch, after: '' });
    else if (units.length === 0) lead += ch;
    else units[units.length - 1]!.after += ch;
  }
  if (units.length < 2) return undefined;
  // An open chain's last Han character starts the word after the chain: no joiners of its own here.
  if (open && units[units.length - 1]!.after !== '') return undefined;
  return { lead, units, open };
}

/** A CJK Unified Ideograph (U+4E00–U+9FFF), one UTF-16 unit: most Han text, read without isHan's general test. */
const isCommonHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Whether every unit of a string is a common Han character (see isCommonHan). */
function commonHanOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isCommonHan(text.charCodeAt(i))) return false;
  return true;
}

/** The words a token stands for. */
function tokenWords(token: string): string[] {
  if (token.startsWith(ESCAPE)) return [token.slice(ESCAPE.length)];
  if (token.length >= 2 && commonHanOnly(token)) {
    // Most tokens: a closed chain of common Han characters alone.
    const words: string[] = [];
    for (let k = 0; k + 1 < token.length; k++) words.push(token.slice(k, k + 2));
    words.push(token[token.length - 1]!);
    return words;
  }
  const chain = parseChain(token);
  if (!chain) return [token];
  const { lead, units, open } = chain;
  const words: string[] = [];
  for (let k = 0; k + 1 < units.length; k++) words.push((k === 0 ? lead : '') + units[k]!.han + units[k]!.after + units[k + 1]!.han);
  const last = units[units.length - 1]!;
  if (!open) words.push(last.han + last.after);
  return words;
}

/** A bigram word's parts (see the module comment), or undefined for any other word. */
function bigram(word: string): { lead: string; han: string; after: string; next: string } | undefined {
  // Most words: two common Han characters.
  if (word.length === 2 && commonHanOnly(word)) return { lead: '', han: word[0]!, after: '', next: word[1]! };
  const chain = parseChain(word);
  if (!chain || chain.open || chain.units.length !== 2 || chain.units[1]!.after !== '') return undefined;
  const [first, second] = chain.units as [Chain['units'][0], Chain['units'][0]];
  return { lead: chain.lead, han: first.han, after: first.after, next: second.han };
}

/** The words as tokens (see the module comment), joined with spaces. */
export function foldChains(words: readonly string[]): string {
  const parts = words.map(bigram);
  const tokens: string[] = [];
  let i = 0;
  while (i < words.length) {
    const start = parts[i];
    if (start) {
      // Bigrams, each beginning with the character the one before ends with.
      let token = start.lead + start.han + start.after;
      let j = i;
      while (parts[j + 1] && parts[j + 1]!.lead === '' && parts[j + 1]!.han === parts[j]!.next) {
        j++;
        token += parts[j]!.han + parts[j]!.after;
      }
      const next = parts[j]!.next;
      // The run's last word: its last character with the joiners after it.
      const end = words[j + 1];
      const after = end?.startsWith(next) ? end.slice(next.length) : undefined;
      const closed = after !== undefined && [...after].every((ch) => !isHan(ch) && !isMark(ch));
      token += next + (closed ? after : OPEN);
      // The token reads back as these words: the Han characters split it into units unambiguously,
      // none of its joiners is a mark, and an open chain's last character has nothing after it.
      tokens.push(token);
      i = closed ? j + 2 : j + 1;
      continue;
    }
    const word = words[i]!;
    const read = word.includes(SPACE_MARK) ? [] : tokenWords(word);
    const plain = read.length === 1 && read[0] === word;
    tokens.push(plain ? word : ESCAPE + word);
    i++;
  }
  return tokens.join(' ');
}

/** The words of content written by foldChains (after Pagefind has deleted any SPACE_MARK from it). */
export function unfoldChains(content: string): string[] {
  return content.split(' ').flatMap(tokenWords);
}
