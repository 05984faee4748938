import type { PhraseSet } from './match.js';

/**
 * Calls to watch the video or the programme a news item was cut from, which TV sites' feeds glue
 * onto the end of the summary ("…निशाना साधा.देखें पंजाब आजतक", "… on Tuesday. Watch the full
 * report"). Each phrase opens the call; the rest is the show's or the video's name.
 */
export const watchCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Watch the video', 'Watch the full video', 'Watch the full report', 'Watch the full episode', 'Watch now', 'Watch live', 'Watch:', 'Watch more', 'Watch video', 'Watch the interview', 'Watch the full interview', 'Watch the clip', 'Watch the segment', 'Watch the trailer', 'Watch below', 'Watch it below', 'See the video'] },
  { lang: 'hi', phrases: ['देखें', 'वीडियो देखें', 'देखिए', 'देखें वीडियो', 'पूरी खबर देखें'] },
  { lang: 'de', phrases: ['Sehen Sie das Video', 'Video ansehen', 'Jetzt ansehen', 'Sehen Sie hier', 'Hier das Video', 'Sehen Sie das Interview', 'Hier das Interview', 'Das Video sehen Sie unten'] },
  { lang: 'fr', phrases: ['Regardez la vidéo', 'Voir la vidéo', 'Regarder la vidéo', 'Regardez le reportage', "Regardez l'entretien", "Regardez l'interview", "Regardez l'extrait", "Voir l'extrait"] },
  { lang: 'es', phrases: ['Mira el video', 'Mira el vídeo', 'Ver video', 'Ver vídeo', 'Vea el video', 'Vea el vídeo', 'Mira la entrevista', 'Vea la entrevista'] },
  { lang: 'pt', phrases: ['Assista ao vídeo', 'Assista', 'Veja o vídeo', 'Assista à reportagem', 'Assista à entrevista', 'Veja a entrevista'] },
  { lang: 'it', phrases: ['Guarda il video', 'Guarda il servizio', 'Guarda la puntata', "Guarda l'intervista"] },
  { lang: 'nl', phrases: ['Bekijk de video', 'Kijk de video', 'Bekijk het fragment', 'Bekijk het interview'] },
  { lang: 'ru', phrases: ['Смотрите видео', 'Смотрите', 'Смотреть видео', 'Смотрите интервью'] },
  { lang: 'id', phrases: ['Tonton video', 'Tonton'] },
  { lang: 'tr', phrases: ['Videoyu izleyin', 'İzlemek için', 'Videoyu izlemek için tıklayın', 'Haberin videosu için tıklayın'] },
  { lang: 'pl', phrases: ['Zobacz wideo', 'Obejrzyj wideo', 'Zobacz materiał wideo', 'Obejrzyj cały materiał'] },
  { lang: 'uk', phrases: ['Дивіться відео', 'Дивіться також відео', 'Дивіться сюжет'] },
  { lang: 'sv', phrases: ['Se videon', 'Se klippet', 'Se hela inslaget'] },
  { lang: 'da', phrases: ['Se videoen', 'Se klippet', 'Se hele indslaget'] },
  { lang: 'no', phrases: ['Se videoen', 'Se klippet', 'Se hele innslaget'] },
  { lang: 'fi', phrases: ['Katso video', 'Katso koko video', 'Katso koko jakso'] },
  { lang: 'cs', phrases: ['Podívejte se na video', 'Sledujte video', 'Celou reportáž najdete ve videu'] },
  { lang: 'hu', phrases: ['Nézze meg a videót', 'Nézd meg a videót', 'Videó a témában'] },
  { lang: 'ro', phrases: ['Vezi video', 'Vezi videoclipul', 'Urmăriți materialul video'] },
  { lang: 'vi', phrases: ['Xem video', 'Xem clip', 'Mời quý vị xem video'] },
  { lang: 'ja', phrases: ['動画はこちら', '動画を見る', '動画を視聴する'] },
  { lang: 'zh', phrases: ['观看视频', '觀看影片', '点击观看视频', '视频请点击'] },
  { lang: 'ko', phrases: ['영상 보기', '영상으로 보기', '동영상 보기'] },
  { lang: 'ar', phrases: ['شاهد الفيديو', 'شاهد أيضا', 'شاهد التقرير'] },
];
