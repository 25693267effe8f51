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
export const TERM_CATEGORIES = ['数字概括语', '方略与目标', '识别与退出', '帮扶举措', '责任与组织', '监督与作风'] as const;

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
  replacements: z.array(z.object({ find: nonEmpty, replace: z.string(), reason: nonEmpty })).default([]),
});

const keyFigure = z.object({
  label: nonEmpty,
  value: nonEmpty,
  /**
   * The year the figure refers to, e.g. 2017, or a period like 2013–2017.
   * Omitted when the source gives no year and none can be assigned (shown as 未写明).
   */
  year: z.union([z.number().int().min(1949).max(2100), z.string().regex(/^\d{4}(?:–\d{4})?$/)]).optional(),
  /** The year is the editors' estimate (e.g. the source's own date), not stated with the figure: shown as 约2019年. */
  yearApproximate: z.boolean().default(false),
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
  /** How certain the genre is, when the text does not state it (no byline, no outlet); omitted: stated by the source. */
  genreConfidence: confidence.optional(),
  genreNote: nonEmpty.optional(),
  originalScript: z.enum(['zh-Hans', 'zh-Hant']),
  description: nonEmpty,
  cleaning,
  noiseRemoved: z.array(nonEmpty).min(1),
  inferences: z.array(z.object({ claim: nonEmpty, evidence: nonEmpty, confidence })).default([]),
  keyFigures: z.array(keyFigure).min(1),
  quotes: z.array(quote).min(3).max(6),
});
export type SourceData = z.infer<typeof sourceSchema>;

/** Id of a document in content/references.yaml: lower-case ASCII words joined by "-". */
export const referenceId = z.string().regex(SLUG_PATTERN, 'a reference id is lower-case ASCII words joined by "-", e.g. jueding-2015');

/** A date at the precision it is known: 2015-12-07, 2021-04 or 2011. */
const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
);

/**
 * One public document in the reference registry (content/references.yaml):
 * the documents that outside knowledge in the glossary rests on. Only what is
 * certain is given; an unknown document number or day is left out.
 */
export const referenceSchema = z.object({
  id: referenceId,
  title: nonEmpty,
  issuer: nonEmpty,
  /** The date the document carries (adoption or signature), at the precision known. */
  date: partialDate,
  /** The date it was made public, when that differs from `date`. */
  published: partialDate.optional(),
  /** The document number, e.g. 中发〔2015〕34号; omitted when it has none or it is not certain. */
  number: nonEmpty.optional(),
  /** The official English edition, when one exists: what 官方译法 can rest on. */
  english: z.object({ title: nonEmpty, note: nonEmpty.optional() }).optional(),
  note: nonEmpty.optional(),
});
export type ReferenceData = z.infer<typeof referenceSchema>;
export const referencesFileSchema = z.object({ references: z.array(referenceSchema) });

/**
 * Where a statement comes from. `sources`: the five archived sources (quotations
 * and figures are checked against them). `outside`: from outside the sources,
 * resting on registered documents (`references`) or, when no document is named,
 * labelled as the editors' general knowledge (`general: true`, shown as 编者按常识).
 * The content guard rejects an outside statement with neither.
 */
export const basisSchema = z.object({
  from: z.enum(['sources', 'outside']),
  references: z.array(referenceId).default([]),
  general: z.boolean().default(false),
});
export type Basis = z.infer<typeof basisSchema>;

/** An outside-knowledge statement with what it rests on. */
const outsideStatement = z.object({
  text: nonEmpty,
  references: z.array(referenceId).default([]),
  general: z.boolean().default(false),
});
export type OutsideStatement = z.infer<typeof outsideStatement>;

/**
 * English renderings and their labels: `official` 官方译法 (used by a named
 * official English source, `reference`, which the guard requires); `common`
 * 常见译法 (in common use, no single official source named); `site` 本站译法
 * (this site's own); `literal` 直译 (a word-for-word gloss to show the make-up).
 */
export const ENGLISH_KINDS = ['official', 'common', 'site', 'literal'] as const;
export const ENGLISH_LABELS: Record<(typeof ENGLISH_KINDS)[number], string> = {
  official: '官方译法',
  common: '常见译法',
  site: '本站译法',
  literal: '直译',
};

const component = z.object({ label: nonEmpty, text: nonEmpty });

export const termSchema = z.object({
  term: nonEmpty,
  traditional: nonEmpty,
  pinyin: z
    .string()
    // Lower-case syllables with tone marks; a Latin letter of the term itself keeps its case (1+N tǐxì).
    .regex(/^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü0-9+×' -]+$/, 'pinyin must be lower-case Latin letters with tone marks'),
  /** The first rendering is the one the site uses. */
  english: z.array(z.object({ text: nonEmpty, kind: z.enum(ENGLISH_KINDS), reference: referenceId.optional(), note: nonEmpty.optional() })).min(1),
  aliases: z.array(nonEmpty).default([]),
  category: z.enum(TERM_CATEGORIES),
  /** The standard national meaning in one or two sentences: the answer to “什么是……？”. */
  definition: nonEmpty,
  definitionBasis: basisSchema,
  /** The parts of a numbered formula, national form first. */
  components: z.array(component).default([]),
  componentsBasis: basisSchema.optional(),
  /** A source's own list or wording, shown apart from the national one and labelled with the source. */
  localVariants: z
    .array(
      z.object({
        /** Slug of the source summary (content/sources/<slug>.md). */
        source: z.string().regex(SLUG_PATTERN),
        label: nonEmpty,
        components: z.array(component).default([]),
        note: nonEmpty.optional(),
      }),
    )
    .default([]),
  related: z.array(z.string().regex(SLUG_PATTERN)).default([]),
  /** Background from outside the sources, statement by statement, each with what it rests on. */
  outside: z.array(outsideStatement).default([]),
});
export type TermData = z.infer<typeof termSchema>;
