/** content/references.yaml for this build: the public documents glossary entries cite by id. */
import { projectPaths } from '../lib/project-paths.ts';
import { readReferences } from '../lib/references.ts';

export const references = readReferences(projectPaths(process.cwd()).contentDir);
