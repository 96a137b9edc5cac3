import { randomInt } from 'node:crypto';
import { toChinaDate } from '../calendar/china-time.js';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A case number (办件编号): `MF` + the China date of receipt + 6 random characters, e.g.
 * MF20261125-7K3Q9X. Random rather than sequential so numbers reveal nothing about volumes and
 * several instances need no shared counter; the store refuses the rare duplicate (retry).
 */
export function newCaseNo(now: Date): string {
  let tail = '';
  for (let i = 0; i < 6; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  return `MF${toChinaDate(now).replaceAll('-', '')}-${tail}`;
}
