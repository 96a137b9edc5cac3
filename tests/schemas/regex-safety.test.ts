/** Which form patterns may run on the server: one row per kind of pattern, safe or not. */
import { describe, expect, it } from 'vitest';
import { overlappingAlternation, patternProblem } from '../../schemas/regex-safety.js';

const cases: Array<{ given: string; pattern: string; problem: RegExp | undefined }> = [
  { given: 'a mobile number', pattern: '^1[3-9]\\d{9}$', problem: undefined },
  { given: 'Chinese names by range', pattern: '^[\\u4e00-\\u9fa5]{2,20}$', problem: undefined },
  { given: 'Chinese names by property', pattern: '^[\\p{Script=Han}·]{2,20}$', problem: undefined },
  { given: 'a named back-reference', pattern: '^(?<y>\\d{4})-\\k<y>$', problem: undefined },
  { given: 'disjoint alternatives under a star', pattern: '^(a|b)*$', problem: undefined },
  { given: 'disjoint escaped alternatives', pattern: '^(\\.|a)+$', problem: undefined },
  { given: 'a negated class and its complement', pattern: '^(?:[^a]|a)+$', problem: undefined },
  { given: 'overlapping alternatives that repeat at most once', pattern: '^(a|a)?$', problem: undefined },
  { given: 'overlapping alternatives inside a lookahead', pattern: '^(?=a|a)a+$', problem: undefined },
  { given: 'nested repetition', pattern: '^(a+)+$', problem: /nests one repetition inside another/ },
  { given: 'the classic word list', pattern: '^(\\w+\\s?)+$', problem: /nests one repetition/ },
  { given: 'identical alternatives under a star', pattern: '(a|a)*', problem: /"a" and "a"/ },
  { given: 'a prefix alternative under a plus', pattern: '^(a|aa)+$', problem: /"a" and "aa"/ },
  { given: 'overlapping classes', pattern: '^(\\d|\\w)+$', problem: /"\\d" and "\\w"/ },
  { given: 'the dot and a letter', pattern: '^(.|a){2,}$', problem: /"\." and "a"/ },
  { given: 'an ambiguous group repeated by its parent', pattern: '^((a|a)b)*$', problem: /"a" and "a"/ },
  { given: 'the same astral character written two ways', pattern: '^(\\u{1F600}|\\uD83D\\uDE00)+$', problem: /can start with the same character/ },
  { given: 'an assertion before an overlap', pattern: '^(\\ba|a)+$', problem: /"\\ba" and "a"/ },
  { given: 'invalid syntax', pattern: '(', problem: /not a valid regular expression/ },
  { given: 'a pattern of 501 characters', pattern: 'a'.repeat(501), problem: /501 characters long; at most 500/ },
];

describe('patternProblem', () => {
  it.each(cases)('given $given ($pattern), when judged, then the problem matches', ({ pattern, problem }) => {
    const found = patternProblem(pattern);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });

  it('given a custom length limit, when judged, then it applies', () => {
    expect(patternProblem('abcd', 3)).toBe('is 4 characters long; at most 3 are allowed');
  });
});

describe('overlappingAlternation', () => {
  it('given overlapping alternatives at the top level, when analysed, then it finds nothing (no repetition)', () => {
    expect(overlappingAlternation('^(ab|ac)$')).toBeUndefined();
  });

  it('given them under a repetition, when analysed, then it names both (conservative: harmless in fact)', () => {
    expect(overlappingAlternation('^(ab|ac)+$')).toEqual(['ab', 'ac']);
  });
});
