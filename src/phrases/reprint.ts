import type { PhraseSet } from './match.js';

/**
 * Reprint notices sites put under every post ("本文由…原创发布，转载请…", "Nachdruck nur mit
 * Genehmigung"). Each phrase opens the notice; the rest of its sentence is the notice's own. A bare
 * "© 2025 <Site>. All rights reserved." is copyright-line's (src/phrases/copyright.ts): a phrase
 * never starts with a sign alone (the matcher pre-checks a word).
 * `{site}` is the publisher the notice names ("本文由极客公园原创发布": GeekPark published it first).
 */
export const reprintNotices: readonly PhraseSet[] = [
  { lang: 'zh', phrases: ['本文由{site}原创发布', '本文为{site}原创', '本文系{site}原创', '本文由{site}原創發布', '本文為{site}原創', '本文係{site}原創', '转载请注明', '轉載請註明', '未经授权，禁止转载', '未经授权禁止转载', '未经许可，不得转载', '如需转载', '版权声明：', '著作权归作者所有', '未經授權，不得轉載', '本文版权归{site}所有'] },
  { lang: 'ja', phrases: ['無断転載を禁じます', '無断転載禁止', '無断転載・複製を禁じます', '記事・写真の無断転載を禁じます', '転載禁止'] },
  { lang: 'ko', phrases: ['무단 전재 및 재배포 금지', '무단전재 및 재배포 금지', '무단전재-재배포 금지', '무단 전재-재배포 금지', '무단전재 재배포 금지', 'ⓒ {site} 무단 전재 및 재배포 금지', 'ⓒ {site} 무단전재 및 재배포 금지', 'ⓒ {site} 무단전재-재배포 금지'] },
  { lang: 'en', phrases: ['Reproduction without permission is prohibited', 'Do not reproduce without permission', 'Republication without permission is prohibited'] },
  { lang: 'de', phrases: ['Nachdruck nur mit Genehmigung', 'Nachdruck nur mit Erlaubnis', 'Nachdruck, auch auszugsweise, nur mit'] },
  { lang: 'fr', phrases: ['Reproduction interdite sans autorisation', 'Toute reproduction interdite', 'Reproduction interdite sans accord'] },
  { lang: 'es', phrases: ['Prohibida su reproducción', 'Prohibida la reproducción total o parcial'] },
  { lang: 'pt', phrases: ['Proibida a reprodução', 'É proibida a reprodução'] },
  { lang: 'it', phrases: ['Riproduzione riservata', 'Vietata la riproduzione'] },
  { lang: 'ru', phrases: ['Перепечатка без разрешения запрещена', 'При перепечатке ссылка на', 'При копировании материалов ссылка', 'Копирование материалов запрещено'] },
  { lang: 'uk', phrases: ['Передрук без дозволу заборонено', 'При використанні матеріалів посилання'] },
  { lang: 'pl', phrases: ['Kopiowanie bez zgody zabronione', 'Przedruk wyłącznie za zgodą'] },
  { lang: 'nl', phrases: ['Overname zonder toestemming is niet toegestaan'] },
  { lang: 'cs', phrases: ['Šíření obsahu bez písemného souhlasu je zakázáno'] },
  { lang: 'ro', phrases: ['Reproducerea fără acord este interzisă'] },
  { lang: 'tr', phrases: ['İzinsiz kullanılamaz'] },
  { lang: 'id', phrases: ['Dilarang mengutip tanpa izin'] },
  { lang: 'vi', phrases: ['Ghi rõ nguồn khi phát hành lại', 'Không sao chép dưới mọi hình thức'] },
  { lang: 'ar', phrases: ['يمنع النسخ دون إذن'] },
];
