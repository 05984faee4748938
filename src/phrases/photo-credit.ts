import type { PhraseSet } from './match.js';

/**
 * Labels of an image credit left as a line of text ("Foto: Jan Nowak/PAP", "Crédit photo : AFP",
 * "사진=연합뉴스", a broadcaster's "Image source, Getty Images" / "Fuente de la imagen, …"): the credit follows. A labelled caption can carry facts, so the rule takes it
 * only when short and not a sentence.
 */
export const photoCreditLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Image source,', 'Photo:', 'Photos:', 'Image:', 'Images:', 'Picture:', 'Photograph:', 'Photo credit:', 'Photo credits:', 'Image credit:', 'Image credits:', 'Image source:', 'Photo source:', 'Featured image:', 'Header image:', 'Cover image:', 'Illustration:', 'Photo by', 'Photos by', 'Image by', 'Featured image by', 'Header image by', 'Cover image by', 'Cover photo by', 'Illustration by', 'Featured image credit:', 'Featured image credits:', 'Featured image source:', 'Featured photo:', 'Featured photo credit:', 'Header image credit:', 'Header image source:', 'Cover image credit:', 'Cover photo:', 'Cover photo credit:', 'Lead image:', 'Lead image credit:', 'Top image:', 'Top image credit:', 'Main image:', 'Main image credit:', 'Hero image:', 'Thumbnail credit:', 'Image via', 'Photo via', 'Images via', 'Credit:', 'Credits:', 'Photo courtesy of', 'Photos courtesy of', 'Image courtesy of', 'Images courtesy of', 'Photograph by', 'Photography by'] },
  { lang: 'de', phrases: ['Foto:', 'Fotos:', 'Bildquelle:', 'Bildnachweis:', 'Fotoquelle:', 'Titelbild:', 'Beitragsbild:', 'Symbolbild:', 'Titelbild-Quelle:', 'Titelbildquelle:', 'Beitragsbild-Quelle:', 'Headerbild:', 'Vorschaubild:', 'Aufmacherbild:', 'Bildrechte:', 'Foto von', 'Bild von', 'Credit:', 'Fotocredit:', 'Bild:'] },
  { lang: 'fr', phrases: ['Crédit photo,', 'Source de l\'image,', 'Photo :', 'Photos :', 'Crédit photo:', 'Crédit photo :', 'Crédits photo:', 'Crédits photo :', 'Image :', 'Illustration :', 'Photo d\'illustration :', 'Image à la une :', 'Image à la une:', 'Photo à la une :', 'Photo à la une:', 'Crédit image :', 'Crédit image:', 'Image de couverture :', 'Photo de couverture :', "Crédit de l'image :", 'Crédits :', 'Crédits:', 'Crédit :', 'Crédit:', 'Photo de', 'Crédit photo'] },
  { lang: 'es', phrases: ['Fuente de la imagen,', 'Foto:', 'Fotos:', 'Imagen:', 'Crédito de la imagen:', 'Crédito de la foto:', 'Fuente de la imagen:', 'Foto de portada:', 'Imagen destacada:', 'Imagen principal:', 'Foto principal:', 'Foto destacada:', 'Imagen de portada:', 'Crédito:', 'Créditos:', 'Foto de', 'Foto cortesía de', 'Imagen cortesía de'] },
  { lang: 'pt', phrases: ['Crédito,', 'Foto:', 'Fotos:', 'Imagem:', 'Crédito da imagem:', 'Crédito da foto:', 'Foto de capa:', 'Fonte da imagem:', 'Imagem destacada:', 'Imagem em destaque:', 'Imagem de destaque:', 'Foto em destaque:', 'Foto destacada:', 'Imagem de capa:', 'Crédito:', 'Créditos:', 'Foto de', 'Foto cedida por', 'Imagem cedida por'] },
  { lang: 'it', phrases: ['Foto:', 'Immagine:', 'Credito foto:', 'Crediti foto:', 'Fonte immagine:', 'Foto di copertina:', 'Immagine in evidenza:', 'Foto in evidenza:', 'Immagine di copertina:', 'Credito immagine:', 'Crediti immagine:', 'Credit:', 'Crediti:', 'Foto di', 'Ph.', 'Ph:', 'Ph. Credit:'] },
  { lang: 'nl', phrases: ['Foto:', "Foto's:", 'Beeld:', 'Afbeelding:', 'Fotografie:', 'Bron afbeelding:', 'Uitgelichte afbeelding:', 'Headerfoto:', 'Coverfoto:', 'Foto door', 'Beeld door'] },
  { lang: 'pl', phrases: ['Fot.', 'Fot.:', 'Zdjęcie:', 'Zdjęcia:', 'Foto:', 'Źródło zdjęcia:', 'Ilustracja:', 'Zdjęcie główne:', 'Zdjęcie tytułowe:'] },
  { lang: 'sv', phrases: ['Foto:', 'Bild:', 'Bildkälla:', 'Toppbild:', 'Huvudbild:'] },
  { lang: 'da', phrases: ['Foto:', 'Billede:', 'Fotokredit:'] },
  { lang: 'no', phrases: ['Foto:', 'Bilde:', 'Illustrasjonsfoto:'] },
  { lang: 'fi', phrases: ['Kuva:', 'Kuvat:', 'Kuvaaja:', 'Kuvituskuva:'] },
  { lang: 'cs', phrases: ['Foto:', 'Zdroj foto:', 'Zdroj fotografie:', 'Ilustrační foto:'] },
  { lang: 'hu', phrases: ['Fotó:', 'Fotók:', 'Kép:', 'Képek:', 'Forrás kép:', 'Címlapkép:', 'Illusztráció:'] },
  { lang: 'ro', phrases: ['Foto:', 'Sursa foto:', 'Sursă foto:', 'Imagine:', 'Fotografie:'] },
  { lang: 'ru', phrases: ['Автор фото,', 'Фото:', 'Фотография:', 'Изображение:', 'Иллюстрация:', 'Фото на обложке:', 'Главное фото:', 'Фото на превью:', 'Фото в анонсе:'] },
  { lang: 'uk', phrases: ['Автор фото,', 'Фото:', 'Світлина:', 'Ілюстрація:', 'Зображення:'] },
  { lang: 'tr', phrases: ['Fotoğraf kaynağı,', 'Fotoğraf:', 'Foto:', 'Görsel:', 'Kapak fotoğrafı:'] },
  { lang: 'id', phrases: ['Sumber gambar,', 'Foto:', 'Gambar:', 'Ilustrasi:', 'Sumber foto:', 'Sumber gambar:'] },
  { lang: 'vi', phrases: ['Nguồn hình ảnh,', 'Ảnh:', 'Ảnh minh họa:', 'Ảnh minh hoạ:', 'Nguồn ảnh:', 'Hình:'] },
  { lang: 'hi', phrases: ['इमेज स्रोत,', 'फोटो:', 'फ़ोटो:', 'तस्वीर:', 'फोटो साभार:', 'चित्र:'] },
  { lang: 'ar', phrases: ['مصدر الصورة،', 'صورة:', 'الصورة:', 'تصوير:', 'مصدر الصورة:', 'صورة أرشيفية:'] },
  { lang: 'ja', phrases: ['写真：', '写真:', '画像：', '画像:', '撮影：', '写真提供：', '画像提供：', '出典：'] },
  { lang: 'zh', phrases: ['图片来源：', '圖片來源：', '图片：', '圖片：', '图：', '圖：', '摄影：', '攝影：', '圖／', '图/', '题图来源：', '題圖來源：', '头图来源：', '頭圖來源：', '封面图来源：', '配图来源：', '图源：', '圖源：', '题图：', '頭圖：', '头图：', '图片来源:', '题图来源:', '头图来源:'] },
  { lang: 'ko', phrases: ['사진=', '사진:', '사진 제공=', '사진제공=', '이미지:', '사진 =', '사진출처=', '사진 출처:'] },
];

/**
 * Stock-photo sites' own attribution, as they print it in each language ("Photo by Jane Doe on
 * Unsplash", "Foto von Jane Doe auf Unsplash"). `{name}` is the photographer.
 */
export const stockCredits: readonly PhraseSet[] = [
  { lang: 'de', phrases: ['Foto von {name} auf Unsplash', 'Foto von {name} auf Pexels', 'Bild von {name} auf Pixabay', 'Foto von {name} von Pexels'] },
  { lang: 'fr', phrases: ['Photo de {name} sur Unsplash', 'Photo de {name} sur Pexels', 'Image par {name} de Pixabay'] },
  { lang: 'es', phrases: ['Foto de {name} en Unsplash', 'Foto de {name} en Pexels', 'Imagen de {name} en Pixabay'] },
  { lang: 'pt', phrases: ['Foto de {name} na Unsplash', 'Foto de {name} no Unsplash', 'Foto de {name} no Pexels', 'Imagem de {name} por Pixabay'] },
  { lang: 'it', phrases: ['Foto di {name} su Unsplash', 'Foto di {name} su Pexels', 'Immagine di {name} da Pixabay'] },
  { lang: 'nl', phrases: ['Foto door {name} op Unsplash', 'Foto van {name} op Pexels', 'Afbeelding van {name} via Pixabay'] },
  { lang: 'pl', phrases: ['Zdjęcie: {name} z Unsplash', 'Zdjęcie autorstwa {name} z Pexels', 'Obraz {name} z Pixabay'] },
];

/**
 * A picture's credit that names no one, left alone on a line under the lost picture: "Courtesy
 * photo", "Symbolbild", "Foto de archivo", "Photo d'illustration". The whole line is the credit.
 */
export const bareCredits: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Courtesy photo', 'Courtesy image', 'Courtesy photograph', 'Photo courtesy', 'Handout photo', 'File photo', 'Stock photo', 'Archive photo', 'Photo illustration', 'Representational image', 'Representative image'] },
  { lang: 'de', phrases: ['Symbolbild', 'Symbolfoto', 'Archivbild', 'Archivfoto', 'Pressefoto', 'Foto: privat', 'Bild: privat'] },
  { lang: 'fr', phrases: ["Photo d'illustration", "Image d'illustration", "Photo d'archives", 'Photo archives', 'Photo DR'] },
  { lang: 'es', phrases: ['Foto de archivo', 'Imagen de archivo', 'Foto ilustrativa', 'Imagen ilustrativa', 'Foto cedida', 'Imagen cedida'] },
  { lang: 'pt', phrases: ['Foto de arquivo', 'Imagem de arquivo', 'Foto ilustrativa', 'Imagem ilustrativa', 'Foto: divulgação', 'Imagem: divulgação'] },
  { lang: 'it', phrases: ["Foto d'archivio", 'Foto di archivio', 'Foto di repertorio', 'Immagine di repertorio', 'Foto generica'] },
  { lang: 'nl', phrases: ['Archieffoto', 'Archiefbeeld', 'Foto ter illustratie', 'Illustratiefoto'] },
  { lang: 'pl', phrases: ['Zdjęcie ilustracyjne', 'Zdjęcie poglądowe', 'Zdjęcie archiwalne', 'Fot. ilustracyjne'] },
  { lang: 'sv', phrases: ['Arkivbild', 'Pressbild', 'Genrebild'] },
  { lang: 'da', phrases: ['Arkivfoto', 'Genrefoto', 'Pressefoto'] },
  { lang: 'no', phrases: ['Arkivfoto', 'Illustrasjonsfoto', 'Illustrasjonsbilde'] },
  { lang: 'cs', phrases: ['Ilustrační foto', 'Ilustrační snímek', 'Archivní foto'] },
  { lang: 'ru', phrases: ['Фото из архива', 'Архивное фото', 'Иллюстративное фото', 'Фото иллюстративное'] },
  { lang: 'uk', phrases: ['Архівне фото', 'Ілюстративне фото', 'Фото ілюстративне'] },
  { lang: 'tr', phrases: ['Arşiv fotoğrafı', 'Temsili fotoğraf', 'Temsili görsel'] },
  { lang: 'id', phrases: ['Foto ilustrasi', 'Ilustrasi foto', 'Foto arsip'] },
];

/**
 * Picture desks and agencies a photographer's credit names after a slash or "via" ("Jane Doe /
 * AFP", "De Agostini via Getty Images", "JOHN ROE/REUTERS"), besides the news agencies
 * (src/phrases/agencies.ts). As they write themselves.
 */
export const pictureAgencies: readonly PhraseSet[] = [
  { lang: 'intl', phrases: ['Getty Images', 'Getty', 'Shutterstock', 'Alamy', 'iStock', 'iStockphoto', 'AP Photo', 'Reuters', 'REUTERS', 'AFP', 'EPA', 'EPA-EFE', 'Bloomberg', 'NurPhoto', 'SOPA Images', 'LightRocket', 'Anadolu', 'Anadolu Agency', 'ZUMA Press', 'Sipa', 'Sipa USA', 'Hans Lucas', 'Corbis', 'Universal Images Group', 'Pool', 'Xinhua', 'Kyodo', 'Imago', 'IMAGO', 'picture alliance', 'picture-alliance'] },
  { lang: 'de', phrases: ['dpa', 'dpa-Zentralbild', 'Keystone', 'KEYSTONE', 'APA', 'ddp'] },
  { lang: 'fr', phrases: ['Hans Lucas', 'Divergence', 'MAXPPP', 'Belga'] },
  { lang: 'es', phrases: ['EFE', 'Europa Press', 'Cordon Press'] },
  { lang: 'pt', phrases: ['Folhapress', 'Agência Brasil', 'Estadão Conteúdo', 'Lusa'] },
  { lang: 'it', phrases: ['ANSA', 'LaPresse', 'Ipa', 'Agf', 'Imagoeconomica'] },
  { lang: 'nl', phrases: ['ANP', 'Belga', 'Hollandse Hoogte'] },
  { lang: 'pl', phrases: ['PAP', 'East News', 'Forum', 'Agencja Gazeta'] },
  { lang: 'tr', phrases: ['AA', 'DHA', 'İHA'] },
];
