import type { PhraseSet } from './match.js';

/**
 * Calls to click a link that the copy no longer has: "Click here to read the full article.",
 * "Cliquez ici pour en savoir plus", "Devamını okumak için tıklayın". `{x}` is what the link
 * promises; a phrase that ends on the call ("For more news, click here.") has it before.
 */
export const clickHereCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Click here', 'Click here to {x}', 'Click here for {x}', 'Click here and {x}', 'Tap here to {x}', 'Tap here for {x}', '{x}, click here', '{x} click here', '{x}, tap here', 'Please click here to {x}'] },
  { lang: 'de', phrases: ['Hier klicken', 'Hier klicken, um {x}', 'Hier klicken und {x}', 'Klicken Sie hier', 'Klicken Sie hier, um {x}', 'Klicken Sie hier für {x}', 'Klick hier', 'Klick hier, um {x}', 'Hier geht es zu {x}', 'Hier geht es zum {x}', 'Hier geht es zur {x}', "Hier geht's zu {x}", "Hier geht's zum {x}", "Hier geht's zur {x}", '{x}, klicken Sie hier', '{x} hier klicken'] },
  { lang: 'fr', phrases: ['Cliquez ici', 'Cliquez ici pour {x}', 'Cliquer ici pour {x}', 'Clique ici pour {x}', 'Cliquez ici et {x}', '{x}, cliquez ici'] },
  { lang: 'es', phrases: ['Haz clic aquí', 'Haz clic aquí para {x}', 'Haga clic aquí para {x}', 'Haz click aquí para {x}', 'Pulsa aquí para {x}', 'Pincha aquí para {x}', 'Clic aquí para {x}', 'Da clic aquí para {x}', 'Haz clic aquí y {x}', '{x}, haz clic aquí', '{x}, pulsa aquí', '{x}, haga clic aquí'] },
  { lang: 'pt', phrases: ['Clique aqui', 'Clique aqui para {x}', 'Clique aqui e {x}', 'Clica aqui para {x}', 'Toque aqui para {x}', '{x}, clique aqui'] },
  { lang: 'it', phrases: ['Clicca qui', 'Clicca qui per {x}', 'Fai clic qui per {x}', 'Cliccate qui per {x}', 'Clicca qui e {x}', '{x}, clicca qui'] },
  { lang: 'nl', phrases: ['Klik hier', 'Klik hier om {x}', 'Klik hier voor {x}', 'Klik hier en {x}', '{x}, klik hier'] },
  { lang: 'sv', phrases: ['Klicka här', 'Klicka här för att {x}', 'Klicka här för {x}', '{x}, klicka här'] },
  { lang: 'da', phrases: ['Klik her', 'Klik her for at {x}', 'Klik her for {x}', '{x}, klik her'] },
  { lang: 'no', phrases: ['Klikk her', 'Klikk her for å {x}', 'Klikk her for {x}', '{x}, klikk her'] },
  { lang: 'fi', phrases: ['Klikkaa tästä', 'Klikkaa tästä {x}', 'Napsauta tästä', 'Napsauta tästä {x}'] },
  { lang: 'pl', phrases: ['Kliknij tutaj', 'Kliknij tutaj, aby {x}', 'Kliknij tu, aby {x}', 'Kliknij tutaj i {x}', 'Kliknij tutaj, żeby {x}'] },
  { lang: 'cs', phrases: ['Klikněte zde', 'Klikněte zde pro {x}', 'Klikněte zde a {x}', 'Klikněte sem pro {x}', 'Klikněte zde, abyste {x}'] },
  { lang: 'ru', phrases: ['Нажмите здесь', 'Нажмите здесь, чтобы {x}', 'Кликните здесь, чтобы {x}', 'Нажмите сюда, чтобы {x}', 'Жмите сюда, чтобы {x}', 'Нажмите здесь для {x}'] },
  { lang: 'uk', phrases: ['Натисніть тут', 'Натисніть тут, щоб {x}', 'Клікніть тут, щоб {x}', 'Натисніть сюди, щоб {x}'] },
  { lang: 'tr', phrases: ['Buraya tıklayın', 'Buraya tıklayınız', 'Buraya tıklayarak {x}', '{x} için tıklayın', '{x} için tıklayınız', '{x} için tıkla', '{x} için buraya tıklayın'] },
  { lang: 'id', phrases: ['Klik di sini', 'Klik di sini untuk {x}', 'Klik disini untuk {x}', 'Klik di sini dan {x}'] },
  { lang: 'ms', phrases: ['Klik di sini', 'Klik di sini untuk {x}', 'Tekan di sini untuk {x}'] },
  { lang: 'vi', phrases: ['Nhấn vào đây', 'Nhấn vào đây để {x}', 'Bấm vào đây để {x}', 'Click vào đây để {x}', 'Nhấp vào đây để {x}'] },
  { lang: 'zh', phrases: ['点击这里{x}', '点击此处{x}', '點擊這裡{x}', '點擊此處{x}', '点此{x}', '請點擊此處{x}'] },
  { lang: 'ja', phrases: ['詳しくはこちら', '詳細はこちら', '詳細はこちらをクリック', 'こちらをクリック', 'ここをクリック{x}', '{x}はこちらをクリック', '{x}はこちら'] },
  { lang: 'ko', phrases: ['여기를 클릭하세요', '여기를 클릭하여 {x}', '{x} 여기를 클릭하세요', '{x}려면 여기를 클릭하세요'] },
  { lang: 'ar', phrases: ['انقر هنا', 'انقر هنا {x}', 'اضغط هنا', 'اضغط هنا {x}'] },
  { lang: 'hi', phrases: ['यहां क्लिक करें', 'यहाँ क्लिक करें', '{x} के लिए यहां क्लिक करें', '{x} के लिए यहाँ क्लिक करें'] },
];
