/** content/references.yaml for this build: the public documents glossary entries cite by id. */
import { projectPaths } from '../content/project-paths.ts';
import { readReferences } from '../content/glossary/references.ts';

export const references = readReferences(projectPaths(process.cwd()).contentDir);
