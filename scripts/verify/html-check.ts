/**
 * HTML validity of every built page, judged by html-validate (a real validator
 * with the HTML5 content model, not a regex). The configuration and every
 * exception are here, each with its reason (also in the README).
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows an id to start with a digit; the strict default exists for CSS
    // selectors. Heading anchors are pinyin of the heading, so 2017年的定位 gives
    // id="2017-nian-de-ding-wei…", which links and :target handle fine.
    'valid-id': ['error', { relaxed: true }],
    // A group of checkboxes shares one name (the glossary sheet's ids=…), as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

let validator: HtmlValidate | undefined;

export async function validateHtml(file: string, html: string, config: ConfigData = HTML_VALIDATE_CONFIG): Promise<HtmlProblem[]> {
  validator ??= new HtmlValidate();
  const report = await validator.validateString(html, file, config);
  return report.results.flatMap((result) => result.messages.map((m) => ({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message })));
}

export function formatHtmlProblem(p: HtmlProblem): string {
  return `${p.file}:${p.line}:${p.column} › ${p.rule}: ${p.message}`;
}
