/**
 * Sample feeds for `labwatch demo`, written for it in the style of real reports:
 * English and Chinese (Simplified and Traditional), moves and look-alikes.
 */
export interface DemoFeed {
  path: string;
  name: string;
  contentType: string;
  body: (now: Date) => string;
}

const hoursAgo = (now: Date, h: number) => new Date(now.getTime() - h * 3_600_000);
const rfc822 = (d: Date) => d.toUTCString();

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(title: string, link: string, items: { title: string; link: string; body: string; hours: number }[], now: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escape(title)}</title><link>${link}</link><description>${escape(title)}</description>
${items
  .map(
    (i) => `<item><title>${escape(i.title)}</title><link>${i.link}</link><guid isPermaLink="true">${i.link}</guid>
<pubDate>${rfc822(hoursAgo(now, i.hours))}</pubDate><description><![CDATA[${i.body}]]></description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export const DEMO_FEEDS: DemoFeed[] = [
  {
    path: '/talent-wire.xml',
    name: 'AI Talent Wire',
    contentType: 'application/rss+xml; charset=utf-8',
    body: (now) =>
      rss(
        'AI Talent Wire',
        'https://talent-wire.example/',
        [
          {
            title: 'Chi-Hao Wu leaves Meta to become Chief AI Officer at Memories.ai',
            link: 'https://talent-wire.example/2025/chi-hao-wu-memories-ai',
            hours: 2,
            body: "<p>Chi-Hao Wu, who spent more than five years at Meta, has left the company to join the video-understanding startup Memories.ai as Chief AI Officer.</p><p>Wu said repeated reorganisations of Meta's AI division had made the work feel unsettled.</p>",
          },
          {
            title: 'PyTorch Conference: what we learned about distributed training',
            link: 'https://talent-wire.example/2025/pytorch-conference-notes',
            hours: 5,
            body: '<p>Rohan Varma spoke at PyTorch Conference about hybrid parallelism for large models, alongside engineers from Google and Microsoft.</p>',
          },
          {
            title: 'Midfielder joins Manchester United from Ajax',
            link: 'https://talent-wire.example/2025/sport-transfer',
            hours: 6,
            body: '<p>Jonas Berg joined Manchester United from Ajax on a four-year contract, the club said on Tuesday.</p>',
          },
        ],
        now,
      ),
  },
  {
    path: '/zhineng-simplified.xml',
    name: '智能前沿',
    contentType: 'application/rss+xml; charset=utf-8',
    body: (now) =>
      rss(
        '智能前沿',
        'https://zhineng.example/',
        [
          {
            title: 'Meta超级智能实验室研究员Rishabh Agarwal官宣离职',
            link: 'https://zhineng.example/news/8812',
            hours: 3,
            body: '<p>另一位MSL研究员Rishabh Agarwal今日官宣离职。他于今年4月加入Meta，仅仅五个月后便选择离开，下一站尚未透露。</p>',
          },
          {
            title: 'OpenAI发布新一代推理模型，API价格下调',
            link: 'https://zhineng.example/news/8813',
            hours: 4,
            body: '<p>OpenAI今日发布新一代推理模型，并宣布下调API价格。</p>',
          },
        ],
        now,
      ),
  },
  {
    path: '/keji-traditional.xml',
    name: '科技快訊',
    contentType: 'application/rss+xml; charset=utf-8',
    body: (now) =>
      rss(
        '科技快訊',
        'https://keji.example/',
        [
          {
            title: 'Meta九年元老Chaya Nayak轉投OpenAI',
            link: 'https://keji.example/a/20250921-01',
            hours: 1,
            body: '<p>Meta生成式AI產品管理總監Chaya Nayak已離開Meta，轉投OpenAI。她在Meta工作了九年。</p>',
          },
          {
            title: '豐巢創始人兼CEO徐育斌因身體原因辭職',
            link: 'https://keji.example/a/20250921-02',
            hours: 2,
            body: '<p>快遞櫃企業豐巢創始人兼CEO徐育斌因身體原因辭職。</p>',
          },
        ],
        now,
      ),
  },
];
