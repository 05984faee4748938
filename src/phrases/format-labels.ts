import type { PhraseSet } from './match.js';

/**
 * The format a broadcaster's or a news site's item is labelled with, printed as a kicker over the
 * headline or alone under it ("Video", "Audio", "Live", "Gallery", "Vidéo", "En direct",
 * "Bildergalerie"). Only the whole line, any case, and only where a kicker stands (see head-label);
 * programme names ("Newsbeat") are the site's own and left to learning.
 */
export const formatLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Video', 'Videos', 'Watch', 'Audio', 'Listen', 'Live', 'Live updates', 'Live blog', 'Liveblog', 'As it happened', 'Gallery', 'Photo gallery', 'In pictures', 'In photos', 'Photos', 'Pictures', 'Podcast', 'Report', 'Special report', 'Interactive', 'Graphic', 'Explained', 'Watch live', 'Video report'] },
  { lang: 'de', phrases: ['Video', 'Videos', 'Audio', 'Live', 'Liveblog', 'Live-Blog', 'Live-Ticker', 'Liveticker', 'Ticker', 'Bildergalerie', 'Fotostrecke', 'Galerie', 'Podcast', 'Reportage', 'Interaktiv', 'Grafik', 'Erklärt', 'Zum Anhören', 'Zum Ansehen'] },
  { lang: 'fr', phrases: ['Vidéo', 'Vidéos', 'Audio', 'Direct', 'En direct', 'Live', 'Diaporama', 'Galerie', 'Galerie photos', 'En images', 'Photos', 'Podcast', 'Reportage', 'Grand reportage', 'Infographie', 'Décryptage vidéo', 'À écouter', 'À voir'] },
  { lang: 'es', phrases: ['Vídeo', 'Video', 'Vídeos', 'Videos', 'Audio', 'Directo', 'En directo', 'En vivo', 'Galería', 'Fotogalería', 'Galería de fotos', 'En imágenes', 'Fotos', 'Podcast', 'Reportaje', 'Infografía', 'Minuto a minuto'] },
  { lang: 'it', phrases: ['Video', 'Audio', 'Diretta', 'In diretta', 'Live', 'Fotogallery', 'Galleria', 'Galleria fotografica', 'Foto', 'Podcast', 'Reportage', 'Infografica'] },
  { lang: 'pt', phrases: ['Vídeo', 'Vídeos', 'Áudio', 'Ao vivo', 'Em direto', 'Direto', 'Galeria', 'Galeria de fotos', 'Fotogaleria', 'Fotos', 'Podcast', 'Reportagem', 'Infografia'] },
  { lang: 'nl', phrases: ['Video', "Video's", 'Audio', 'Live', 'Liveblog', 'Fotoserie', 'Fotoalbum', "Foto's", 'Podcast', 'Reportage', 'Infographic'] },
  { lang: 'sv', phrases: ['Video', 'Ljud', 'Direkt', 'Live', 'Bildspel', 'Bilder', 'Podd', 'Reportage', 'Grafik'] },
  { lang: 'pl', phrases: ['Wideo', 'Audio', 'Na żywo', 'Relacja na żywo', 'Galeria', 'Zdjęcia', 'Podcast', 'Reportaż'] },
];
