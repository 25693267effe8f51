/** `npm run check:content` — runs the content guard without a full build. */
import { readContent } from '../src/content/content-files.ts';
import { checkContent, formatProblems } from '../src/content/guard/checks.ts';
import { archiveListing, archiveReader, projectPaths } from '../src/content/project-paths.ts';

const paths = projectPaths(process.cwd());
const content = readContent(paths.contentDir, paths.root);
const problems = checkContent({ ...content, readArchive: archiveReader(paths.sourcesDir), archive: archiveListing(paths) });
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${content.sources.length} sources, ${content.terms.length} terms.`);
