import { describe, expect, it } from 'vitest';
import { scrub } from '../src/pipeline.js';

const BODY = [
  '<p>The night market on Quay Street opens again on Friday, with forty stalls and a brass band playing until ten.</p>',
  '<p>Organisers say the stalls along the river wall are already taken, and that newcomers can still apply for the autumn season.</p>',
].join('\n');

describe('aggregator envelope around an HTML body', () => {
  it('takes the title line and leaves the credit lines to the credit rules', () => {
    const [a] = scrub(`Night Market Returns to Quay Street\n\n${BODY}\n\nPetra Lindqvist\nFri, 06 Jun 2025 18:00:00 +0200\n`, { path: 'dump.txt' });
    expect(a?.title).toBe('Night Market Returns to Quay Street');
    expect(a?.source.format).toBe('text+html');
    expect(a?.author).toBe('Petra Lindqvist');
    expect(a?.text).not.toContain('Petra');
    expect(a?.text.split('\n\n')).toHaveLength(2);
  });

  it('keeps a last paragraph written without tags', () => {
    const last = 'Stall holders who missed the first call will hear back from the market office by the end of the month, the council said in a statement on Thursday.';
    const [a] = scrub(`Night Market Returns\n\n${BODY}\n\n${last}\n`, { path: 'dump.html' });
    expect(a?.title).toBe('Night Market Returns');
    expect(a?.text).toContain(last);
  });

  it('reads an HTML body with neither title nor credit lines as HTML alone', () => {
    const [a] = scrub(BODY, { path: 'body.html' });
    expect(a?.source.format).toBe('html');
    expect(a?.title).toBeNull();
  });

  it('reads a text dump without markup as text', () => {
    const [a] = scrub('Quay Street\n\nThe market opens on Friday with forty stalls &amp; a band.\n', { path: 'dump.txt' });
    expect(a?.source.format).toBe('text');
  });

  it('decodes entities in the title line', () => {
    const [a] = scrub(`Smith &amp; Sons Reopen the Mill\n\n${BODY}\n`, { path: 'dump.html' });
    expect(a?.title).toBe('Smith & Sons Reopen the Mill');
  });
});

describe('an HTML body whose paragraphs are parted by blank lines', () => {
  it('reads each blank-line paragraph as a paragraph: a note under a call to action stays, the footer goes', () => {
    const body = [
      'The new timetable starts on Monday. <a href="https://bus.example.org/t">See every stop here</a>.',
      '',
      'Follow us for updates and subscribe!',
      '',
      '***Note: the night line keeps its old stops until the bridge reopens in June.',
      '',
      'The post <a href="https://bus.example.org/p">New bus timetable</a> appeared first on <a href="https://bus.example.org">Town Buses</a>.',
    ].join('\n');
    const [a] = scrub(`New bus timetable\n\n${body}\n\nLena Fischer\n2025-04-01T06:00:00Z\n`, { path: 'dump.html' });
    expect(a?.text).toContain('***Note: the night line keeps its old stops until the bridge reopens in June.');
    expect(a?.text).not.toContain('appeared first on');
    expect(a?.author).toBe('Lena Fischer');
  });

  it('leaves blank lines inside <pre> and runs that are markup already', async () => {
    const { blankLineParagraphs } = await import('../src/readers/blank-line-paragraphs.js');
    const lines = ['<pre>a = 1', '', 'b = 2</pre>', '', 'Text after the code.', '', '<p>Already a paragraph.</p>'];
    expect(blankLineParagraphs(lines)).toEqual(['<pre>a = 1', '', 'b = 2</pre>', '', '<p>Text after the code.</p>', '', '<p>Already a paragraph.</p>']);
  });
});
