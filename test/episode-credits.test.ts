import { describe, expect, it } from 'vitest';
import { episodeLine } from '../src/rules/episode-credits.js';

describe('episodeLine() reads a radio or podcast episode line of duration and credits', () => {
  it('takes the host for the author, in each language of the family', () => {
    expect(episodeLine('durée : 00:42:10 - Les Matins - par : Jeanne Dupont - réalisé par : Paul Martin')).toMatchObject({ hosts: ['Jeanne Dupont'] });
    expect(episodeLine('Duration: 00:42:10 | Host: Jane Doe | Produced by: Sam Green')).toMatchObject({ hosts: ['Jane Doe'] });
    expect(episodeLine('Dauer: 42:10 Min. – Moderation: Max Muster und Erika Beispiel')).toMatchObject({ hosts: ['Max Muster', 'Erika Beispiel'] });
    expect(episodeLine('duración: 00:31:05 - presentado por: Ana Pérez')).toMatchObject({ hosts: ['Ana Pérez'] });
    expect(episodeLine('durata: 25 min - a cura di: Marco Bianchi')).toMatchObject({ hosts: ['Marco Bianchi'] });
    expect(episodeLine('duur: 00:40:00 | presentatie: Jan de Vries')).toMatchObject({ hosts: ['Jan de Vries'] });
    expect(episodeLine('duração: 00:30:00 - apresentação: João Silva - produção: Rita Costa')).toMatchObject({ hosts: ['João Silva'] });
    expect(episodeLine('Duration: 00:03:12')).toMatchObject({ hosts: [] });
  });

  it('ends where the episode description glued after it starts', () => {
    const line = 'durée : 00:58:00 - Les Matins - par : Jeanne Dupont - Ce matin, le groupe revient sur vingt ans de concerts et joue trois titres en direct.';
    expect(episodeLine(line)).toEqual({ hosts: ['Jeanne Dupont'], end: line.indexOf('Ce matin') });
    const german = 'Dauer: 42:10 Min. – Moderation: Max Muster – Die Sendung beginnt heute mit einem Rückblick.';
    expect(episodeLine(german)).toEqual({ hosts: ['Max Muster'], end: german.indexOf('Die Sendung') });
    // A description of any length, and a separator before the duration.
    const long = `| Duration: 00:58:00 | Host: Jane Doe | ${'Tonight the band looks back on twenty years of concerts and plays three songs live. '.repeat(6).trim()}`;
    expect(long.length).toBeGreaterThan(300);
    expect(episodeLine(long)).toEqual({ hosts: ['Jane Doe'], end: long.indexOf('Tonight') });
  });

  it('reads a long paragraph that does not open with a duration as prose, whatever it holds', () => {
    const story = `The council met on 12 May - Host: Jane Doe - and ${'agreed the 2024 budget after 3 hours of debate, '.repeat(8)}adjourned.`;
    expect(story.length).toBeGreaterThan(300);
    expect(episodeLine(story)).toBeNull();
  });

  it('leaves a line with anything else in it', () => {
    for (const text of [
      'Duration: 42:10 - we talk about the election and what comes next',
      'The match lasted 01:42:10 - by Jane Doe',
      'Host: Jane Doe | Producer: Sam Green',
      'durée : 00:42:10 - par : le chemin des écoliers, puis la forêt',
      'Dauer: 42:10 Min. – Die Sendung beginnt heute mit einem Rückblick auf das Jahr.',
    ]) {
      expect(episodeLine(text)).toBeNull();
    }
  });
});
