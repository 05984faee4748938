import type { PhraseSet } from './match.js';

/**
 * Labels of the buttons a page prints around an article (share, save, like, back to the blog,
 * print, e-mail, listen, text size)
 * that survive as text when the page is saved or flattened. Several often run together on one
 * line ("Share on: Save this article Like this article 0"); a counter may follow a label.
 */
export const widgetLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Print Friendly, PDF & Email', 'Subscribe', 'Subscribe now', 'Sign up', 'Sign up now', 'Donate', 'Donate now', 'Share on:', 'Share this article:', 'Save this article', 'Save article', 'Like this article', 'Back to Blog', 'Back to the blog', 'Did you click to read the whole story?', 'Click to read the whole story', 'Print', 'Print article', 'Print this article', 'Print this page', 'Printer-friendly version', 'Printer friendly version', 'Email this article', 'Email article', 'Email this page', 'Download PDF', 'Download as PDF', 'Listen to this article', 'Listen to article', 'Text size', 'Font size', 'Gift this article', 'Copy link', 'Link copied'] },
  { lang: 'de', phrases: ['Abonnieren', 'Jetzt abonnieren', 'Spenden', 'Jetzt spenden', 'Teilen auf:', 'Artikel teilen:', 'Artikel speichern', 'Artikel merken', 'Zurück zum Blog', 'Zurück zur Übersicht', 'Drucken', 'Artikel drucken', 'Seite drucken', 'Druckversion', 'Artikel versenden', 'Artikel vorlesen', 'Artikel anhören', 'Vorlesen', 'Schriftgröße', 'Link kopieren'] },
  { lang: 'fr', phrases: ["S'abonner", 'Abonnez-vous', "Je m'abonne", 'Partager sur:', 'Partager cet article:', 'Sauvegarder cet article', 'Enregistrer cet article', 'Aimer cet article', "J'aime cet article", 'Retour au blog', 'Faire un don', 'Imprimer', "Imprimer l'article", 'Imprimer cet article', 'Version imprimable', 'Envoyer par e-mail', 'Écouter cet article', "Écouter l'article", 'Taille du texte', 'Copier le lien'] },
  { lang: 'es', phrases: ['Suscribirse', 'Suscríbete', 'Donar', 'Compartir en:', 'Compartir este artículo:', 'Guardar artículo', 'Guardar este artículo', 'Volver al blog', 'Imprimir', 'Imprimir artículo', 'Imprimir este artículo', 'Versión para imprimir', 'Enviar por correo', 'Escuchar este artículo', 'Escuchar artículo', 'Tamaño de letra', 'Tamaño del texto', 'Copiar enlace'] },
  { lang: 'pt', phrases: ['Assinar', 'Inscreva-se', 'Assine', 'Doar', 'Compartilhar em:', 'Partilhar em:', 'Salvar artigo', 'Guardar artigo', 'Voltar ao blog', 'Voltar para o blog', 'Imprimir', 'Imprimir artigo', 'Versão para impressão', 'Enviar por e-mail', 'Ouvir este artigo', 'Ouvir artigo', 'Tamanho da fonte', 'Tamanho do texto', 'Copiar link'] },
  { lang: 'it', phrases: ['Iscriviti', 'Abbonati', 'Condividi su:', 'Condividi questo articolo:', 'Salva articolo', "Salva l'articolo", 'Torna al blog', 'Stampa', 'Stampa articolo', "Stampa l'articolo", 'Versione stampabile', 'Invia per email', 'Ascolta questo articolo', "Ascolta l'articolo", 'Dimensione testo', 'Copia link'] },
  { lang: 'nl', phrases: ['Delen op:', 'Deel dit artikel:', 'Artikel opslaan', 'Terug naar blog', 'Terug naar de blog', 'Afdrukken', 'Artikel afdrukken', 'Printversie', 'Voorlezen', 'Artikel voorlezen', 'Luister naar dit artikel', 'Tekstgrootte', 'Kopieer link'] },
  { lang: 'pl', phrases: ['Udostępnij na:', 'Zapisz artykuł', 'Wróć do bloga', 'Powrót do bloga', 'Drukuj', 'Wydrukuj', 'Wersja do druku', 'Posłuchaj artykułu', 'Odsłuchaj artykuł', 'Rozmiar tekstu', 'Kopiuj link'] },
  { lang: 'sv', phrases: ['Dela på:', 'Spara artikel', 'Spara artikeln', 'Tillbaka till bloggen', 'Skriv ut', 'Skriv ut artikeln', 'Lyssna på artikeln', 'Textstorlek', 'Kopiera länk'] },
  { lang: 'ru', phrases: ['Поделиться в:', 'Сохранить статью', 'Вернуться в блог', 'Назад в блог', 'Печать', 'Распечатать', 'Версия для печати', 'Слушать статью', 'Размер шрифта', 'Скопировать ссылку'] },
];
