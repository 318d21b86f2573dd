import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/text/mojibake.js';
import { normalize, originalSpan } from '../../src/text/normalize.js';

describe('mojibake: UTF-8 that was read as a Windows code page', () => {
  it.each([
    ['cp1250, as a stored page had a name', 'including cofounder KarĂ©n Simonyan, will', 'including cofounder Karén Simonyan, will'],
    ['cp1252 punctuation', 'I donâ€™t know, she said â€” then left', 'I don’t know, she said — then left'],
    ['cp1252 letters', 'MÃ¼ller and JosÃ© moved to Zürich', 'Müller and José moved to Zürich'],
    ['a copyright line', 'Â© 2025 Reuters', '© 2025 Reuters'],
  ])('repairs %s', (_name, input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it.each([
    ['accented names', 'Łukasz Kaiser, José Hernández-Orallo, Zoë Brinkmann'],
    ['curly quotes and dashes side by side', '“Café Noël” — ’twas ’”'],
    ['Chinese', '前谷歌研究员李明加盟小米，担任首席科学家。'],
    ['Latin-1 letters that are no UTF-8', 'Ãa and Ä are letters here'],
  ])('leaves %s as written', (_name, text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('quotes a name from mojibake as the name it stands for', () => {
    const n = normalize('Cofounder KarĂ©n Simonyan will join Microsoft.');
    const at = n.text.indexOf('karen simonyan');
    expect(originalSpan(n, at, at + 'karen simonyan'.length)).toBe('Karén Simonyan');
  });
});
