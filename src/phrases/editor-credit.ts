import type { PhraseSet } from './match.js';

/**
 * Labels of the staff credits a news site prints at the edges of every story, the editor's or the
 * proofreader's ("责任编辑：靖宇", "Edited by Jane Doe", "Редактор: Анна Петрова"): the name
 * follows. The writer's own credit is a byline, the author: these name the desk behind the story.
 */
export const editorCredits: readonly PhraseSet[] = [
  { lang: 'zh', phrases: ['责任编辑：', '責任編輯：', '责任编辑:', '责编：', '責編：', '编辑：', '編輯：', '校对：', '校對：', '审核：', '審核：', '审校：', '实习编辑：', '值班编辑：'] },
  { lang: 'ja', phrases: ['編集：', '編集:', '編集担当：'] },
  { lang: 'ko', phrases: ['편집=', '편집:', '편집자:'] },
  { lang: 'en', phrases: ['Edited by', 'Editor:', 'Copy editor:', 'Copy edited by', 'Editing by', 'Compiled by'] },
  { lang: 'de', phrases: ['Redigiert von', 'Redaktion:', 'Redakteur:', 'Redakteurin:', 'Bearbeitung:'] },
  { lang: 'fr', phrases: ['Édité par', 'Edité par', 'Édition :', 'Édition:', 'Secrétariat de rédaction :'] },
  { lang: 'es', phrases: ['Editado por', 'Edición:', 'Editor:', 'Editora:'] },
  { lang: 'pt', phrases: ['Editado por', 'Edição:', 'Editor:', 'Editora:', 'Edição de'] },
  { lang: 'it', phrases: ['Editing di', 'Redazione:', 'Editor:', 'In redazione'] },
  { lang: 'nl', phrases: ['Redactie:', 'Eindredactie:', 'Bewerkt door'] },
  { lang: 'pl', phrases: ['Redakcja:', 'Redaktor:', 'Redaktorka:', 'Korekta:'] },
  { lang: 'ru', phrases: ['Редактор:', 'Редактировала:', 'Редактировал:', 'Выпускающий редактор:'] },
  { lang: 'uk', phrases: ['Редактор:', 'Редакторка:', 'Редагувала:', 'Редагував:'] },
  { lang: 'tr', phrases: ['Editör:', 'Editörler:', 'Düzenleyen:'] },
  { lang: 'id', phrases: ['Editor:', 'Penyunting:', 'Redaktur:'] },
  { lang: 'vi', phrases: ['Biên tập:', 'Biên tập viên:'] },
];

/**
 * Credits of the reporters who helped with a story, printed under it ("Additional reporting by
 * Jane Doe", "With reporting by Jane Doe in London", "Mitarbeit: Jana Roth"): the names follow.
 * They name contributors, not the writer, so no author is read from them.
 */
export const reportingCredits: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Additional reporting by', 'Additional reporting from', 'With additional reporting by', 'With reporting by', 'With reporting from', 'Contributing reporting by', 'Reporting contributed by', 'Contributing:', 'Also contributing:', 'Contributors:', 'Research by', 'With assistance from', 'With assistance by', 'Compiled by', 'Reporting by', 'Writing by'] },
  { lang: 'de', phrases: ['Mitarbeit:', 'Mitarbeit von', 'Unter Mitarbeit von', 'Mit Material von', 'Mit Beiträgen von', 'Mitgearbeitet hat', 'Mitgearbeitet haben', 'Bericht von', 'Recherche:'] },
  { lang: 'fr', phrases: ['Avec la collaboration de', 'Avec la contribution de', 'Avec des informations de', 'Ont collaboré :', 'A collaboré :'] },
  { lang: 'es', phrases: ['Con información adicional de', 'Con información de', 'Con reportes de', 'Con la colaboración de', 'Colaboró:', 'Colaboraron:', 'Información de'] },
  { lang: 'pt', phrases: ['Com reportagem adicional de', 'Com informações de', 'Com colaboração de', 'Colaborou', 'Colaboraram', 'Colaborou:', 'Reportagem adicional de'] },
  { lang: 'it', phrases: ['Ha collaborato', 'Hanno collaborato', 'Con la collaborazione di', 'Hanno contribuito', 'Tradotto da', 'Reporting di', 'Hanno collaborato:'] },
  { lang: 'nl', phrases: ['Met medewerking van', 'Aanvullende verslaggeving door', 'Met bijdragen van'] },
  { lang: 'pl', phrases: ['Współpraca:', 'Współpraca redakcyjna:'] },
  { lang: 'sv', phrases: ['Medverkande:', 'Ytterligare rapportering av'] },
  { lang: 'ru', phrases: ['При участии', 'В подготовке материала участвовал', 'В подготовке материала участвовали'] },
];

/**
 * The wire's note that other reporters helped, set after their names ("Associated Press writer
 * Jane Doe in London contributed to this report."): `{x}` holds the names, with their roles and
 * places.
 */
export const contributedCredits: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{x} contributed to this report', '{x} contributed to this story', '{x} contributed to this article', '{x} also contributed to this report', '{x} contributed reporting', '{x} contributed reporting to this story'] },
  { lang: 'de', phrases: ['{x} hat zu diesem Bericht beigetragen', '{x} haben zu diesem Bericht beigetragen', '{x} hat an diesem Bericht mitgearbeitet', '{x} haben an diesem Bericht mitgearbeitet'] },
  { lang: 'fr', phrases: ['{x} a contribué à cet article', '{x} ont contribué à cet article'] },
  { lang: 'es', phrases: ['{x} contribuyó a este reportaje', '{x} contribuyeron a este reportaje', '{x} contribuyó con este informe', '{x} colaboró en este reportaje'] },
  { lang: 'pt', phrases: ['{x} contribuiu para esta reportagem', '{x} contribuíram para esta reportagem'] },
  { lang: 'it', phrases: ['{x} ha contribuito a questo articolo', '{x} hanno contribuito a questo articolo'] },
];
