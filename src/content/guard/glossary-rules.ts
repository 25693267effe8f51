/**
 * Glossary checks that a per-file schema cannot express: outside knowledge rests
 * on a registered document or is labelled as the editors' general knowledge, an
 * official English rendering names its official English source, a definition
 * gives the meaning rather than what the sources lack, reference and source ids
 * exist, and Latin letters in a term keep their case in its pinyin.
 */
import type { Basis, ReferenceData, TermData } from '../schema.ts';

export interface GlossaryProblem {
  field: string;
  message: string;
}

/**
 * A sentence about what the sources lack: 来源没有解释…, 原文只提到名称, 未说明….
 * Such a sentence tells a student nothing about the term; it belongs nowhere in a definition.
 */
const ABSENCE = [
  /(?:来源|原文|文中|文章|访谈|专访|材料)[^。；]{0,16}(?:没有|未|只|仅|并未|不曾)(?:提|说|解释|交代|列|写|给|明|出现|谈)/u,
  /(?:没有|未|并未)(?:解释|说明|交代|列出|写明|明言|给出)(?:其|它的|具体)?(?:内容|含义|所指)?/u,
  /其他(?:四|三|两)个来源/u,
];

/** True when a definition says what the sources do not give instead of what the term means. */
export function statesAbsence(definition: string): boolean {
  return ABSENCE.some((pattern) => pattern.test(definition));
}

function basisProblems(field: string, basis: Basis | undefined, references: ReadonlyMap<string, unknown>): GlossaryProblem[] {
  if (!basis) return [];
  const problems: GlossaryProblem[] = [];
  if (basis.from === 'outside' && basis.references.length === 0 && !basis.general) {
    problems.push({
      field,
      message: 'outside knowledge needs `references` (ids in content/references.yaml) or `general: true` (shown as 编者按常识)',
    });
  }
  basis.references.forEach((id, i) => {
    if (!references.has(id))
      problems.push({ field: `${field}.references[${i}]`, message: `unknown reference "${id}": add it to content/references.yaml or use a listed id` });
  });
  return problems;
}

export function glossaryProblems(data: TermData, references: ReadonlyMap<string, ReferenceData>, sourceSlugs: ReadonlySet<string>): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  if (statesAbsence(data.definition)) {
    problems.push({
      field: 'definition',
      message:
        'the definition says what the sources do not say; give the term’s standard meaning (the answer to “什么是……？”) and mark it outside knowledge if the sources do not give it',
    });
  }
  problems.push(...basisProblems('definitionBasis', data.definitionBasis, references));
  problems.push(...basisProblems('componentsBasis', data.componentsBasis, references));
  data.outside.forEach((statement, i) => {
    problems.push(...basisProblems(`outside[${i}]`, { from: 'outside', ...statement }, references));
  });
  data.english.forEach((rendering, i) => {
    const field = `english[${i}]`;
    if (rendering.reference !== undefined) {
      const reference = references.get(rendering.reference);
      if (!reference) {
        problems.push({
          field: `${field}.reference`,
          message: `unknown reference "${rendering.reference}": add it to content/references.yaml or use a listed id`,
        });
      } else if (rendering.kind === 'official' && !reference.english) {
        problems.push({
          field: `${field}.reference`,
          message: `"${rendering.reference}" has no official English edition in content/references.yaml, so it cannot back an official rendering (官方译法)`,
        });
      }
    } else if (rendering.kind === 'official') {
      problems.push({
        field: `${field}.kind`,
        message:
          'an official rendering (官方译法) needs `reference`: the id of its official English source in content/references.yaml; otherwise label it common or site',
      });
    }
  });
  data.localVariants.forEach((variant, i) => {
    if (!sourceSlugs.has(variant.source)) problems.push({ field: `localVariants[${i}].source`, message: `unknown source "${variant.source}"` });
  });
  for (const letter of data.term.match(/[A-Za-z]/g) ?? []) {
    if (!data.pinyin.includes(letter)) {
      problems.push({ field: 'pinyin', message: `the term writes “${letter}”; the pinyin must keep the letter in the same case` });
    }
  }
  return problems;
}
