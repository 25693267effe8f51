/**
 * The draft summary `npm run source:add` writes: frontmatter in the shape of the
 * source schema (src/content/schema.ts), with the proposed cleaning recipe,
 * noiseRemoved and originalScript filled in, and every value only an editor can
 * write marked TODO (src/content/todo-fields.ts). The content check fails on a TODO,
 * so a draft cannot be built or published by accident.
 */
import { Document, isCollection } from 'yaml';
import { GENRES } from '../schema.ts';
import { todo } from '../todo-fields.ts';
import { lineRange, type IntakeProposal } from './proposal.ts';

/** The draft's noiseRemoved: each group of dropped lines, the repairs and what the build cleans by itself. */
export function noiseRemoved(proposal: IntakeProposal): string[] {
  const items = proposal.dropped.map((g) => `${lineRange(g.from, g.to)}：${g.label}。`);
  if (proposal.automatic.insertedPinyin > 0) items.push(`插入在汉字后面、用括号括起的拼音注音，共${proposal.automatic.insertedPinyin}处。`);
  if (proposal.automatic.paddedLines > 0) items.push(`${proposal.automatic.paddedLines}行行首的空格缩进。`);
  if (proposal.automatic.halfWidthPunctuation > 0) items.push('全文的半角标点（逗号、冒号、问号、括号等）统一为全角。');
  return items.length > 0 ? items : [todo('清除了哪些噪声（没有噪声时写明“原文没有需要清除的噪声”）')];
}

export function draftSummary(archiveFile: string, proposal: IntakeProposal): string {
  const data = {
    title: todo('标题：原标题，或编者拟定的工作标题'),
    titleStatus: todo('original | editorial'),
    titleNote: todo('编者拟题时说明依据；原标题时删去这一行'),
    archiveFile,
    people: [
      {
        name: todo('姓名；不知道时删去这一行，绝不猜测'),
        role: todo('职务或身份'),
        part: todo('受访者 | 采访者 | 作者 | 嘉宾 | 主持人 | 提问网友 | 提及 | 发布机构'),
      },
    ],
    outlet: { name: todo('发表媒体'), confidence: todo('high | medium | low'), note: todo('依据') },
    date: {
      value: todo('YYYY-MM-DD | YYYY-MM | YYYY，与 precision 一致'),
      precision: todo('day | month | year'),
      approximate: todo('true | false'),
      confidence: todo('high | medium | low'),
      note: todo('日期的依据'),
    },
    place: { scope: todo('national | local'), province: todo('省份；全国性来源写 全国') },
    genre: todo(GENRES.join(' | ')),
    originalScript: proposal.script.script,
    description: todo('一到两句话的摘要，用于列表、搜索结果和 meta description'),
    cleaning: {
      keepLines: proposal.keepLines,
      replacements: proposal.replacements.map(({ find, replace, reason }) => ({ find, replace, reason })),
    },
    noiseRemoved: noiseRemoved(proposal),
    inferences: [],
    keyFigures: [
      {
        label: todo('数字的名称'),
        value: todo('原文的写法，如 2.5万'),
        year: todo('数字所指的年份'),
        quote: todo('含这个数字的原文表述，逐字'),
      },
    ],
    quotes: [1, 2, 3].map(() => ({ text: todo('原文摘句，逐字（3—6条）'), speaker: todo('说话人；没有时删去这一行') })),
  };
  const doc = new Document(data);
  // keepLines as the other summaries write it: [[3, 25]].
  const keepLines = doc.getIn(['cleaning', 'keepLines'], true);
  if (isCollection(keepLines)) keepLines.flow = true;
  // Line width 0: a long reason or quote stays on one line, as the other summaries write them.
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return [
    '---',
    `# Draft written by \`npm run source:add\` from content/archive/${archiveFile}.`,
    '# Every value that starts with TODO is still to write: the content check lists each one',
    '# ("still to write") and fails until none is left, so this file is never published as a draft.',
    '# Proposed from the raw file, to check against it: originalScript, cleaning, noiseRemoved.',
    yaml.trimEnd(),
    '---',
    '',
    todo('正文：按来源的结构写“## 小标题”和要点，用自己的话；推断用 <Inferred>…</Inferred>，外部知识用 <Outside>…</Outside>。'),
    '',
  ].join('\n');
}
