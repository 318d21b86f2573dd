/** Small counts as news writes them: digits, English words, Chinese numerals ("three", "12", "五", "十二", "二十"). */

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** The English number words `enNumber` reads, for patterns that look for a count. */
export const EN_NUMBER_WORDS: readonly string[] = Object.keys(EN_NUMBERS);

/** A count written in digits or Chinese numerals, or null. */
export function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (ZH_DIGITS[s[1]!] ?? 0);
  if (s.endsWith('十')) return (ZH_DIGITS[s[0]!] ?? 0) * 10;
  if (s.length === 3 && s[1] === '十') return (ZH_DIGITS[s[0]!] ?? 0) * 10 + (ZH_DIGITS[s[2]!] ?? 0);
  return ZH_DIGITS[s] ?? null;
}

/** A count written in digits or English words (lower case), or null. */
export function enNumber(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : (EN_NUMBERS[s] ?? null);
}
