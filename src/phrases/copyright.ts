import type { PhraseSet } from './match.js';

/**
 * Copyright reservations under a post: "© 2024 <Site>. All rights reserved.", the wire's "Copyright
 * 2024 The Associated Press. All rights reserved.", a site footer's "Tous droits réservés." A
 * phrase is the reservation itself; what may stand before it (a © notice, a name) and after it (the
 * rest of the notice) is the rule's business (src/rules/copyright-line.ts). `{x}` is the holder.
 */
export const rightsReserved: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['All rights reserved', 'Some rights reserved', 'All rights reserved worldwide'] },
  { lang: 'de', phrases: ['Alle Rechte vorbehalten', 'Alle Rechte bleiben vorbehalten'] },
  { lang: 'fr', phrases: ['Tous droits réservés', 'Tous droits de reproduction réservés', 'Droits réservés'] },
  { lang: 'es', phrases: ['Todos los derechos reservados', 'Reservados todos los derechos'] },
  { lang: 'pt', phrases: ['Todos os direitos reservados', 'Direitos reservados'] },
  { lang: 'it', phrases: ['Tutti i diritti riservati', 'Riproduzione riservata'] },
  { lang: 'nl', phrases: ['Alle rechten voorbehouden'] },
  { lang: 'sv', phrases: ['Alla rättigheter förbehållna', 'Alla rättigheter reserverade'] },
  { lang: 'da', phrases: ['Alle rettigheder forbeholdes', 'Alle rettigheder forbeholdt'] },
  { lang: 'no', phrases: ['Alle rettigheter reservert', 'Alle rettigheter forbeholdt'] },
  { lang: 'fi', phrases: ['Kaikki oikeudet pidätetään', 'Kaikki oikeudet pidätetty'] },
  { lang: 'pl', phrases: ['Wszelkie prawa zastrzeżone', 'Wszystkie prawa zastrzeżone'] },
  { lang: 'cs', phrases: ['Všechna práva vyhrazena'] },
  { lang: 'sk', phrases: ['Všetky práva vyhradené'] },
  { lang: 'hu', phrases: ['Minden jog fenntartva'] },
  { lang: 'ro', phrases: ['Toate drepturile rezervate', 'Toate drepturile sunt rezervate'] },
  { lang: 'ru', phrases: ['Все права защищены', 'Все права защищены законом'] },
  { lang: 'uk', phrases: ['Усі права захищені', 'Всі права захищені', 'Усі права застережено'] },
  { lang: 'tr', phrases: ['Tüm hakları saklıdır', 'Her hakkı saklıdır', 'Bütün hakları saklıdır'] },
  { lang: 'id', phrases: ['Hak cipta dilindungi undang-undang', 'Hak cipta dilindungi'] },
  { lang: 'ms', phrases: ['Hak cipta terpelihara'] },
  { lang: 'vi', phrases: ['Bản quyền thuộc về {x}', 'Mọi quyền được bảo lưu', 'Giữ toàn quyền'] },
  { lang: 'zh', phrases: ['版权所有', '版權所有', '保留所有权利', '保留所有權利', '保留一切权利'] },
  { lang: 'ja', phrases: ['無断転載禁止', '無断転載を禁じます', '無断転載・複製を禁じます', '無断複製・転載を禁じます', '禁無断転載'] },
  { lang: 'ko', phrases: ['무단 전재 및 재배포 금지', '무단전재 및 재배포 금지', '무단전재-재배포 금지', '무단 전재-재배포 금지', '무단전재 재배포 금지', '무단 전재 재배포 금지', '모든 권리 보유'] },
  { lang: 'ar', phrases: ['جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'جميع الحقوق محفوظة لـ{x}'] },
  { lang: 'el', phrases: ['Με επιφύλαξη παντός δικαιώματος', 'Με την επιφύλαξη παντός δικαιώματος'] },
  { lang: 'he', phrases: ['כל הזכויות שמורות'] },
  { lang: 'hi', phrases: ['सर्वाधिकार सुरक्षित'] },
];

/**
 * Company suffixes that make a copyright holder the publisher's company rather than its
 * publication ("Advance Local Media LLC" owns nj.com): a holder with one is not taken for the site.
 * Lower case.
 */
export const companySuffixes: readonly string[] = [
  'inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'corporation', 'company', 'co', 'limited', 'holdings', 'group', 'pty', 'gmbh', 'ggmbh', 'ag', 'se', 'kg', 'e.v',
  'sa', 's.a', 'sas', 'sarl', 's.l', 'sl', 'srl', 's.r.l', 'spa', 's.p.a', 'bv', 'b.v', 'nv', 'n.v', 'ab', 'as', 'asa', 'oy', 'oyj', 'kk', 'ltda', 'sp', 'a.s', 's.r.o', 'ооо', 'ао', 'пао',
];
