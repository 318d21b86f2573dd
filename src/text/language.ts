import type { Language } from '../domain.js';

/** Chinese when Han characters make up a good share of the letters, else English. */
export function detectLanguage(text: string): Language {
  let han = 0;
  let latin = 0;
  for (const ch of text.slice(0, 2000)) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}
