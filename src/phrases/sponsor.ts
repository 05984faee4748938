import type { PhraseSet } from './match.js';

/**
 * Podcast and newsletter sponsor reads: the paragraph opens with the episode's sponsor credit and
 * the rest of it is the sponsor's pitch. `{x}` is the sponsor's name.
 */
export const sponsorReads: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['This episode is sponsored by', 'This episode is also sponsored by', 'This episode is brought to you by', 'This episode is also brought to you by', "Today's episode is sponsored by", "Today's episode is brought to you by", 'This week\'s episode is sponsored by', 'This issue is sponsored by', 'This newsletter is sponsored by', 'Thanks to our sponsor', 'Thanks to {x} for sponsoring this episode'] },
  { lang: 'de', phrases: ['Diese Folge wird unterstützt von', 'Diese Episode wird unterstützt von', 'Diese Folge wird präsentiert von', 'Diese Folge wird gesponsert von', 'Diese Episode wird gesponsert von'] },
  { lang: 'fr', phrases: ['Cet épisode est sponsorisé par', 'Cet épisode est parrainé par', 'Cet épisode vous est proposé par', 'Cet épisode est présenté par'] },
  { lang: 'es', phrases: ['Este episodio está patrocinado por', 'Este episodio es patrocinado por', 'Este episodio cuenta con el patrocinio de', 'Este episodio te lo trae'] },
  { lang: 'pt', phrases: ['Este episódio é patrocinado por', 'Este episódio tem o patrocínio de', 'Esse episódio é patrocinado por', 'Este episódio é oferecido por'] },
  { lang: 'it', phrases: ['Questo episodio è sponsorizzato da', 'Questa puntata è sponsorizzata da', 'Questo episodio è offerto da'] },
  { lang: 'nl', phrases: ['Deze aflevering wordt gesponsord door', 'Deze aflevering is mede mogelijk gemaakt door', 'Deze aflevering wordt mogelijk gemaakt door'] },
  { lang: 'sv', phrases: ['Det här avsnittet sponsras av', 'Avsnittet sponsras av'] },
  { lang: 'pl', phrases: ['Sponsorem tego odcinka jest', 'Ten odcinek sponsoruje', 'Partnerem odcinka jest'] },
  { lang: 'ru', phrases: ['Спонсор выпуска', 'Спонсор этого выпуска', 'Этот выпуск подготовлен при поддержке'] },
  { lang: 'ja', phrases: ['この番組は{x}の提供でお送りします', '今回のエピソードは{x}の提供'] },
];
