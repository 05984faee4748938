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
  { lang: 'en', phrases: ['Edited by', 'Editor:', 'Copy editor:', 'Copy edited by', 'Editing by'] },
  { lang: 'de', phrases: ['Redigiert von', 'Redaktion:', 'Redakteur:', 'Redakteurin:', 'Bearbeitung:'] },
  { lang: 'fr', phrases: ['Édité par', 'Edité par', 'Édition :', 'Édition:', 'Secrétariat de rédaction :'] },
  { lang: 'es', phrases: ['Editado por', 'Edición:', 'Editor:', 'Editora:'] },
  { lang: 'pt', phrases: ['Editado por', 'Edição:', 'Editor:', 'Editora:'] },
  { lang: 'it', phrases: ['Editing di', 'Redazione:', 'Editor:'] },
  { lang: 'nl', phrases: ['Redactie:', 'Eindredactie:', 'Bewerkt door'] },
  { lang: 'pl', phrases: ['Redakcja:', 'Redaktor:', 'Redaktorka:', 'Korekta:'] },
  { lang: 'ru', phrases: ['Редактор:', 'Редактировала:', 'Редактировал:', 'Выпускающий редактор:'] },
  { lang: 'uk', phrases: ['Редактор:', 'Редакторка:', 'Редагувала:', 'Редагував:'] },
  { lang: 'tr', phrases: ['Editör:', 'Editörler:', 'Düzenleyen:'] },
  { lang: 'id', phrases: ['Editor:', 'Penyunting:', 'Redaktur:'] },
  { lang: 'vi', phrases: ['Biên tập:', 'Biên tập viên:'] },
];
