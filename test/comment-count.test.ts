import { describe, expect, it } from 'vitest';
import { commentsOnPost } from '../src/phrases/comment-prompts.js';
import { onPost } from '../src/rules/comment-count.js';

describe('comment titles', () => {
  // onPost() rules a line out by a word every phrase holds, kept by hand beside the phrases: a
  // phrase in a new language whose word is missing there would never match, and nothing would say so.
  it('finds every phrase of the family, filled in, as a comment title', () => {
    const missed = commentsOnPost.flatMap((set) =>
      set.phrases
        .map((p) => p.replace(/\{n\}/g, '2').replace(/\{post\}/g, 'Harbour Plan').replace(/\{\w+\}/g, 'x'))
        .filter((line) => onPost(line, 'Harbour Plan') === undefined)
        .map((line) => `${set.lang}: ${line}`),
    );
    expect(missed).toEqual([]);
  });
});
