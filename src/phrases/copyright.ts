/**
 * What closes a copyright line after its holder, per language ("© 2021 Harbour Gazette. All rights
 * reserved."), and the company suffixes that make a holder the publisher's company rather than its
 * publication ("Advance Local Media LLC" owns nj.com): a holder with one is not taken for the site.
 * Lower case.
 */
export const rightsReserved: Readonly<Record<string, readonly string[]>> = {
  en: ['all rights reserved', 'some rights reserved'],
  fr: ['tous droits réservés', 'tous les droits sont réservés'],
  de: ['alle rechte vorbehalten'],
  es: ['todos los derechos reservados'],
  pt: ['todos os direitos reservados'],
  it: ['tutti i diritti riservati'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone'],
  sv: ['alla rättigheter förbehållna'],
  da: ['alle rettigheder forbeholdes'],
  no: ['alle rettigheter reservert'],
  fi: ['kaikki oikeudet pidätetään'],
  cs: ['všechna práva vyhrazena'],
  ro: ['toate drepturile rezervate'],
  tr: ['tüm hakları saklıdır'],
  id: ['hak cipta dilindungi undang-undang'],
  ru: ['все права защищены'],
  uk: ['усі права захищені', 'всі права захищені'],
  zh: ['版权所有', '保留所有权利'],
  ja: ['無断転載を禁じます'],
};

export const companySuffixes: readonly string[] = [
  'inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'corporation', 'company', 'co', 'limited', 'holdings', 'group', 'pty', 'gmbh', 'ggmbh', 'ag', 'se', 'kg', 'e.v',
  'sa', 's.a', 'sas', 'sarl', 's.l', 'sl', 'srl', 's.r.l', 'spa', 's.p.a', 'bv', 'b.v', 'nv', 'n.v', 'ab', 'as', 'asa', 'oy', 'oyj', 'kk', 'ltda', 'sp', 'a.s', 's.r.o', 'ооо', 'ао', 'пао',
];
