/**
 * What a matter can be found by: one normalized, lower-case haystack per published matter, searched
 * by substring, plus an ASCII sort key that orders names the way a Chinese reader expects (by pinyin).
 * Pure and dependency-light so the browser can run the very same search over a downloaded catalogue.
 *
 * Haystack layout (the SQL store ranks on it with `split_part`, so the positions are a contract):
 *
 *   `<name> <name pinyin> <name initials> <code> <keyword> <kw pinyin> <kw initials> … <theme> …`
 *
 * Every part is passed through `normalizeQuery`, which removes all whitespace, so parts never contain
 * the separating space and a normalized query (which has no space either) never matches across parts.
 */
import { pinyin } from 'pinyin-pro';
import type { MatterDefinition } from '../../schemas/types.generated.js';

/** Positions of the name parts in the haystack (1-based, as SQL `split_part` counts). */
export const HAYSTACK_PART = { name: 1, pinyin: 2, initials: 3, code: 4 } as const;

export interface SearchKeys {
  /** The haystack described above. */
  text: string;
  /**
   * ASCII key that sorts names by pinyin, syllable by syllable, tone as tie-break (西安 xi1an1 before
   * 先 xian1). Compared with plain `<` in JS and `COLLATE "C"` in SQL, which agree on ASCII.
   */
  sortKey: string;
}

interface Reading {
  /** Full pinyin without tones or spaces: 食品经营许可 → shipinjingyingxuke. */
  full: string;
  /** First letter of each syllable: spjyxk. */
  initials: string;
}

/**
 * Builds the search keys of a matter definition.
 *
 * @example searchKeys(def).text // '食品经营许可 shipinjingyingxuke spjyxk scjg-xk-001 …'
 */
export function searchKeys(def: MatterDefinition): SearchKeys {
  const name = readingOf(def.name);
  const parts = [normalizeQuery(def.name), name.full, name.initials, normalizeQuery(def.code)];
  for (const keyword of def.keywords ?? []) {
    const reading = readingOf(keyword);
    parts.push(normalizeQuery(keyword), reading.full, reading.initials);
  }
  for (const theme of def.themes ?? []) parts.push(normalizeQuery(theme));
  // Empty keyword / theme parts carry nothing; the first four keep their positions even when empty.
  const text = [...parts.slice(0, 4), ...parts.slice(4).filter((p) => p !== '')].join(' ');
  return { text, sortKey: nameSortKey(def.name) };
}

/**
 * Normalizes a query (and every haystack part) so that what users type matches what is stored:
 * 1. NFKC: full-width letters, digits and punctuation become half-width (ＳＰＪＹ → SPJY).
 * 2. Lower-case.
 * 3. Pinyin tone marks go and ü becomes v, as pinyin input methods spell it (lǜ → lv).
 * 4. Whitespace, punctuation, symbols and control characters go (LIKE's % _ \ among them).
 */
export function normalizeQuery(q: string): string {
  return q
    .normalize('NFKC') // 1
    .toLowerCase() // 2
    .normalize('NFD') // 3
    .replace(/u\u0308/g, 'v')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[\s\p{P}\p{S}\p{C}]/gu, ''); // 4
}

/**
 * Full pinyin and initials of a text. pinyin-pro segments words first, so polyphones read in
 * context (银行 yinhang, 行政 xingzheng). Initials are the first letter of each syllable, which is
 * what pinyin-pro's `pattern: 'first'` returns; deriving them saves a second segmentation.
 * Characters that are not Chinese come back as themselves and are normalized like any text.
 */
function readingOf(text: string): Reading {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true }).map(normalizeQuery);
  return { full: syllables.join(''), initials: syllables.map((s) => s.charAt(0)).join('') };
}

/**
 * The name's sort key: per character its toneless pinyin plus tone digit (neutral 0), other letters
 * and digits as themselves, anything else as `~` plus six hex digits of its code point — so the key is
 * pure ASCII and JS and PostgreSQL compare it the same way.
 */
export function nameSortKey(name: string): string {
  return pinyin(name, { toneType: 'num', type: 'array', v: true })
    .map((syllable) => {
      const s = normalizeQuery(syllable);
      if (/^[a-z0-9]*$/.test(s)) return s;
      return [...s].map((ch) => (/[a-z0-9]/.test(ch) ? ch : `~${ch.codePointAt(0)!.toString(16).padStart(6, '0')}`)).join('');
    })
    .join('');
}
