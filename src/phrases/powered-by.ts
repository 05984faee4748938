import type { PhraseSet } from './match.js';

/**
 * The credit a blog platform or theme prints in a site's footer ("Proudly powered by WordPress",
 * "Fièrement propulsé par WordPress", Blogger's "Con la tecnología de Blogger", WordPress.com's
 * "Blog at WordPress.com."), in the platforms' own translations. `{x}` is the platform, a theme
 * or a company: a name of a few words, not the rest of a sentence.
 */
export const poweredBy: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Proudly powered by {x}', 'Powered by {x}', 'Site powered by {x}', 'Blog powered by {x}', 'Website powered by {x}', 'Blog at WordPress.com', 'Website built with WordPress.com', 'Create a free website or blog at WordPress.com', 'Create a website or blog at WordPress.com', 'Start a blog at WordPress.com', 'Theme: {x} by {y}', 'Theme by {x}', 'Designed by {x}'] },
  { lang: 'de', phrases: ['Stolz präsentiert von {x}', 'Mit Stolz präsentiert von {x}', 'Betrieben mit {x}', 'Bereitgestellt von {x}', 'Theme: {x} von {y}'] },
  { lang: 'fr', phrases: ['Fièrement propulsé par {x}', 'Propulsé par {x}', 'Fourni par {x}', 'Thème : {x} par {y}', 'Thème: {x} par {y}', 'Thème par {x}'] },
  { lang: 'es', phrases: ['Funciona gracias a {x}', 'Con la tecnología de {x}', 'Orgullosamente impulsado por {x}', 'Desarrollado con {x}', 'Tema: {x} por {y}', 'Tema por {x}'] },
  { lang: 'pt', phrases: ['Orgulhosamente mantido com {x}', 'Orgulhosamente desenvolvido com {x}', 'Tecnologia do {x}', 'Com tecnologia {x}', 'Desenvolvido com {x}', 'Desenvolvido por {x}', 'Movido a {x}', 'Tema: {x} por {y}', 'Tema por {x}'] },
  { lang: 'it', phrases: ['Orgogliosamente powered by {x}', 'Gestito con {x}', 'Con tecnologia {x}', 'Tema: {x} da {y}', 'Tema di {x}'] },
  { lang: 'nl', phrases: ['Trots aangedreven door {x}', 'Mogelijk gemaakt door {x}', 'Aangedreven door {x}', 'Thema: {x} door {y}'] },
  { lang: 'pl', phrases: ['Dumnie wspierane przez {x}', 'Wspierane przez {x}', 'Obsługiwane przez {x}', 'Napędzane przez {x}', 'Motyw: {x} autorstwa {y}'] },
  { lang: 'ru', phrases: ['Сайт работает на {x}', 'Работает на {x}', 'Гордо работает на {x}', 'С гордостью работает на {x}', 'Технологии {x}', 'Сделано на {x}', 'Тема: {x} от {y}'] },
  { lang: 'uk', phrases: ['Сайт працює на {x}', 'Працює на {x}', 'З гордістю працює на {x}', 'Тема: {x} від {y}'] },
  { lang: 'sv', phrases: ['Drivs med {x}', 'Drivs av {x}', 'Stolt drivs av {x}', 'Tema: {x} av {y}'] },
  { lang: 'da', phrases: ['Drevet af {x}', 'Stolt drevet af {x}', 'Tema: {x} af {y}'] },
  { lang: 'no', phrases: ['Drevet av {x}', 'Stolt drevet av {x}', 'Tema: {x} av {y}'] },
  { lang: 'fi', phrases: ['Voimanlähteenä {x}', 'Sivustoa pyörittää {x}', 'Toteutettu {x}-ohjelmiston voimalla'] },
  { lang: 'cs', phrases: ['Poháněno {x}', 'Běží na {x}', 'Používáme {x}', 'Hrdě používá {x}'] },
  { lang: 'hu', phrases: ['Büszkén használja: {x}', 'Működteti: {x}', 'Köszönjük {x}'] },
  { lang: 'ro', phrases: ['Propulsat de {x}', 'Susținut de {x}', 'Mândru susținut de {x}'] },
  { lang: 'tr', phrases: ['WordPress gururla sunar', 'Blogger tarafından desteklenmektedir', 'Tema: {x} - {y}', '{x} ile güçlendirilmiştir'] },
  { lang: 'id', phrases: ['Dipersembahkan oleh {x}', 'Diberdayakan oleh {x}', 'Didukung oleh {x}', 'Dengan bangga ditenagai oleh {x}', 'Ditenagai oleh {x}'] },
  { lang: 'vi', phrases: ['Được tạo bởi {x}', 'Tự hào sử dụng {x}', 'Vận hành bởi {x}', 'Được xây dựng bởi {x}', 'Xây dựng trên {x}'] },
  { lang: 'zh', phrases: ['自豪地采用{x}', '由{x}强力驱动', '技术支持：{x}', '技術提供：{x}', '自豪地使用{x}'] },
  { lang: 'ja', phrases: ['Powered by {x}'] },
  { lang: 'ar', phrases: ['مدعوم من {x}', 'يعمل بواسطة {x}', 'بكل فخر مدعوم من {x}', 'مدعوم بفخر من {x}'] },
  { lang: 'el', phrases: ['Κατασκευασμένο με {x}', 'Περήφανα τροφοδοτούμενο από {x}'] },
  { lang: 'he', phrases: ['פועל על {x}'] },
  { lang: 'fa', phrases: ['با افتخار نیرو گرفته از {x}'] },
  { lang: 'th', phrases: ['ภูมิใจนำเสนอโดย {x}'] },
  { lang: 'bg', phrases: ['Задвижвано с гордост от {x}'] },
  { lang: 'sk', phrases: ['Hrdo poháňa {x}'] },
  { lang: 'ca', phrases: ['Gràcies al {x}'] },
  { lang: 'hi', phrases: ['गर्व से {x} द्वारा संचालित'] },
];
