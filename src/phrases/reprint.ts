import type { PhraseSet } from './match.js';

/**
 * Reprint and copyright notices sites put under every post ("本文由…原创发布，转载请…"). Each
 * phrase opens the notice; the rest of its sentence is the notice's own.
 */
export const reprintNotices: readonly PhraseSet[] = [
  { lang: 'zh', phrases: ['本文由{x}原创发布', '本文为{x}原创', '本文系{x}原创', '转载请注明', '轉載請註明', '未经授权，禁止转载', '未经授权禁止转载', '未经许可，不得转载', '如需转载', '版权声明：', '著作权归作者所有'] },
  { lang: 'ja', phrases: ['無断転載を禁じます', '無断転載禁止', '無断転載・複製を禁じます'] },
  { lang: 'ko', phrases: ['무단 전재 및 재배포 금지', '무단전재 및 재배포 금지'] },
  { lang: 'en', phrases: ['All rights reserved. Reproduction', 'Reproduction without permission is prohibited', 'Do not reproduce without permission', 'Republication without permission is prohibited'] },
  { lang: 'de', phrases: ['Nachdruck nur mit Genehmigung', 'Nachdruck nur mit Erlaubnis', 'Nachdruck, auch auszugsweise, nur mit'] },
  { lang: 'fr', phrases: ['Reproduction interdite sans autorisation', 'Toute reproduction interdite', 'Reproduction interdite sans accord'] },
  { lang: 'es', phrases: ['Prohibida su reproducción', 'Prohibida la reproducción total o parcial'] },
  { lang: 'pt', phrases: ['Proibida a reprodução', 'É proibida a reprodução'] },
  { lang: 'it', phrases: ['Riproduzione riservata', 'Vietata la riproduzione'] },
  { lang: 'ru', phrases: ['Перепечатка без разрешения запрещена', 'При перепечатке ссылка на', 'При копировании материалов ссылка'] },
];
