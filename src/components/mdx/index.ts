/** Components available to every MDX summary without an import. */
import Inferred from './Inferred.astro';
import Outside from './Outside.astro';

export const mdxComponents = { Inferred, Outside };
