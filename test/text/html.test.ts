import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/text/html.js';

describe('feed HTML to text', () => {
  it('writes a table as rows of cells between bars, its header as written', () => {
    const html =
      '<p>Moves this week:</p><table><thead><tr><th>Name</th><th>From</th><th>To</th></tr></thead>' +
      '<tbody><tr><td>Ana <b>Ruiz</b></td><td>Google DeepMind</td><td>OpenAI</td></tr><tr><td>易承泽</td><td>字节跳动</td><td>阿里巴巴</td></tr></tbody></table><p>More next week.</p>';
    expect(htmlToText(html)).toBe('Moves this week:\n\nName | From | To\nAna Ruiz | Google DeepMind | OpenAI\n易承泽 | 字节跳动 | 阿里巴巴\n\nMore next week.');
  });
  it("keeps a layout table's paragraphs as lines, not one row of bars", () => {
    const html = "<table><tr><td><p>OpenAI hires a new CFO</p><p>Read more in today's issue.</p></td><td><p>Sponsored</p></td></tr></table>";
    expect(htmlToText(html)).toBe("OpenAI hires a new CFO\n\nRead more in today's issue.\nSponsored");
  });
});
