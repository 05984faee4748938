import type { Extractor } from '../extractor.js';
import author from './author.js';
import language from './language.js';
import published from './published.js';
import site from './site.js';
import title from './title.js';
import url from './url.js';

/** Every metadata extractor, in the order they decide: site before title, which strips a site suffix. */
export const extractors: readonly Extractor[] = [site, title, author, language, published, url];
