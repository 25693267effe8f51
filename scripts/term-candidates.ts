/**
 * `npm run terms:candidates` — writes docs/term-candidates.md: every candidate
 * term in the five cleaned sources with its status (entry, alias, or the reason
 * in content/term-candidates.yaml), and prints the coverage. Exits 1 when a
 * candidate has no status, so the list shows what still needs a decision.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../src/content/content-files.ts';
import { archiveReader, projectPaths } from '../src/content/project-paths.ts';
import { candidateCoverage, candidateListMarkdown, coverageTerms, readCandidateReasons } from '../src/content/glossary/term-candidate-list.ts';

const paths = projectPaths(process.cwd());
const content = readContent(paths.contentDir, paths.root);
const { rows, summary, stale } = candidateCoverage(content, archiveReader(paths.sourcesDir), readCandidateReasons(paths.contentDir));
const out = join(paths.root, 'docs', 'term-candidates.md');
writeFileSync(out, candidateListMarkdown(rows, coverageTerms(content)));
console.log(
  `${summary.total} candidates: ${summary.entry} entries, ${summary.alias} aliases, ${summary.reason} with a reason (${summary.toBeAdded} 待收录), ${summary.uncovered} uncovered. Wrote ${out}.`,
);
if (stale.length > 0) console.log(`Reasons no longer needed (covered now, or no longer a candidate): ${stale.join('、')}`);
const uncovered = rows.filter((r) => r.status.kind === 'uncovered');
if (uncovered.length > 0) {
  console.error(`No entry, alias or reason in content/term-candidates.yaml for: ${uncovered.map((r) => r.text).join('、')}`);
  process.exit(1);
}
