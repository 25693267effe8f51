/**
 * The raw files' noise, as data. None of it may reach a built page or the
 * search index; `tests/build/noise.test.ts` scans the whole build with these.
 */
export interface NoisePattern {
  id: string;
  description: string;
  pattern: RegExp;
  /** A string from the raw sources that the pattern must catch. */
  example: string;
}

export const NOISE_PATTERNS: NoisePattern[] = [
  { id: 'gambling-spam', description: '博彩垃圾广告（000 号文件中替换了县名）', pattern: /betway|必威/i, example: 'betway必威体育官网' },
  { id: 'poster-account', description: '论坛发帖账号名（004）', pattern: /sexgang/i, example: '发布者: sexgang' },
  {
    id: 'phone-number',
    description: '个人手机号码（004 页脚）',
    pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/,
    example: '新闻|13707368020',
  },
  {
    id: 'forum-boilerplate',
    description: '论坛与网站模板：登录注册、热搜、回帖计数、反应按钮、页脚（004）',
    pattern: /找回密码|立即注册|热搜:|Powered by Discuz|Comsenz|小黑屋|返回顶部|查看内容|Processed in [\d.]+ second/,
    example: '找回密码',
  },
  { id: 'icp-number', description: '网站备案号（004 页脚）', pattern: /湘ICP备\d+号/, example: '湘ICP备17005265号' },
  { id: 'staff-chain', description: '编辑审校人员链（004）', pattern: /一审\|.*二审\||傅品红|刘连松|陈章楷/, example: '一审|傅品红 二审|刘连松' },
  { id: 'comment-counter', description: '评论计数（001）', pattern: /已有\d+人[發发](?:\([a-zā]+\))?表/, example: '已有0人發表了評論' },
  { id: 'aggregator-label', description: '论文聚合网站标签（003）', pattern: /论文部分内容阅读/, example: '论文部分内容阅读' },
  { id: 'map-widget', description: '地图组件残留（002）', pattern: /(?<![A-Za-z])Baidu(?![A-Za-z])/, example: 'Baidu' },
  {
    id: 'inserted-pinyin',
    description: '插入原文的拼音注音（001），如“實(shí)”',
    pattern: /\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u,
    example: '扎實(shí)推進(jìn)',
  },
  { id: 'mojibake', description: '编码错误造成的乱码（001）', pattern: /\?己嗽u|\?qū\)|確\?\?/, example: '確??己嗽u估' },
  { id: 'replacement-char', description: 'Unicode 替换字符（乱码）', pattern: /\uFFFD/, example: '\uFFFD' },
  { id: 'read-more-arrows', description: '转载导语“全文如下↓↓”（004）', pattern: /全文如下↓/, example: '全文如下↓↓' },
  { id: 'table-pipe', description: '图片说明后的表格残留“ |”（000）', pattern: /。 \|/, example: '取得良好效果。 |' },
  {
    id: 'forum-post-meta',
    description: '论坛帖子信息行：发布者、查看数、评论数（004）',
    pattern: /发布者[:：]|查看[:：]\s*\d+\s*\||评论[:：]\s*\d+\s*\|/,
    example: '2019-10-17 20:34| 发布者: sexgang| 查看: 611| 评论: 0|来自: 常德新闻联播',
  },
  { id: 'media-credits', description: '出品与联系栏目名“出品|”“新闻|”（004）', pattern: /(?:出品|新闻|直播|推广)\s*\|/, example: '出品|常德全媒' },
  { id: 'reaction-buttons', description: '论坛表态按钮“路过 雷人 握手 鲜花 鸡蛋”（004）', pattern: /路过\s*雷人|鲜花\s*鸡蛋/, example: '路过\n\n雷人' },
  {
    id: 'page-render-footer',
    description: '网页生成时间与页脚链接“GMT+8 … Archiver|手机版”（004）',
    pattern: /GMT\+8|Archiver\s*\|\s*手机版/,
    example: 'GMT+8, 2024-11-25 11:18 , Processed in 0.785925 second(s)',
  },
  {
    id: 'interview-header-template',
    description: '在线访谈页头模板“• 主题: / 日期: / 嘉宾: / 简介:”（002）',
    pattern: /•\s*(?:主题|日期|嘉宾|简介)\s*[:：]/,
    example: '  • 主题:砥砺同心 合力攻坚 坚决打好脱贫攻坚战',
  },
  {
    id: 'garbled-question-marks',
    description: 'GBK 字节错位留下的问号：汉字后连续问号，或问号后跟拼音残片（001）',
    pattern: /\p{Script=Han}\?(?:\?|[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))/u,
    example: '因?qū)W致貧',
  },
];

/** Paragraphs shorter than this may repeat on a page by design (labels such as “可信度：高”). */
export const REPEAT_MIN_LENGTH = 24;

/**
 * Duplicated paragraphs, the other kind of scraped noise (003 repeats lines 3–7
 * as lines 8–12; 002 repeats its 160-character summary inside the host's opening):
 * a paragraph of at least REPEAT_MIN_LENGTH characters that equals, or is contained
 * in, another paragraph of the same text. Comparison ignores white space.
 */
export function findRepeatedParagraphs<T extends { text: string }>(paragraphs: T[], minLength = REPEAT_MIN_LENGTH): Array<{ repeated: T; of: T }> {
  const keyed = paragraphs.map((p) => ({ p, key: p.text.replace(/\s+/gu, '') }));
  const found: Array<{ repeated: T; of: T }> = [];
  keyed.forEach(({ p, key }, i) => {
    if (key.length < minLength) return;
    const other = keyed.find((o, j) => j !== i && (j < i ? o.key.includes(key) : o.key.includes(key) && o.key !== key));
    if (other) found.push({ repeated: p, of: other.p });
  });
  return found;
}

/** The patterns without the g flag (exec then has no lastIndex state), compiled once: every text of every page is checked. */
const FIRST_MATCH = NOISE_PATTERNS.map(({ id, pattern }) => ({ id, pattern: new RegExp(pattern.source, pattern.flags.replace('g', '')) }));

export function findNoise(text: string): Array<{ id: string; match: string; index: number }> {
  const found: Array<{ id: string; match: string; index: number }> = [];
  for (const { id, pattern } of FIRST_MATCH) {
    const match = pattern.exec(text);
    if (match) found.push({ id, match: match[0], index: match.index });
  }
  return found;
}
