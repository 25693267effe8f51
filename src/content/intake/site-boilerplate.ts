/**
 * Whole lines of web-page furniture that a scraper keeps with the article:
 * navigation, share buttons, captions, copyright and registration lines. These
 * add to the project's noise patterns (src/content/guard/noise-patterns.ts), which list
 * what was found in the archive; these are the usual kinds, for new files.
 */
export interface LinePattern {
  id: string;
  /** What the line is, in Chinese, as the draft's noiseRemoved says it. */
  label: string;
  pattern: RegExp;
}

export const SITE_BOILERPLATE: LinePattern[] = [
  {
    id: 'nav-label',
    label: '网站导航与栏目链接',
    pattern:
      /^(?:首页|搜索|登录|注册|相关阅读|相关分类|相关文章|相关新闻|延伸阅读|推荐阅读|热门推荐|上一篇|下一篇|返回顶部|返回首页|打印本页|关闭窗口|收藏本页|加入收藏)(?:[:：\s].*)?$/,
  },
  { id: 'share-buttons', label: '分享按钮', pattern: /^(?:分享到|分享)[:：]?|^(?:(?:微信|微博|QQ空间|朋友圈|QQ|豆瓣)\s*)+$/ },
  { id: 'reaction-buttons', label: '表态按钮', pattern: /^(?:(?:路过|雷人|握手|鲜花|鸡蛋|点赞|顶|踩)\s*)+$/ },
  { id: 'editor-credit', label: '责任编辑与来源栏', pattern: /^[【[（(]?\s*(?:责任编辑|责编|编辑|来源|稿源|审核|校对)\s*[:：]/ },
  { id: 'forum-summary', label: '论坛摘要栏', pattern: /^摘要\s*[:：]/ },
  { id: 'copyright', label: '版权声明', pattern: /©|版权所有|Copyright|All Rights Reserved|未经授权[^。]*转载/i },
  { id: 'icp-number', label: '网站备案号', pattern: /ICP[备证]\s*\d+|公网安备\s*\d+/ },
  { id: 'image-caption', label: '图片说明', pattern: /[（(](?:图片|照片)(?:均为|由|来源|来自)|图片来源|供图[)）]?\s*$|^图为|[（(](?:记者\S{0,6})?摄[)）]/ },
  { id: 'table-pipe', label: '表格残留的分隔符“|”', pattern: /\s\|\s*$/ },
];

/** The first boilerplate pattern a line matches (trimmed line), or undefined. */
export function boilerplateOf(line: string): LinePattern | undefined {
  const text = line.trim();
  return SITE_BOILERPLATE.find((p) => p.pattern.test(text));
}
