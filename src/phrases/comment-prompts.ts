import type { PhraseSet } from './match.js';

/**
 * What a page prints where its comments begin or would begin: the call to comment ("Leave a
 * comment", "Tell us what you think"), the link that opens them ("View comments") and the notices
 * about them ("Comments are closed", "Comments are moderated"). Only as an element's whole text
 * (a count may follow: "Comments (12)"); the words in a sentence are prose.
 */
export const commentPrompts: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Comments', 'Comment', 'View comments', 'Show comments', 'Hide comments', 'Load comments', 'Read comments', 'Leave a comment', 'Leave a reply', 'Post a comment', 'Add a comment', 'Add your comment', 'Join the discussion', 'Join the conversation', 'Have your say', 'Tell us what you think', 'What do you think', 'Share your thoughts', 'Comments are closed', 'Comments are moderated', 'Commenting is closed', 'Commenting has been disabled for this article', 'Comments have been disabled for this article', 'Comment policy', 'Please read our comment policy before commenting', 'You must be logged in to post a comment'] },
  { lang: 'de', phrases: ['Kommentare', 'Kommentar', 'Kommentieren', 'Kommentar schreiben', 'Schreiben Sie einen Kommentar', 'Diskutieren Sie mit', 'Die Kommentarfunktion ist geschlossen', 'Kommentare anzeigen'] },
  { lang: 'fr', phrases: ['Commentaires', 'Laisser un commentaire', 'Laissez un commentaire', 'Réagir', 'Afficher les commentaires', 'Les commentaires sont fermés'] },
  { lang: 'es', phrases: ['Comentarios', 'Deja un comentario', 'Deja tu comentario', 'Ver comentarios', 'Los comentarios están cerrados'] },
  { lang: 'pt', phrases: ['Comentários', 'Deixe um comentário', 'Deixe seu comentário', 'Deixe o seu comentário', 'Comente', 'Ver comentários', 'Os comentários estão encerrados'] },
  { lang: 'it', phrases: ['Commenti', 'Lascia un commento', 'Mostra commenti', 'I commenti sono chiusi'] },
  { lang: 'nl', phrases: ['Reacties', 'Reageer', 'Laat een reactie achter', 'Reacties zijn gesloten'] },
  { lang: 'ru', phrases: ['Комментарии', 'Оставить комментарий', 'Добавить комментарий', 'Комментарии закрыты'] },
  { lang: 'pl', phrases: ['Komentarze', 'Dodaj komentarz', 'Skomentuj'] },
  { lang: 'id', phrases: ['Komentar', 'Tinggalkan komentar', 'Tinggalkan Balasan'] },
  { lang: 'ja', phrases: ['コメント', 'コメントする', 'コメントを書く', 'コメントを残す'] },
  { lang: 'ko', phrases: ['댓글', '댓글 쓰기', '댓글 보기'] },
];
