import type { PhraseSet } from './match.js';

/**
 * Labels of the buttons a page prints around an article (share, save, like, back to the blog)
 * that survive as text when the page is saved or flattened. Several often run together on one
 * line ("Share on: Save this article Like this article 0"); a counter may follow a label.
 */
export const widgetLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Share on:', 'Share this article:', 'Save this article', 'Save article', 'Like this article', 'Back to Blog', 'Back to the blog', 'Did you click to read the whole story?', 'Click to read the whole story'] },
  { lang: 'de', phrases: ['Teilen auf:', 'Artikel teilen:', 'Artikel speichern', 'Artikel merken', 'Zurück zum Blog', 'Zurück zur Übersicht'] },
  { lang: 'fr', phrases: ['Partager sur:', 'Partager cet article:', 'Sauvegarder cet article', 'Enregistrer cet article', 'Aimer cet article', "J'aime cet article", 'Retour au blog', 'Faire un don'] },
  { lang: 'es', phrases: ['Compartir en:', 'Compartir este artículo:', 'Guardar artículo', 'Guardar este artículo', 'Volver al blog'] },
  { lang: 'pt', phrases: ['Compartilhar em:', 'Partilhar em:', 'Salvar artigo', 'Guardar artigo', 'Voltar ao blog', 'Voltar para o blog'] },
  { lang: 'it', phrases: ['Condividi su:', 'Condividi questo articolo:', 'Salva articolo', "Salva l'articolo", 'Torna al blog'] },
  { lang: 'nl', phrases: ['Delen op:', 'Deel dit artikel:', 'Artikel opslaan', 'Terug naar blog', 'Terug naar de blog'] },
  { lang: 'pl', phrases: ['Udostępnij na:', 'Zapisz artykuł', 'Wróć do bloga', 'Powrót do bloga'] },
  { lang: 'sv', phrases: ['Dela på:', 'Spara artikel', 'Spara artikeln', 'Tillbaka till bloggen'] },
  { lang: 'ru', phrases: ['Поделиться в:', 'Сохранить статью', 'Вернуться в блог', 'Назад в блог'] },
];
