/**
 * Frontmatter schemas for the two collections. Pure zod, no Astro runtime,
 * so the content guard and unit tests can validate files outside a build.
 */
import { z } from 'astro/zod';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ARCHIVE_FILE_PATTERN = /^\d{3,}_[0-9a-f]{16}\.txt$/;

export const confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof confidence>;

export const GENRES = ['专访', '在线访谈', '署名文章', '部门负责人署名文章'] as const;
export const TERM_CATEGORIES = [
  '数字概括语',
  '方略与目标',
  '识别与退出',
  '帮扶举措',
  '责任与组织',
  '监督与作风',
] as const;

const nonEmpty = z.string().trim().min(1);

const person = z.object({
  name: nonEmpty.optional(),
  role: nonEmpty,
  part: z.enum(['受访者', '采访者', '作者', '嘉宾', '主持人', '提问网友', '提及', '发布机构']),
  note: nonEmpty.optional(),
});

const dateInfo = z
  .object({
    /** ISO date at the stated precision: 2019-07-22, 2019-07 or 2017. */
    // Astro's YAML reader turns an unquoted 2018-06-20 into a Date; the guard's does not. Accept both.
    value: z.preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
    precision: z.enum(['day', 'month', 'year']),
    approximate: z.boolean(),
    confidence,
    note: nonEmpty.optional(),
  })
  .refine((d) => d.value.split('-').length === { year: 1, month: 2, day: 3 }[d.precision], {
    message: 'date.value does not match date.precision',
    path: ['value'],
  });

const place = z.object({
  scope: z.enum(['national', 'local']),
  province: nonEmpty,
  city: nonEmpty.optional(),
  county: nonEmpty.optional(),
  note: nonEmpty.optional(),
});

const lineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

const cleaning = z.object({
  /** 1-based inclusive line ranges of the raw file that hold body text. */
  keepLines: z.array(lineRange).min(1),
  /** Literal repairs applied to the raw text before anything else. */
  replacements: z
    .array(z.object({ find: nonEmpty, replace: z.string(), reason: nonEmpty }))
    .default([]),
});

const keyFigure = z.object({
  label: nonEmpty,
  value: nonEmpty,
  /** The year the figure refers to, e.g. 2017, or a period like 2013–2017. */
  year: z.union([z.number().int().min(1949).max(2100), z.string().regex(/^\d{4}(?:–\d{4})?$/)]),
  /** The exact source wording that contains the value. */
  quote: nonEmpty,
  note: nonEmpty.optional(),
  /**
   * Rows with the same series name are drawn together in one chart: the same
   * measure in the same unit at different times (checked by the content guard).
   */
  series: nonEmpty.optional(),
  /** The row's label on the chart's axis when its year alone is not distinct, e.g. 增加前. */
  point: nonEmpty.optional(),
});

const quote = z.object({
  text: nonEmpty,
  speaker: nonEmpty.optional(),
  note: nonEmpty.optional(),
});

export const sourceSchema = z.object({
  title: nonEmpty,
  titleStatus: z.enum(['original', 'editorial']),
  titleNote: nonEmpty.optional(),
  archiveFile: z.string().regex(ARCHIVE_FILE_PATTERN, 'expected an archive file name like 000_0123456789abcdef.txt'),
  people: z.array(person).min(1),
  outlet: z.object({ name: nonEmpty, confidence, note: nonEmpty.optional() }),
  /** How the original was published, for citations. Omitted: the form of publication is unknown. */
  publication: z
    .object({
      type: z.enum(['newspaper', 'journal', 'web', 'unknown']),
      /** The newspaper, periodical or website as it is cited; omit when unknown. */
      container: nonEmpty.optional(),
    })
    .optional(),
  date: dateInfo,
  place,
  genre: z.enum(GENRES),
  originalScript: z.enum(['zh-Hans', 'zh-Hant']),
  description: nonEmpty,
  cleaning,
  noiseRemoved: z.array(nonEmpty).min(1),
  inferences: z.array(z.object({ claim: nonEmpty, evidence: nonEmpty, confidence })).default([]),
  keyFigures: z.array(keyFigure).min(1),
  quotes: z.array(quote).min(3).max(6),
});
export type SourceData = z.infer<typeof sourceSchema>;

export const termSchema = z.object({
  term: nonEmpty,
  traditional: nonEmpty,
  pinyin: z
    .string()
    .regex(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü0-9+×' -]+$/, 'pinyin must be lower-case Latin letters with tone marks'),
  english: z
    .array(z.object({ text: nonEmpty, kind: z.enum(['established', 'variant', 'literal']), note: nonEmpty.optional() }))
    .min(1)
    .refine((list) => list[0]?.kind === 'established', { message: 'the first English rendering must be the established one' }),
  aliases: z.array(nonEmpty).default([]),
  category: z.enum(TERM_CATEGORIES),
  definition: nonEmpty,
  components: z.array(z.object({ label: nonEmpty, text: nonEmpty })).default([]),
  related: z.array(z.string().regex(SLUG_PATTERN)).default([]),
  outsideKnowledge: nonEmpty.optional(),
});
export type TermData = z.infer<typeof termSchema>;
