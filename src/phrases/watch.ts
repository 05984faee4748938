import type { PhraseSet } from './match.js';

/**
 * Calls to watch the video or the programme a news item was cut from, which TV sites' feeds glue
 * onto the end of the summary ("…निशाना साधा.देखें पंजाब आजतक", "… on Tuesday. Watch the full
 * report"). Each phrase opens the call; the rest is the show's or the video's name.
 */
export const watchCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Watch the video', 'Watch the full video', 'Watch the full report', 'Watch the full episode', 'Watch now', 'Watch live', 'Watch:', 'Watch more', 'Watch video'] },
  { lang: 'hi', phrases: ['देखें', 'वीडियो देखें', 'देखिए', 'देखें वीडियो', 'पूरी खबर देखें'] },
  { lang: 'de', phrases: ['Sehen Sie das Video', 'Video ansehen', 'Jetzt ansehen', 'Sehen Sie hier', 'Hier das Video'] },
  { lang: 'fr', phrases: ['Regardez la vidéo', 'Voir la vidéo', 'Regarder la vidéo', 'Regardez le reportage'] },
  { lang: 'es', phrases: ['Mira el video', 'Mira el vídeo', 'Ver video', 'Ver vídeo', 'Vea el video', 'Vea el vídeo'] },
  { lang: 'pt', phrases: ['Assista ao vídeo', 'Assista', 'Veja o vídeo', 'Assista à reportagem'] },
  { lang: 'it', phrases: ['Guarda il video', 'Guarda il servizio', 'Guarda la puntata'] },
  { lang: 'nl', phrases: ['Bekijk de video', 'Kijk de video', 'Bekijk het fragment'] },
  { lang: 'ru', phrases: ['Смотрите видео', 'Смотрите', 'Смотреть видео'] },
  { lang: 'id', phrases: ['Tonton video', 'Tonton'] },
  { lang: 'tr', phrases: ['Videoyu izleyin', 'İzlemek için'] },
];
