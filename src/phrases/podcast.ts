import type { PhraseSet } from './match.js';

/**
 * Show-notes furniture of podcast feeds: calls to listen, subscribe or rate on the podcast apps
 * ("Listen on Spotify", "Abonniere den Podcast bei Apple Podcasts", "Spotifyで聴く"), to rate and
 * review without naming one ("Please Subscribe & Leave A Review"), to the show's other episodes on
 * its site ("Find more episodes at example.fm"), and to support the show. `{s}` is one or more apps
 * (podcastApps), `{x}` any short text. Sponsor reads are src/phrases/sponsor.ts; the hosts' privacy
 * notices are matched by their addresses (src/rules/podcast-footer.ts).
 */
export const podcastCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Listen on {s}', 'Listen to this episode on {s}', 'Listen to the episode on {s}', 'Listen to us on {s}', 'Listen now on {s}', 'Listen to the show on {s}', 'Listen: {s}', 'Listen via {s}', 'Subscribe on {s}', 'Subscribe to the podcast on {s}', 'Subscribe to the show on {s}', 'Subscribe to us on {s}', 'Subscribe: {s}', 'Subscribe via {s}', 'Follow the show on {s}', 'Follow the podcast on {s}', 'Available on {s}', 'Also available on {s}', 'Now available on {s}', 'Find us on {s}', 'Find the show on {s}', 'Rate and review us on {s}', 'Rate and review on {s}', 'Leave us a review on {s}', 'Please leave us a review on {s}', 'If you enjoyed this episode, please leave us a review on {s}', 'If you enjoyed this episode, leave us a review on {s}', 'If you like the show, please leave us a review on {s}', 'Support the show on {s}', 'Support us on {s}', 'Get bonus content on {s}', 'Become a patron on {s}', 'Support the show', 'Support the show: {x}', 'Support the podcast', 'Support the podcast: {x}', 'Support this podcast', 'Support this podcast: {x}', 'Become a Patron!', 'Become a Patron', 'Listen and subscribe wherever you get your podcasts', 'Subscribe wherever you get your podcasts', 'Follow the show wherever you get your podcasts', 'Listen wherever you get your podcasts', 'Send in a voice message: {x}', '--- Send in a voice message: {x}', 'Send us a text', 'Please subscribe and leave a review', 'Please Subscribe & Leave A Review', 'Subscribe and leave a review', 'Subscribe & leave a review', 'Please rate and review', 'Please rate and review the show', 'Please rate, review and subscribe', 'Rate, review and subscribe', 'Rate, review, and subscribe', 'Subscribe, rate and review', 'Subscribe, rate, and review', 'Please leave us a review', 'Find more episodes at {x}', 'More episodes at {x}', 'Find all episodes at {x}', 'All episodes at {x}', 'Listen to more episodes at {x}'] },
  { lang: 'de', phrases: ['Hört uns auf {s}', 'Hör uns auf {s}', 'Hört uns bei {s}', 'Jetzt anhören auf {s}', 'Jetzt anhören bei {s}', 'Hier anhören: {s}', 'Abonniere den Podcast bei {s}', 'Abonniere den Podcast auf {s}', 'Abonniere den Podcast in {s}', 'Abonniert den Podcast bei {s}', 'Abonniert den Podcast auf {s}', 'Abonnieren Sie den Podcast bei {s}', 'Den Podcast abonnieren: {s}', 'Podcast abonnieren: {s}', 'Unterstütze den Podcast auf {s}', 'Unterstütze den Podcast bei {s}', 'Unterstützt den Podcast auf {s}', 'Unterstützt uns auf {s}', 'Überall, wo es Podcasts gibt', 'Überall wo es Podcasts gibt', 'Verfügbar auf {s}', 'Auch verfügbar auf {s}', 'Abonniert den Podcast und hinterlasst eine Bewertung', 'Abonniere den Podcast und hinterlasse eine Bewertung', 'Bitte abonnieren und bewerten', 'Abonnieren und bewerten', 'Alle Folgen auf {x}', 'Alle Folgen unter {x}', 'Weitere Folgen auf {x}', 'Weitere Folgen unter {x}'] },
  { lang: 'fr', phrases: ['Écoutez-nous sur {s}', 'Écoutez sur {s}', "Écoutez l'épisode sur {s}", 'Abonnez-vous au podcast sur {s}', 'Abonnez-vous sur {s}', 'Disponible sur {s}', 'Également disponible sur {s}', 'Soutenez le podcast sur {s}', 'Soutenez-nous sur {s}', 'Retrouvez-nous sur {s}', 'Partout où vous écoutez vos podcasts', 'Abonnez-vous et laissez-nous un avis', 'Abonnez-vous et laissez un avis', 'Abonne-toi et laisse un avis', 'Tous les épisodes sur {x}', 'Retrouvez tous les épisodes sur {x}'] },
  { lang: 'es', phrases: ['Escucha este episodio en {s}', 'Escúchanos en {s}', 'Escucha en {s}', 'Escucha el episodio en {s}', 'Suscríbete en {s}', 'Suscríbete al podcast en {s}', 'Disponible en {s}', 'También disponible en {s}', 'Apoya el podcast en {s}', 'Apóyanos en {s}', 'Síguenos en tu plataforma de podcasts favorita', 'Suscríbete y déjanos una reseña', 'Suscríbete y deja una reseña', 'Suscríbete y déjanos tu valoración', 'Todos los episodios en {x}', 'Más episodios en {x}'] },
  { lang: 'pt', phrases: ['Ouça no {s}', 'Ouça na {s}', 'Ouça em {s}', 'Ouça também no {s}', 'Ouça o episódio no {s}', 'Escute no {s}', 'Assine o podcast no {s}', 'Siga o podcast no {s}', 'Disponível no {s}', 'Disponível em {s}', 'Apoie o podcast no {s}', 'Apoie o podcast em {s}', 'Assine e deixe uma avaliação', 'Siga e deixe sua avaliação', 'Todos os episódios em {x}', 'Mais episódios em {x}'] },
  { lang: 'it', phrases: ['Ascolta su {s}', 'Ascoltaci su {s}', "Ascolta l'episodio su {s}", 'Iscriviti al podcast su {s}', 'Disponibile su {s}', 'Sostieni il podcast su {s}', 'Sostienici su {s}', 'Iscriviti e lascia una recensione', 'Tutti gli episodi su {x}', 'Altri episodi su {x}'] },
  { lang: 'nl', phrases: ['Luister op {s}', 'Luister via {s}', 'Luister naar de aflevering op {s}', 'Abonneer je op de podcast via {s}', 'Abonneer je op de podcast in {s}', 'Abonneer op {s}', 'Beschikbaar op {s}', 'Steun de podcast op {s}', 'Abonneer en laat een review achter', 'Alle afleveringen op {x}', 'Meer afleveringen op {x}'] },
  { lang: 'sv', phrases: ['Lyssna på {s}', 'Lyssna i {s}', 'Prenumerera på podden i {s}', 'Prenumerera på podden via {s}', 'Prenumerera på podden på {s}', 'Stöd podden på {s}', 'Finns på {s}', 'Prenumerera och lämna en recension', 'Alla avsnitt på {x}', 'Fler avsnitt på {x}'] },
  { lang: 'da', phrases: ['Lyt på {s}', 'Lyt med på {s}', 'Lyt i {s}', 'Abonnér på podcasten i {s}', 'Abonner på podcasten i {s}', 'Støt podcasten på {s}'] },
  { lang: 'no', phrases: ['Lytt på {s}', 'Lytt i {s}', 'Abonner på podkasten i {s}', 'Abonner på podcasten i {s}', 'Støtt podkasten på {s}'] },
  { lang: 'fi', phrases: ['Kuuntele {s}', 'Kuuntele jakso {s}', 'Tilaa podcast {s}'] },
  { lang: 'pl', phrases: ['Słuchaj na {s}', 'Słuchaj w {s}', 'Słuchaj nas na {s}', 'Subskrybuj podcast w {s}', 'Subskrybuj podcast na {s}', 'Wesprzyj podcast na {s}', 'Wesprzyj nas na {s}'] },
  { lang: 'cs', phrases: ['Poslouchejte na {s}', 'Poslouchejte nás na {s}', 'Poslouchejte v {s}', 'Odebírejte podcast na {s}', 'Podpořte podcast na {s}'] },
  { lang: 'ru', phrases: ['Слушайте нас на {s}', 'Слушайте нас в {s}', 'Слушайте на {s}', 'Слушайте в {s}', 'Слушайте подкаст на {s}', 'Слушайте подкаст в {s}', 'Подписывайтесь на подкаст в {s}', 'Подписывайтесь на подкаст на {s}', 'Подписывайтесь на {s}', 'Поддержите подкаст на {s}', 'Поддержать подкаст: {x}'] },
  { lang: 'uk', phrases: ['Слухайте нас на {s}', 'Слухайте на {s}', 'Слухайте в {s}', 'Слухайте подкаст на {s}', 'Підписуйтесь на подкаст у {s}', 'Підтримайте подкаст на {s}'] },
  { lang: 'tr', phrases: ["{s}'ta dinleyin", "{s}'da dinleyin", "{s}'de dinleyin", "{s}'te dinleyin", '{s} üzerinden dinleyin', "{s}'ta dinle", "{s}'da dinle"] },
  { lang: 'id', phrases: ['Dengarkan di {s}', 'Dengarkan juga di {s}', 'Dengarkan episode ini di {s}', 'Tersedia di {s}'] },
  { lang: 'ms', phrases: ['Dengar di {s}', 'Dengarkan di {s}'] },
  { lang: 'ja', phrases: ['{s}で聴く', '{s}で聞く', '{s}で配信中', '{s}でも配信中', '{s}で購読'] },
  { lang: 'ko', phrases: ['{s}에서 듣기', '{s}에서 들어보세요', '{s}에서 구독하기'] },
  { lang: 'zh', phrases: ['在{s}收听', '在 {s} 收听', '收听平台：{s}', '订阅：{s}'] },
  { lang: 'ar', phrases: ['استمع على {s}', 'استمع عبر {s}', 'استمعوا إلينا على {s}'] },
];

/** Podcast apps and hosts, lower case: a name or its first letters ("Spotifyssa", "Яндекс Музыке"). */
export const podcastApps: readonly string[] = [
  'apple podcasts', 'apple podcast', 'itunes', 'spotify', 'google podcasts', 'youtube music', 'youtube', 'overcast', 'pocket casts',
  'pocketcasts', 'castbox', 'castro', 'stitcher', 'deezer', 'amazon music', 'audible', 'tunein', 'iheartradio', 'iheart',
  'podbean', 'podcast addict', 'player fm', 'player.fm', 'radiopublic', 'radio public', 'anchor', 'audioboom', 'soundcloud',
  'ivoox', 'podimo', 'fyyd', 'podigee', 'rss', 'rss feed', 'patreon', 'steady', 'ko-fi', 'buy me a coffee', 'apoia.se', 'tipeee',
  'yandex music', 'яндекс музыка', 'яндекс музыке', 'яндекс.музыка', 'яндекс.музыке', 'вконтакте', 'vk', 'castbox.fm', 'mave',
  'pandora', 'goodpods', 'fountain', 'podcast index', 'audible', 'podtail', 'ximalaya', '喜马拉雅', '小宇宙', 'podcast.de',
  'ポッドキャスト', '팟빵', '팟캐스트',
];
