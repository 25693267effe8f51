/** The site's URLs for the current build's base path. */
import { siteUrls } from '../lib/urls.ts';

export const urls = siteUrls(import.meta.env.BASE_URL);
