import { lineRule } from './define.js';

// Markdown has no comment syntax, so writers and translation projects borrow the link reference
// definition, which renders as nothing: "[//]: # (note)", "[comment]: <> (note)", and the
// "[#]: subject: (…)" / "[#]: translator: ( )" headers translation teams put above a reposted
// article to track its source, translator and reviewer. A reader of the rendered post never sees
// them; in a dump they are metadata lines, never prose.
export default lineRule({
  id: 'markdown-comment',
  description: 'Removes Markdown comment lines that render as nothing ("[//]: # (note)", "[comment]: <> (note)", "[#]: translator: (name)").',
  zone: 'anywhere',
  patterns: [
    /^\[(?:\/\/|#|comment|comments|note|todo|_?metadata_?(?::[\w-]+)?)\]:\s*(?:#|<>)?\s*(?:\(.*\)|"[^"]*"|'[^']*')?$/i,
    /^\[#\]:\s*[\p{L}][\p{L}\p{N} _-]{0,30}:\s*(?:\(.*\)|\S.*)?$/iu,
  ],
});
