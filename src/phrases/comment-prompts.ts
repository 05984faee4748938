import type { PhraseSet } from './match.js';

/**
 * What a page prints where its comments begin or would begin: the call to comment ("Leave a
 * comment", "Tell us what you think"), the link that opens them ("View comments") and the notices
 * about them ("Comments are closed", "Comments are moderated"). Only as an element's whole text
 * (a count may follow: "Comments (12)"); the words in a sentence are prose.
 */
export const commentPrompts: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Comments', 'Comment', 'View comments', 'Show comments', 'Hide comments', 'Load comments', 'Read comments', 'Leave a comment', 'Leave a reply', 'Post a comment', 'Add a comment', 'Add your comment', 'Join the discussion', 'Join the conversation', 'Have your say', 'Tell us what you think', 'What do you think', 'Share your thoughts', 'Comments are closed', 'Comments are moderated', 'Commenting is closed', 'Commenting has been disabled for this article', 'Comments have been disabled for this article', 'Comment policy', 'Please read our comment policy before commenting', 'You must be logged in to post a comment', 'No comments', 'No comments yet', 'Be the first to comment', 'Write a comment'] },
  { lang: 'de', phrases: ['Kommentare', 'Kommentar', 'Kommentieren', 'Kommentar schreiben', 'Schreiben Sie einen Kommentar', 'Diskutieren Sie mit', 'Die Kommentarfunktion ist geschlossen', 'Kommentare anzeigen', 'Kommentar verfassen', 'Hinterlasse einen Kommentar', 'Hinterlassen Sie einen Kommentar', 'Keine Kommentare'] },
  { lang: 'fr', phrases: ['Commentaires', 'Laisser un commentaire', 'Laissez un commentaire', 'Réagir', 'Afficher les commentaires', 'Les commentaires sont fermés', 'Aucun commentaire', 'Ajouter un commentaire', 'Écrire un commentaire', 'Réagissez'] },
  { lang: 'es', phrases: ['Comentarios', 'Deja un comentario', 'Deja tu comentario', 'Ver comentarios', 'Los comentarios están cerrados', 'Sin comentarios', 'Escribe un comentario', 'Dejar un comentario', 'Añadir comentario', 'Deja una respuesta'] },
  { lang: 'pt', phrases: ['Comentários', 'Deixe um comentário', 'Deixe seu comentário', 'Deixe o seu comentário', 'Comente', 'Ver comentários', 'Os comentários estão encerrados', 'Sem comentários', 'Deixe uma resposta', 'Escreva um comentário', 'Comentar'] },
  { lang: 'it', phrases: ['Commenti', 'Lascia un commento', 'Mostra commenti', 'I commenti sono chiusi', 'Nessun commento', 'Lascia una risposta', 'Scrivi un commento', 'Commenta'] },
  { lang: 'nl', phrases: ['Reacties', 'Reageer', 'Laat een reactie achter', 'Reacties zijn gesloten', 'Geen reacties', 'Plaats een reactie', 'Reageren', 'Geef een reactie'] },
  { lang: 'ru', phrases: ['Комментарии', 'Оставить комментарий', 'Добавить комментарий', 'Комментарии закрыты', 'Нет комментариев', 'Оставьте комментарий', 'Написать комментарий', 'Добавить отзыв'] },
  { lang: 'uk', phrases: ['Коментарі', 'Залишити коментар', 'Додати коментар', 'Коментарі закриті', 'Немає коментарів'] },
  { lang: 'pl', phrases: ['Komentarze', 'Dodaj komentarz', 'Skomentuj', 'Brak komentarzy', 'Napisz komentarz', 'Zostaw komentarz', 'Komentarze są wyłączone'] },
  { lang: 'sv', phrases: ['Kommentarer', 'Lämna en kommentar', 'Skriv en kommentar', 'Inga kommentarer', 'Kommentarer är stängda'] },
  { lang: 'da', phrases: ['Kommentarer', 'Skriv en kommentar', 'Efterlad en kommentar', 'Ingen kommentarer'] },
  { lang: 'no', phrases: ['Kommentarer', 'Legg igjen en kommentar', 'Skriv en kommentar', 'Ingen kommentarer'] },
  { lang: 'fi', phrases: ['Kommentit', 'Kommentoi', 'Jätä kommentti', 'Ei kommentteja', 'Kommentointi on suljettu'] },
  { lang: 'cs', phrases: ['Komentáře', 'Přidat komentář', 'Napsat komentář', 'Zanechte komentář', 'Žádné komentáře'] },
  { lang: 'hu', phrases: ['Hozzászólások', 'Szólj hozzá', 'Szóljon hozzá', 'Hozzászólás írása', 'Nincs hozzászólás', 'Kommentek'] },
  { lang: 'ro', phrases: ['Comentarii', 'Lasă un comentariu', 'Adaugă un comentariu', 'Scrie un comentariu', 'Niciun comentariu', 'Comentariile sunt închise'] },
  { lang: 'tr', phrases: ['Yorumlar', 'Yorum yap', 'Yorum yapın', 'Yorum yaz', 'Bir yorum bırakın', 'Yanıt bırakın', 'Henüz yorum yok', 'Yorumlar kapalı'] },
  { lang: 'id', phrases: ['Komentar', 'Tinggalkan komentar', 'Tinggalkan Balasan', 'Tulis komentar', 'Belum ada komentar', 'Kirim komentar'] },
  { lang: 'vi', phrases: ['Bình luận', 'Gửi bình luận', 'Viết bình luận', 'Để lại bình luận', 'Chưa có bình luận'] },
  { lang: 'hi', phrases: ['टिप्पणियाँ', 'कमेंट', 'कमेंट करें', 'टिप्पणी करें', 'अपनी राय दें'] },
  { lang: 'ar', phrases: ['التعليقات', 'تعليقات', 'أضف تعليق', 'أضف تعليقاً', 'اترك تعليقاً', 'اترك تعليقا', 'لا توجد تعليقات'] },
  { lang: 'ja', phrases: ['コメント', 'コメントする', 'コメントを書く', 'コメントを残す', 'コメントを投稿', 'コメント一覧', 'コメントはまだありません'] },
  { lang: 'zh', phrases: ['留言', '发表评论', '發表評論', '查看评论', '暂无评论', '发表留言', '我要评论'] },
  { lang: 'ko', phrases: ['댓글', '댓글 쓰기', '댓글 보기', '댓글 달기', '댓글을 남겨주세요', '댓글이 없습니다'] },
];
