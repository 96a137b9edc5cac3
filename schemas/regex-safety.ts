import safeRegexModule from 'safe-regex2';

// safe-regex2 is CommonJS; depending on the loader its function arrives bare or under `default`.
const safeRegex = ((safeRegexModule as unknown as { default?: unknown }).default ?? safeRegexModule) as (re: string) => boolean;

/** The longest `pattern` a form may carry; longer ones are refused before any analysis. */
export const MAX_PATTERN_LENGTH = 500;

/**
 * Why a user-authored `pattern` is unfit to run on the server, or undefined when it is fine.
 * Patterns from forms are matched against applicant input on every submission, so a pattern that
 * backtracks catastrophically is a denial of service: it is refused at the door, not at run time.
 *
 * 1. At most `maxLength` characters.
 * 2. Compiles as `new RegExp(pattern, 'u')`, exactly as ajv compiles it.
 * 3. No nested repetition (star height > 1, e.g. `(a+)+`): judged by safe-regex2.
 * 4. No alternation under a repetition whose alternatives can start with the same character
 *    (e.g. `(a|a)*`, `(\d|\w)+`), which safe-regex2 does not see; see {@link overlappingAlternation}.
 *
 * @example patternProblem('^(a+)+$') // 'may backtrack catastrophically: it nests one repetition inside another'
 */
export function patternProblem(pattern: string, maxLength = MAX_PATTERN_LENGTH): string | undefined {
  // 1. Length.
  if (pattern.length > maxLength) return `is ${pattern.length} characters long; at most ${maxLength} are allowed`;
  // 2. Syntax.
  try {
    new RegExp(pattern, 'u');
  } catch (e) {
    return `is not a valid regular expression: ${(e as Error).message}`;
  }
  // 3. Star height.
  if (!safeRegex(pattern)) return 'may backtrack catastrophically: it nests one repetition inside another (or repeats too often)';
  // 4. Ambiguous alternation.
  const overlap = overlappingAlternation(pattern);
  if (overlap !== undefined) {
    return `may backtrack catastrophically: inside a repetition the alternatives "${overlap[0]}" and "${overlap[1]}" can start with the same character`;
  }
  return undefined;
}

/** Code point ranges, inclusive, not necessarily sorted or disjoint. */
type CharSet = ReadonlyArray<readonly [number, number]>;

const MAX_CP = 0x10ffff;
const ANY: CharSet = [[0, MAX_CP]];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: CharSet = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: CharSet = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];
const CONTROL_ESCAPES: Record<string, number> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d, '0': 0 };

function intersects(a: CharSet, b: CharSet): boolean {
  return a.some(([lo, hi]) => b.some(([lo2, hi2]) => lo <= hi2 && lo2 <= hi));
}

function complement(set: CharSet): CharSet {
  const sorted = [...set].sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, lo - 1]);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

/** What a piece of pattern can match first, whether it can match nothing, and suspect alternations. */
interface Shape {
  first: CharSet;
  nullable: boolean;
  /** Overlapping alternations found inside, not yet known to sit under a repetition. */
  pending: Array<[string, string]>;
}

/**
 * The first pair of alternatives that sit under a repetition (max > 1) and can begin with the same
 * character, or undefined. Such a pattern can match one input in exponentially many ways, and a
 * backtracking engine tries them all when the rest of the match fails.
 *
 * Conservative by design: `(ab|ac)*` is reported although it is harmless, because telling the two
 * apart needs automata; the fix (`a(b|c)` instead) is easy and the message says where. Property
 * escapes (`\p{…}`) and back-references are taken to match anything. The pattern must already
 * compile with the `u` flag, which makes its syntax strict enough to parse without Annex B quirks.
 */
export function overlappingAlternation(pattern: string): [string, string] | undefined {
  const parser = new ShapeParser(pattern);
  parser.disjunction();
  return parser.confirmed[0];
}

/**
 * A recursive-descent reader of just enough regex syntax to compute {@link Shape}s. Recursion depth
 * is bounded by group nesting, hence by the pattern length limit checked before.
 */
class ShapeParser {
  private i = 0;
  readonly confirmed: Array<[string, string]> = [];
  constructor(private readonly src: string) {}

  disjunction(): Shape {
    const alternatives: Array<{ shape: Shape; text: string }> = [];
    for (;;) {
      const from = this.i;
      const shape = this.alternative();
      alternatives.push({ shape, text: this.src.slice(from, this.i) });
      if (this.src[this.i] !== '|') break;
      this.i++;
    }
    const pending = alternatives.flatMap((a) => a.shape.pending);
    for (let a = 0; a < alternatives.length; a++) {
      for (let b = a + 1; b < alternatives.length; b++) {
        if (intersects(alternatives[a].shape.first, alternatives[b].shape.first)) {
          pending.push([alternatives[a].text, alternatives[b].text]);
        }
      }
    }
    return {
      first: alternatives.flatMap((a) => a.shape.first),
      nullable: alternatives.some((a) => a.shape.nullable),
      pending,
    };
  }

  private alternative(): Shape {
    const first: Array<readonly [number, number]> = [];
    const pending: Array<[string, string]> = [];
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const term = this.term();
      pending.push(...term.pending);
      if (nullable) first.push(...term.first);
      nullable = nullable && term.nullable;
    }
    return { first, nullable, pending };
  }

  private term(): Shape {
    const atom = this.atom();
    const q = this.quantifier();
    if (q === undefined) return atom;
    // Only a repetition that can run more than once turns an ambiguous alternation exponential.
    if (q.max > 1) this.confirmed.push(...atom.pending);
    return { first: atom.first, nullable: atom.nullable || q.min === 0, pending: q.max > 1 ? [] : atom.pending };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.src[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q !== undefined) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return undefined;
      this.i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
    } else return undefined;
    if (this.src[this.i] === '?') this.i++; // lazy: same shape
    return q;
  }

  private atom(): Shape {
    const c = this.src[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return { first: [], nullable: true, pending: [] };
    }
    if (c === '.') {
      this.i++;
      return { first: complement(LINE_TERMINATORS), nullable: false, pending: [] };
    }
    if (c === '(') return this.group();
    if (c === '[') return { first: this.characterClass(), nullable: false, pending: [] };
    if (c === '\\') return this.atomEscape();
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { first: [[cp, cp]], nullable: false, pending: [] };
  }

  private group(): Shape {
    const rest = this.src.slice(this.i);
    const look = /^\(\?<?[=!]/.exec(rest);
    const head = look?.[0] ?? /^\(\?(<[^>]+>|[a-z-]*:)?/.exec(rest)?.[0] ?? '(';
    this.i += head.length;
    const inner = this.disjunction();
    this.i++; // ')'
    // Lookarounds match no characters, and JavaScript never backtracks into them once they hold.
    if (look !== null) return { first: [], nullable: true, pending: [] };
    return inner;
  }

  private atomEscape(): Shape {
    const c = this.src[this.i + 1];
    if (c === 'b' || c === 'B') {
      this.i += 2;
      return { first: [], nullable: true, pending: [] };
    }
    if (/[1-9]/.test(c) || c === 'k') {
      // A back-reference repeats whatever its group matched: anything, possibly nothing.
      this.i += c === 'k' ? this.src.indexOf('>', this.i) - this.i + 1 : /^\\\d+/.exec(this.src.slice(this.i))![0].length;
      return { first: ANY, nullable: true, pending: [] };
    }
    return { first: this.escapeSet(), nullable: false, pending: [] };
  }

  /** A `[...]` class; `this.i` is on `[`. */
  private characterClass(): CharSet {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const set: Array<readonly [number, number]> = [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classAtom();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && lo.length === 1 && lo[0][0] === lo[0][1]) {
        this.i++;
        const hi = this.classAtom();
        set.push([lo[0][0], hi[0][1]]);
      } else set.push(...lo);
    }
    this.i++; // ']'
    return negated ? complement(set) : set;
  }

  private classAtom(): CharSet {
    if (this.src[this.i] === '\\') {
      if (this.src[this.i + 1] === 'b') {
        this.i += 2;
        return [[0x08, 0x08]];
      }
      return this.escapeSet();
    }
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return [[cp, cp]];
  }

  /** A character or class escape; `this.i` is on the backslash. */
  private escapeSet(): CharSet {
    const c = this.src[this.i + 1];
    this.i += 2;
    switch (c) {
      case 'd': return DIGIT;
      case 'D': return complement(DIGIT);
      case 'w': return WORD;
      case 'W': return complement(WORD);
      case 's': return SPACE;
      case 'S': return complement(SPACE);
      case 'p':
      case 'P':
        this.i = this.src.indexOf('}', this.i) + 1;
        return ANY;
      case 'c': {
        const code = this.src.charCodeAt(this.i++) % 32;
        return [[code, code]];
      }
      case 'x': {
        const code = parseInt(this.src.slice(this.i, this.i + 2), 16);
        this.i += 2;
        return [[code, code]];
      }
      case 'u': {
        const cp = this.unicodeEscape();
        return [[cp, cp]];
      }
      default: {
        const code = CONTROL_ESCAPES[c] ?? c.codePointAt(0)!;
        return [[code, code]];
      }
    }
  }

  /** `\u{…}`, `\uXXXX` or a surrogate pair of two `\uXXXX`; `this.i` is just past `\u`. */
  private unicodeEscape(): number {
    if (this.src[this.i] === '{') {
      const close = this.src.indexOf('}', this.i);
      const cp = parseInt(this.src.slice(this.i + 1, close), 16);
      this.i = close + 1;
      return cp;
    }
    const unit = parseInt(this.src.slice(this.i, this.i + 4), 16);
    this.i += 4;
    if (unit >= 0xd800 && unit <= 0xdbff && this.src.startsWith('\\u', this.i)) {
      const low = parseInt(this.src.slice(this.i + 2, this.i + 6), 16);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.i += 6;
        return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      }
    }
    return unit;
  }
}
