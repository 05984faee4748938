import { describe, expect, it } from 'vitest';
import { isMasthead, splitPublisherSuffix } from '../src/extractors/publisher-suffix.js';

describe('masthead-shaped title suffixes', () => {
  it.each(['Le Courrier du Val', 'Gazzetta della Valle', 'Diario de la Sierra', 'Tagblatt Nordheim', 'HALLOFUNK', 'NordWelle', 'Radio Costa Sul'])('%s is a masthead', (s) => {
    expect(isMasthead(s)).toBe(true);
  });

  it.each(['Part Two', 'Live Updates', 'Teil 2', 'Episodio tres', 'Review', 'PHD151', 'the full story', 'Week 49', 'Una storia vera'])('%s is no masthead', (s) => {
    expect(isMasthead(s)).toBe(false);
  });

  it('takes a masthead off a record title after a dash, with the section before it', () => {
    const split = splitPublisherSuffix('Neuer Radweg entlang der Lauter eröffnet - Lokales - Tagblatt Nordheim', { site: null, shaped: true });
    expect(split.title).toBe('Neuer Radweg entlang der Lauter eröffnet');
    expect(split.publisher).toBe('Tagblatt Nordheim');
  });

  it('leaves a show name after a bar and any shape where the title is not a record', () => {
    expect(splitPublisherSuffix('Harbour Talk for March 3rd, 2024 | Bayside Radio Hour', { site: null, shaped: true }).suffixes).toEqual([]);
    expect(splitPublisherSuffix('Neuer Radweg entlang der Lauter eröffnet - Tagblatt Nordheim', { site: null, shaped: false }).suffixes).toEqual([]);
  });

  it('takes a name the author field repeats, and one printed twice', () => {
    expect(splitPublisherSuffix('Nuova pista ciclabile lungo il fiume - Vallenews', { site: null, author: 'Vallenews' }).title).toBe('Nuova pista ciclabile lungo il fiume');
    expect(splitPublisherSuffix('Prueba del nuevo portátil: nuestra opinión - Tecnoblog - Tecnoblog', { site: null }).title).toBe('Prueba del nuevo portátil: nuestra opinión');
  });
});
