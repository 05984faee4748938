import type { PhraseSet } from './match.js';

/**
 * The prompt a picture or an embedded map leaves under it once the copy has lost the picture's
 * link: "Click the image for a larger version", "View larger map", "Klicken zum Vergrößern",
 * "Cliquez pour agrandir". Each is the whole prompt, as a line or in brackets closing a caption.
 */
export const enlargePrompts: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Click to enlarge', 'Click image to enlarge', 'Click the image to enlarge', 'Click on the image to enlarge', 'Click on image to enlarge', 'Click the image for a larger version', 'Click the image for a larger view', 'Click for a larger version', 'Click for a larger image', 'Click for larger image', 'Click image for larger version', 'Click to view larger', 'Click to see larger image', 'Click for full size', 'Click for full-size image', 'Tap to enlarge', 'View larger map', 'View larger image', 'View full size', 'See larger image', 'Enlarge this image'] },
  { lang: 'de', phrases: ['Klicken zum Vergrößern', 'Zum Vergrößern klicken', 'Zum Vergrößern anklicken', 'Zum Vergrößern auf das Bild klicken', 'Bild anklicken zum Vergrößern', 'Klicken Sie auf das Bild, um es zu vergrößern', 'Größere Karte anzeigen', 'Bild vergrößern'] },
  { lang: 'fr', phrases: ['Cliquez pour agrandir', "Cliquez sur l'image pour l'agrandir", "Cliquer sur l'image pour l'agrandir", "Cliquez sur l'image pour agrandir", 'Cliquer pour agrandir', 'Agrandir le plan', 'Afficher une carte plus grande', "Agrandir l'image"] },
  { lang: 'es', phrases: ['Haz clic para ampliar', 'Haga clic para ampliar', 'Clic para ampliar', 'Pulsa para ampliar', 'Pincha para ampliar', 'Haz clic en la imagen para ampliarla', 'Ver mapa más grande', 'Ampliar imagen'] },
  { lang: 'pt', phrases: ['Clique para ampliar', 'Clique na imagem para ampliar', 'Clique para aumentar', 'Ver mapa maior', 'Ampliar imagem'] },
  { lang: 'it', phrases: ['Clicca per ingrandire', "Clicca sull'immagine per ingrandire", "Clicca sull'immagine per ingrandirla", 'Visualizza mappa ingrandita', 'Ingrandisci immagine'] },
  { lang: 'nl', phrases: ['Klik om te vergroten', 'Klik op de afbeelding om te vergroten', 'Klik voor een grotere versie', 'Grotere kaart weergeven', 'Afbeelding vergroten'] },
  { lang: 'pl', phrases: ['Kliknij, aby powiększyć', 'Kliknij aby powiększyć', 'Kliknij, żeby powiększyć', 'Kliknij w obrazek, aby powiększyć', 'Wyświetl większą mapę', 'Powiększ zdjęcie'] },
  { lang: 'sv', phrases: ['Klicka för att förstora', 'Klicka på bilden för att förstora', 'Visa större karta', 'Förstora bilden'] },
  { lang: 'da', phrases: ['Klik for at forstørre', 'Klik på billedet for at forstørre', 'Vis større kort'] },
  { lang: 'no', phrases: ['Klikk for å forstørre', 'Klikk på bildet for å forstørre', 'Vis større kart'] },
  { lang: 'fi', phrases: ['Klikkaa suuremmaksi', 'Suurenna klikkaamalla', 'Näytä suurempi kartta'] },
  { lang: 'cs', phrases: ['Klikněte pro zvětšení', 'Kliknutím zvětšíte', 'Zobrazit větší mapu'] },
  { lang: 'ru', phrases: ['Нажмите, чтобы увеличить', 'Нажмите для увеличения', 'Кликните для увеличения', 'Кликните, чтобы увеличить', 'Увеличить изображение', 'Посмотреть увеличенную карту'] },
  { lang: 'uk', phrases: ['Натисніть, щоб збільшити', 'Натисніть для збільшення', 'Клікніть для збільшення'] },
  { lang: 'tr', phrases: ['Büyütmek için tıklayın', 'Büyütmek için tıklayınız', 'Daha büyük haritada görüntüle'] },
  { lang: 'id', phrases: ['Klik untuk memperbesar', 'Klik gambar untuk memperbesar', 'Lihat peta lebih besar'] },
  { lang: 'ja', phrases: ['クリックで拡大', 'クリックで拡大します', '画像をクリックで拡大', '大きな地図で見る'] },
  { lang: 'zh', phrases: ['点击放大', '點擊放大', '点击查看大图', '點擊查看大圖', '查看大图'] },
];
