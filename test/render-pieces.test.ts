import { describe, expect, it } from 'vitest';
import { render, scrub } from '../src/index.js';
import { loadRenderer, renderers, type RendererName } from '../src/renderers/index.js';
import { PIECE, slices } from '../src/renderers/pieces.js';
import type { RenderOptions } from '../src/renderer.js';

/**
 * The command writes an article piece by piece (Renderer.pieces) rather than building it whole:
 * what it writes must be exactly render()'s text, and no piece may be body-sized.
 */
const big = (() => {
  const paragraph = 'The night ferry * leaves at 23:40 | the harbour café stays open – ask for Ines.\nSecond line # 2 of the paragraph.';
  const body = Array.from({ length: 4000 }, (_, i) => `${paragraph} (${i})`).join('\n\n');
  return scrub(`Night Ferry Timetable\n\n${body}\n`)[0];
})();
const small = scrub('---\ntitle: "Harbour notes"\ntags: [ferry]\n---\n\nA short note on the *quay*.\n', { from: 'md' })[0];
const toml = scrub('+++\ntitle = "Harbour notes"\n+++\n\nA short note on the quay.\n', { from: 'md' })[0];
const page = scrub('<html><head><title>Quay</title></head><body><article><h1>Quay</h1><p>One line<br>another line</p><ul><li>first</li><li>second</li></ul></article></body></html>', { from: 'html' })[0];

describe('rendering in pieces', () => {
  const cases: [RendererName, RenderOptions][] = [
    ['md', {}],
    ['md', { frontMatter: false }],
    ['text', {}],
    ['html', {}],
    ['html', { fragment: true }],
  ];
  for (const [format, options] of cases) {
    it(`${format} ${JSON.stringify(options)}: the pieces join to render()'s text, and none is body-sized`, async () => {
      const renderer = (await renderers[format]()).default;
      for (const articles of [[big], [small], [toml], [page], [big, small, page], []].map((l) => l.filter((a) => a !== undefined))) {
        const pieces = [...((await renderer.pieces?.(articles, options)) ?? [])];
        expect(pieces.join('')).toBe(await render(articles, format, options));
      }
      const pieces = [...((await renderer.pieces?.([big as NonNullable<typeof big>], options)) ?? [])];
      expect((big?.text.length ?? 0) > 4 * PIECE).toBe(true);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(2 * PIECE);
    });
  }

  it('never cuts a surrogate pair in two', () => {
    const text = `${'a'.repeat(PIECE - 1)}🚢${'b'.repeat(PIECE)}🚢`;
    const pieces = [...slices(text)];
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(/[\uD800-\uDBFF]$/.test(p) || /^[\uDC00-\uDFFF]/.test(p)).toBe(false);
  });

  it('md: a title holding a NUL (what stands for the body while the front matter is written) changes nothing', async () => {
    const odd = { ...(small as NonNullable<typeof small>), title: 'Title with \u0000body\u0000 in it' };
    const md = await loadRenderer('md');
    expect([...((await md.pieces?.([odd], {})) ?? [])].join('')).toBe(await md.render([odd], {}));
  });
});
