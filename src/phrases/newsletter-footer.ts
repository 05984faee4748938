/**
 * The standing footer of a newsletter issue: short section headings ("Archive", "Contribute",
 * "Support us") over the asks every issue repeats. `headings` open a section of the footer;
 * `signals` are the words each line of such a section uses (the archive, sharing, the forums,
 * donating), by language.
 */
export const newsletterFooter: Readonly<Record<string, { headings: readonly string[]; signals: readonly string[] }>> = {
  en: { headings: ['Archive', 'Archives', 'Past issues', 'Previous issues', 'Contribute', 'How to contribute', 'Contributing', 'Support', 'Support us', 'Support the newsletter', 'Donate', 'Donations', 'Sponsor this newsletter'], signals: ['archive', 'newsletter', 'issue', 'contribute', 'share', 'forum', 'donate', 'donation', 'patreon', 'sponsor', 'subscribe', 'liberapay', 'ko-fi', 'paypal', 'btc', 'bitcoin'] },
  de: { headings: ['Archiv', 'Frühere Ausgaben', 'Mitmachen', 'Unterstützen', 'Unterstütze uns', 'Spenden'], signals: ['archiv', 'newsletter', 'ausgabe', 'teilen', 'forum', 'spende', 'spenden', 'unterstütz', 'patreon', 'abonn', 'steady', 'paypal'] },
  fr: { headings: ['Archives', 'Anciens numéros', 'Contribuer', 'Participer', 'Soutenir', 'Nous soutenir', 'Faire un don'], signals: ['archive', 'lettre', 'newsletter', 'numéro', 'partag', 'forum', 'don', 'soutien', 'soutenir', 'tipeee', 'patreon', 'abonn', 'paypal'] },
  es: { headings: ['Archivo', 'Números anteriores', 'Contribuir', 'Colabora', 'Apóyanos', 'Donar', 'Donaciones'], signals: ['archivo', 'boletín', 'newsletter', 'número', 'compart', 'foro', 'don', 'apoy', 'patreon', 'suscri', 'paypal'] },
  pt: { headings: ['Arquivo', 'Edições anteriores', 'Contribuir', 'Apoie', 'Apoie-nos', 'Doar', 'Doações'], signals: ['arquivo', 'newsletter', 'edição', 'compartilh', 'partilh', 'fórum', 'doa', 'apoi', 'patreon', 'assin', 'pix', 'paypal'] },
  it: { headings: ['Archivio', 'Numeri precedenti', 'Contribuisci', 'Sostienici', 'Dona', 'Donazioni'], signals: ['archivio', 'newsletter', 'numero', 'condivid', 'forum', 'dona', 'sosten', 'patreon', 'iscriv', 'paypal'] },
  nl: { headings: ['Archief', 'Eerdere edities', 'Bijdragen', 'Steun ons', 'Doneren'], signals: ['archief', 'nieuwsbrief', 'editie', 'deel', 'forum', 'doneer', 'donatie', 'steun', 'patreon', 'abonn'] },
};
