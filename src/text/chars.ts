// ASCII letter tests by code unit: the hot loops of splitting, scanning and name finding read code units, not strings.

/** a–z. */
export const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
/** A–Z. */
export const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
/** A Latin letter, either case. */
export const isLatin = (c: number): boolean => isLower(c) || isUpper(c);
/** 0–9. */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A Latin letter or a digit. */
export const isAlnum = (c: number): boolean => isLatin(c) || isDigit(c);
