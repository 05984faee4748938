import type { PhraseSet } from './match.js';

/**
 * The toolbars and labels that syntax-highlighting plugins set over a code block, which a feed
 * keeps as text once their buttons are gone: SyntaxHighlighter's "view plain copy to clipboard
 * print ?" (often run together, "view plaincopy to clipboardprint?"), iG:Syntax Hiliter's "PLAIN
 * TEXT", Code Block Pro's "Code language: JavaScript (javascript)", the "Copy code" buttons.
 * `{x}` is the language's name. Each is the whole line.
 */
export const codeToolbars: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['view plain copy to clipboard print ?', 'view plaincopy to clipboardprint?', 'view plain copy to clipboard print', 'view plaincopy to clipboardprint', 'view plain copy print ?', 'view plaincopy print?', 'PLAIN TEXT', 'Copy code', 'Copy to clipboard', 'Copy code to clipboard', 'Code language: {x}', 'Language: {x} Copy'] },
  { lang: 'de', phrases: ['Code kopieren', 'In die Zwischenablage kopieren', 'Code-Sprache: {x}', 'Sprache: {x} Kopieren'] },
  { lang: 'fr', phrases: ['Copier le code', 'Copier dans le presse-papiers', 'Langage du code : {x}', 'Langage du code: {x}'] },
  { lang: 'es', phrases: ['Copiar código', 'Copiar al portapapeles', 'Lenguaje del código: {x}'] },
  { lang: 'pt', phrases: ['Copiar código', 'Copiar para a área de transferência', 'Linguagem do código: {x}'] },
  { lang: 'it', phrases: ['Copia codice', 'Copia il codice', 'Copia negli appunti', 'Linguaggio del codice: {x}'] },
  { lang: 'nl', phrases: ['Code kopiëren', 'Kopieer code', 'Kopiëren naar klembord'] },
  { lang: 'sv', phrases: ['Kopiera kod', 'Kopiera till urklipp'] },
  { lang: 'pl', phrases: ['Kopiuj kod', 'Skopiuj kod', 'Kopiuj do schowka'] },
  { lang: 'ru', phrases: ['Копировать код', 'Скопировать код', 'Копировать в буфер обмена'] },
  { lang: 'ja', phrases: ['コードをコピー', 'コードをコピーする', 'クリップボードにコピー'] },
  { lang: 'zh', phrases: ['复制代码', '複製代碼', '複製程式碼', '复制到剪贴板'] },
  { lang: 'ko', phrases: ['코드 복사', '클립보드에 복사'] },
];
