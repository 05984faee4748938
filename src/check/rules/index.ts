import type { CheckRule } from '../rule.js';
import dateFuture from './date-future.js';
import dateTooOld from './date-too-old.js';
import dateUnparsed from './date-unparsed.js';
import duplicateArticle from './duplicate-article.js';
import frontMatterYaml from './front-matter-yaml.js';
import leftoverMarkup from './leftover-markup.js';
import mojibake from './mojibake.js';
import requiredMetadata from './required-metadata.js';
import sameTitle from './same-title.js';
import shortBody from './short-body.js';

/** The checks `feedscrub check` runs beside the cleaning rules, in the order their findings are listed. */
export const checkRules: readonly CheckRule[] = [
  frontMatterYaml,
  requiredMetadata,
  dateUnparsed,
  dateFuture,
  dateTooOld,
  shortBody,
  leftoverMarkup,
  mojibake,
  duplicateArticle,
  sameTitle,
];
