/**
 * Words that open a headline's subtitle after a dash, not a publication's name: "… - Part Two",
 * "… – Live Updates", "… - Episodio 3", "… - Teil 2". A news API's suffix is a masthead
 * ("- Le HuffPost", "- Rai News"), which never starts with one of these. Languages side by side;
 * matched on the segment's first word, any case.
 */
const openers: Record<string, readonly string[]> = {
  en: ['part', 'episode', 'chapter', 'season', 'day', 'week', 'live', 'watch', 'review', 'update', 'updated', 'trailer', 'video', 'photos', 'highlights', 'interview', 'recap', 'how', 'why', 'what', 'when', 'where', 'who', 'official', 'full', 'exclusive', 'breaking', 'first', 'hands-on', 'a', 'an', 'my', 'our', 'your', 'vol', 'vol.', 'volume', 'round'],
  fr: ['partie', 'épisode', 'chapitre', 'saison', 'jour', 'semaine', 'direct', 'vidéo', 'photos', 'entretien', 'interview', 'comment', 'pourquoi', 'ce', 'un', 'une', 'mon', 'notre', 'tome'],
  de: ['teil', 'folge', 'kapitel', 'staffel', 'tag', 'woche', 'live', 'video', 'fotos', 'bilder', 'interview', 'wie', 'warum', 'was', 'ein', 'eine', 'mein', 'unser', 'band'],
  es: ['parte', 'episodio', 'capítulo', 'temporada', 'día', 'semana', 'directo', 'vídeo', 'video', 'fotos', 'entrevista', 'cómo', 'por', 'qué', 'un', 'una', 'mi', 'nuestro', 'tomo'],
  pt: ['parte', 'episódio', 'capítulo', 'temporada', 'dia', 'semana', 'ao', 'vídeo', 'fotos', 'entrevista', 'como', 'por', 'um', 'uma', 'meu', 'nosso'],
  it: ['parte', 'episodio', 'capitolo', 'stagione', 'giorno', 'settimana', 'diretta', 'video', 'foto', 'intervista', 'come', 'perché', 'un', 'una', 'uno', 'mio', 'nostro'],
  nl: ['deel', 'aflevering', 'hoofdstuk', 'seizoen', 'dag', 'week', 'live', 'video', "foto's", 'interview', 'hoe', 'waarom', 'een', 'mijn', 'ons'],
  tr: ['bölüm', 'sezon', 'gün', 'hafta', 'canlı', 'video', 'fotoğraflar', 'röportaj', 'nasıl', 'neden', 'bir'],
  pl: ['część', 'odcinek', 'rozdział', 'sezon', 'dzień', 'tydzień', 'na', 'wideo', 'zdjęcia', 'wywiad', 'jak', 'dlaczego'],
};

export const subtitleOpeners: ReadonlySet<string> = new Set(Object.values(openers).flat());
