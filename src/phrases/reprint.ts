import type { PhraseSet } from './match.js';

/**
 * Reprint and copyright notices sites put under every post ("本文由…原创发布，转载请…", "© 2025
 * Example Media. Alle Rechte vorbehalten."). Each phrase opens the notice; the rest of its sentence
 * is the notice's own. A "©" line is written with the reservation after it, so that a phrase never
 * starts with a sign alone (the matcher pre-checks a word).
 */
export const reprintNotices: readonly PhraseSet[] = [
  { lang: 'zh', phrases: ['本文由{x}原创发布', '本文为{x}原创', '本文系{x}原创', '转载请注明', '轉載請註明', '未经授权，禁止转载', '未经授权禁止转载', '未经许可，不得转载', '如需转载', '版权声明：', '著作权归作者所有', '版权所有 ©', '版权所有©', '版權所有 ©', '版權所有©', '未經授權，不得轉載', '本文版权归{x}所有'] },
  { lang: 'ja', phrases: ['無断転載を禁じます', '無断転載禁止', '無断転載・複製を禁じます', '記事・写真の無断転載を禁じます', '転載禁止'] },
  { lang: 'ko', phrases: ['무단 전재 및 재배포 금지', '무단전재 및 재배포 금지', '무단전재-재배포 금지', '무단 전재-재배포 금지', '무단전재 재배포 금지', '저작권자 ©', '저작권자(c)', 'ⓒ {x} 무단 전재 및 재배포 금지', 'ⓒ {x} 무단전재 및 재배포 금지', 'ⓒ {x} 무단전재-재배포 금지'] },
  { lang: 'en', phrases: ['All rights reserved. Reproduction', 'Reproduction without permission is prohibited', 'Do not reproduce without permission', 'Republication without permission is prohibited', 'All rights reserved', '© {x} All rights reserved', 'Copyright {x} All rights reserved', 'Copyright ©', 'Copyright (c)'] },
  { lang: 'de', phrases: ['Nachdruck nur mit Genehmigung', 'Nachdruck nur mit Erlaubnis', 'Nachdruck, auch auszugsweise, nur mit', 'Alle Rechte vorbehalten', '© {x} Alle Rechte vorbehalten', 'Copyright {x} Alle Rechte vorbehalten'] },
  { lang: 'fr', phrases: ['Reproduction interdite sans autorisation', 'Toute reproduction interdite', 'Reproduction interdite sans accord', 'Tous droits réservés', '© {x} Tous droits réservés', 'Copyright {x} Tous droits réservés'] },
  { lang: 'es', phrases: ['Prohibida su reproducción', 'Prohibida la reproducción total o parcial', 'Todos los derechos reservados', '© {x} Todos los derechos reservados', 'Copyright {x} Todos los derechos reservados'] },
  { lang: 'pt', phrases: ['Proibida a reprodução', 'É proibida a reprodução', 'Todos os direitos reservados', '© {x} Todos os direitos reservados', 'Copyright {x} Todos os direitos reservados'] },
  { lang: 'it', phrases: ['Riproduzione riservata', 'Vietata la riproduzione', 'Tutti i diritti riservati', '© {x} Tutti i diritti riservati', 'Copyright {x} Tutti i diritti riservati'] },
  { lang: 'ru', phrases: ['Перепечатка без разрешения запрещена', 'При перепечатке ссылка на', 'При копировании материалов ссылка', 'Все права защищены', '© {x} Все права защищены', 'Копирование материалов запрещено'] },
  { lang: 'uk', phrases: ['Усі права захищені', 'Всі права захищені', '© {x} Усі права захищені', 'Передрук без дозволу заборонено', 'При використанні матеріалів посилання'] },
  { lang: 'pl', phrases: ['Wszelkie prawa zastrzeżone', '© {x} Wszelkie prawa zastrzeżone', 'Kopiowanie bez zgody zabronione', 'Przedruk wyłącznie za zgodą'] },
  { lang: 'nl', phrases: ['Alle rechten voorbehouden', '© {x} Alle rechten voorbehouden', 'Overname zonder toestemming is niet toegestaan'] },
  { lang: 'sv', phrases: ['Alla rättigheter förbehållna', '© {x} Alla rättigheter förbehållna'] },
  { lang: 'da', phrases: ['Alle rettigheder forbeholdes', 'Alle rettigheder forbeholdt', '© {x} Alle rettigheder forbeholdes'] },
  { lang: 'no', phrases: ['Alle rettigheter reservert', 'Alle rettigheter forbeholdt', '© {x} Alle rettigheter reservert'] },
  { lang: 'fi', phrases: ['Kaikki oikeudet pidätetään', '© {x} Kaikki oikeudet pidätetään'] },
  { lang: 'cs', phrases: ['Všechna práva vyhrazena', '© {x} Všechna práva vyhrazena', 'Šíření obsahu bez písemného souhlasu je zakázáno'] },
  { lang: 'hu', phrases: ['Minden jog fenntartva', '© {x} Minden jog fenntartva'] },
  { lang: 'ro', phrases: ['Toate drepturile rezervate', '© {x} Toate drepturile rezervate', 'Reproducerea fără acord este interzisă'] },
  { lang: 'tr', phrases: ['Tüm hakları saklıdır', '© {x} Tüm hakları saklıdır', 'İzinsiz kullanılamaz'] },
  { lang: 'id', phrases: ['Hak cipta dilindungi undang-undang', '© {x} Hak cipta dilindungi', 'Dilarang mengutip tanpa izin'] },
  { lang: 'vi', phrases: ['Bản quyền thuộc về', 'Ghi rõ nguồn khi phát hành lại', 'Không sao chép dưới mọi hình thức'] },
  { lang: 'hi', phrases: ['सर्वाधिकार सुरक्षित', '© {x} सर्वाधिकार सुरक्षित'] },
  { lang: 'ar', phrases: ['جميع الحقوق محفوظة', '© {x} جميع الحقوق محفوظة', 'يمنع النسخ دون إذن'] },
  { lang: 'el', phrases: ['Με επιφύλαξη παντός δικαιώματος', 'Όλα τα δικαιώματα διατηρούνται'] },
];
