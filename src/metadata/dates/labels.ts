/**
 * Labels a dump writes before its date line, one row per language. Matched case-insensitively on
 * folded text, longest first, followed by an optional ":" and the date: "Published on: ...",
 * "date published: ...", "Publié le ...", "Veröffentlicht am ...", "发布时间：...".
 */
export const DATE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['published on', 'published at', 'published', 'date published', 'first published', 'originally published', 'publication date', 'publish date', 'published date', 'post date', 'posted on', 'posted at', 'posted', 'updated on', 'last updated on', 'last updated', 'last modified on', 'last modified', 'updated', 'date', 'dated', 'pubdate', 'created on', 'created', 'first published on', 'first published', 'released on', 'released', 'release date', 'date posted', 'last edited', 'on'],
  de: ['veröffentlicht am', 'veröffentlicht', 'publiziert am', 'erschienen am', 'erstellt am', 'erstellt', 'aktualisiert am', 'aktualisiert', 'zuletzt aktualisiert', 'datum', 'stand', 'am'],
  fr: ['publié le', 'publié', 'mis en ligne le', 'mis en ligne', 'paru le', 'modifié le', 'posté le', 'mis à jour le', 'mise à jour le', 'mise à jour', 'date de publication', 'date', 'le'],
  es: ['publicado el', 'publicado', 'publicación', 'publicada el', 'publicada', 'actualizado el', 'actualizado', 'fecha de publicación', 'fecha', 'el'],
  pt: ['publicado em', 'publicada em', 'postado em', 'publicação', 'atualizado em', 'atualizado', 'data de publicação', 'data', 'em'],
  it: ['pubblicato il', 'pubblicato', 'aggiornato il', 'aggiornato', 'data di pubblicazione', 'data', 'il'],
  nl: ['gepubliceerd op', 'gepubliceerd', 'geplaatst op', 'bijgewerkt op', 'laatst bijgewerkt', 'datum', 'op'],
  pl: ['opublikowano', 'data publikacji', 'data dodania', 'dodano', 'aktualizacja', 'zaktualizowano', 'data'],
  sv: ['den', 'publicerad', 'publicerat', 'uppdaterad', 'uppdaterat', 'datum'],
  da: ['udgivet', 'offentliggjort', 'opdateret', 'dato'],
  no: ['publisert', 'oppdatert', 'dato'],
  ru: ['опубликовано', 'дата публикации', 'обновлено', 'дата'],
  uk: ['опубліковано', 'дата публікації', 'оновлено', 'дата', 'оприлюднено'],
  tr: ['yayınlanma tarihi', 'yayın tarihi', 'yayınlanma', 'son güncelleme', 'güncelleme', 'güncellenme tarihi', 'tarih'],
  ro: ['publicat pe', 'publicat la', 'publicat', 'actualizat', 'data publicării', 'data'],
  id: ['diterbitkan', 'dipublikasikan', 'diposting', 'diperbarui', 'tanggal', 'terbit'],
  vi: ['đăng ngày', 'ngày đăng', 'cập nhật', 'ngày', 'đăng vào ngày'],
  zh: ['发布时间', '发布日期', '发布于', '发表于', '发表时间', '发稿时间', '發布時間', '發表時間', '發佈時間', '發表於', '更新时间', '更新時間', '日期', '时间', '時間'],
  ja: ['公開日時', '公開日', '投稿日時', '投稿日', '更新日時', '更新日', '配信日時', '配信日', '掲載日', '日付'],
  ko: ['기사입력', '입력', '수정', '게시일', '작성일', '등록일', '발행일', '등록', '승인', '업데이트', '작성일자'],
  fi: ['julkaistu', 'päivitetty', 'päivämäärä'],
  cs: ['publikováno', 'zveřejněno', 'aktualizováno'],
  hu: ['közzétéve', 'publikálva', 'megjelent', 'frissítve', 'dátum'],
  ar: ['تاريخ النشر', 'نشر في', 'نُشر في', 'نشر بتاريخ', 'آخر تحديث', 'بتاريخ', 'نُشرت في'],
  fa: ['تاریخ انتشار', 'منتشر شده', 'به‌روزرسانی', 'ارسال شده در'],
  he: ['פורסם', 'פורסם ב', 'עודכן', 'פורסם בתאריך'],
  el: ['δημοσιεύθηκε', 'δημοσίευση', 'ενημερώθηκε', 'δημοσιεύθηκε την', 'δημοσιεύτηκε την'],
  bg: ['публикувано', 'обновено', 'публикувано на'],
  ca: ['publicat el'],
  sr: ['објављено', 'objavljeno', 'ažurirano'],
  hr: ['objavljeno', 'ažurirano'],
  sk: ['publikované', 'uverejnené', 'aktualizované'],
  ms: ['diterbitkan', 'dikemaskini'],
  bn: ['প্রকাশিত', 'প্রকাশ', 'আপডেট'],
  ur: ['شائع', 'اشاعت'],
  th: ['เผยแพร่', 'วันที่', 'เขียนเมื่อ'],
  hi: ['प्रकाशित', 'प्रकाशन तिथि', 'अपडेट', 'अपडेटेड'],
};

/**
 * Labels that name a date without saying it is the publication's ("Date:", "Fecha:", "日期"): an
 * event notice writes them too, so callers trust them less than "Published".
 */
export const GENERIC_DATE_LABELS: ReadonlySet<string> = new Set(['date', 'dated', 'created', 'created on', 'datum', 'stand', 'am', 'fecha', 'data', 'dato', 'дата', 'tarih', 'tanggal', 'ngày', '日期', '日付', '时间', '時間', 'päivämäärä', 'dátum', 'بتاريخ', 'le', 'el', 'em', 'il', 'op', 'on', 'den']);

/** Labels of a later revision: a date under one is metadata, but the publication date only when no other is found. */
export const UPDATE_DATE_LABELS: ReadonlySet<string> = new Set([
  'updated', 'updated on', 'last updated on', 'last updated', 'last modified on', 'last modified', 'aktualisiert', 'aktualisiert am', 'zuletzt aktualisiert', 'stand',
  'mis à jour le', 'mise à jour le', 'mise à jour', 'actualizado', 'actualizado el', 'atualizado', 'atualizado em', 'aggiornato',
  'aggiornato il', 'bijgewerkt op', 'laatst bijgewerkt', 'aktualizacja', 'zaktualizowano', 'uppdaterad', 'uppdaterat', 'opdateret',
  'oppdatert', 'обновлено', 'оновлено', 'son güncelleme', 'güncelleme', 'güncellenme tarihi', 'actualizat', 'diperbarui', 'cập nhật',
  '更新时间', '更新時間', '更新日', '更新日時', '수정', '업데이트', 'modifié le', 'last edited', 'به‌روزرسانی', 'עודכן', 'ενημερώθηκε', 'обновено', 'ažurirano', 'aktualizované', 'dikemaskini', 'আপডেট', 'päivitetty', 'aktualizováno', 'frissítve', 'آخر تحديث', 'अपडेट', 'अपडेटेड',
]);

/** Words that open the credit after a date ("Posted on March 5, 2024 by Jane Doe"). */
export const BY_WORDS: readonly string[] = ['by', 'von', 'par', 'por', 'di', 'da', 'door', 'przez', 'av', 'af', 'oleh', 'bởi', 'автор', 'автором', 'από'];
