import type { PhraseSet } from './match.js';

/**
 * What a page prints where its comments begin or would begin: the call to comment ("Leave a
 * comment", "Tell us what you think"), the link that opens them ("View comments") and the notices
 * about them ("Comments are closed", "Comments are moderated"). Only as an element's whole text
 * (a count may follow: "Comments (12)"); the words in a sentence are prose.
 */
export const commentPrompts: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Leave a Reply Cancel reply', 'Comments', 'Comment', 'View comments', 'Show comments', 'Hide comments', 'Load comments', 'Read comments', 'Leave a comment', 'Leave a reply', 'Post a comment', 'Add a comment', 'Add your comment', 'Join the discussion', 'Join the conversation', 'Have your say', 'Tell us what you think', 'What do you think', 'Share your thoughts', 'Comments are closed', 'Comments are moderated', 'Commenting is closed', 'Commenting has been disabled for this article', 'Comments have been disabled for this article', 'Comment policy', 'Please read our comment policy before commenting', 'You must be logged in to post a comment', 'No comments', 'No comments yet', 'Be the first to comment', 'Write a comment', 'Subscribe to: Post Comments (Atom)', 'Post Comments (Atom)', 'Loading comments', 'Loading comments...', 'Comments loading', 'Response', 'Responses', 'Comments Off', 'Comments off', 'Replies', 'No Comments'] },
  { lang: 'de', phrases: ['Schreibe einen Kommentar Antworten abbrechen', 'Kommentare', 'Kommentar', 'Kommentieren', 'Kommentar schreiben', 'Schreiben Sie einen Kommentar', 'Diskutieren Sie mit', 'Die Kommentarfunktion ist geschlossen', 'Kommentare anzeigen', 'Kommentar verfassen', 'Hinterlasse einen Kommentar', 'Hinterlassen Sie einen Kommentar', 'Keine Kommentare', 'Abonnieren: Kommentare zum Post (Atom)', 'Kommentare zum Post (Atom)', 'Kommentare werden geladen', 'Kommentare laden', 'Lade Kommentare', 'Schreibe einen Kommentar', 'Schreib einen Kommentar', 'Noch keine Kommentare', 'Antworten', 'Kommentare deaktiviert', 'Antworten abbrechen'] },
  { lang: 'fr', phrases: ['Laisser un commentaire Annuler la réponse', 'Commentaires', 'Laisser un commentaire', 'Laissez un commentaire', 'Réagir', 'Afficher les commentaires', 'Les commentaires sont fermés', 'Aucun commentaire', 'Ajouter un commentaire', 'Écrire un commentaire', 'Réagissez', 'S\'abonner à : Publier les commentaires (Atom)', 'S\'abonner à: Publier les commentaires (Atom)', 'Publier les commentaires (Atom)', 'Chargement des commentaires', 'Chargement des commentaires en cours', 'Réponses', 'Commentaires fermés'] },
  { lang: 'es', phrases: ['Deja una respuesta Cancelar la respuesta', 'Comentarios', 'Deja un comentario', 'Deja tu comentario', 'Ver comentarios', 'Los comentarios están cerrados', 'Sin comentarios', 'Escribe un comentario', 'Dejar un comentario', 'Añadir comentario', 'Deja una respuesta', 'Suscribirse a: Enviar comentarios (Atom)', 'Enviar comentarios (Atom)', 'Cargando comentarios', 'Respuestas', 'Comentarios desactivados'] },
  { lang: 'pt', phrases: ['Deixe um comentário Cancelar resposta', 'Comentários', 'Deixe um comentário', 'Deixe seu comentário', 'Deixe o seu comentário', 'Comente', 'Ver comentários', 'Os comentários estão encerrados', 'Sem comentários', 'Deixe uma resposta', 'Escreva um comentário', 'Comentar', 'Assinar: Postar comentários (Atom)', 'Postar comentários (Atom)', 'Subscrever: Enviar feedback (Atom)', 'Carregando comentários', 'A carregar comentários', 'Respostas', 'Comentários desativados'] },
  { lang: 'it', phrases: ['Lascia un commento Annulla risposta', 'Commenti', 'Lascia un commento', 'Mostra commenti', 'I commenti sono chiusi', 'Nessun commento', 'Lascia una risposta', 'Scrivi un commento', 'Commenta', 'Iscriviti a: Commenti sul post (Atom)', 'Commenti sul post (Atom)', 'Caricamento commenti', 'Caricamento dei commenti'] },
  { lang: 'nl', phrases: ['Geef een reactie Reactie annuleren', 'Reacties', 'Reageer', 'Laat een reactie achter', 'Reacties zijn gesloten', 'Geen reacties', 'Plaats een reactie', 'Reageren', 'Geef een reactie', 'Abonneren op: Reacties posten (Atom)', 'Reacties posten (Atom)', 'Reacties laden', 'Reacties worden geladen', 'reacties', 'reactie'] },
  { lang: 'ru', phrases: ['Комментарии', 'Оставить комментарий', 'Добавить комментарий', 'Комментарии закрыты', 'Нет комментариев', 'Оставьте комментарий', 'Написать комментарий', 'Добавить отзыв', 'Подписаться на: Комментарии к сообщению (Atom)', 'Комментарии к сообщению (Atom)', 'Загрузка комментариев', 'комментария', 'комментариев', 'комментарий', 'Комментировать', 'Обсуждение закрыто.'] },
  { lang: 'uk', phrases: ['Коментарі', 'Залишити коментар', 'Додати коментар', 'Коментарі закриті', 'Немає коментарів', 'коментарі', 'коментарів', 'коментар', 'Коментувати', 'Коментування вимкнено.'] },
  { lang: 'pl', phrases: ['Komentarze', 'Dodaj komentarz', 'Skomentuj', 'Brak komentarzy', 'Napisz komentarz', 'Zostaw komentarz', 'Komentarze są wyłączone', 'Subskrybuj: Komentarze do posta (Atom)', 'Komentarze do posta (Atom)', 'Ładowanie komentarzy', 'komentarze', 'komentarzy', 'komentarz'] },
  { lang: 'sv', phrases: ['Kommentarer', 'Lämna en kommentar', 'Skriv en kommentar', 'Inga kommentarer', 'Kommentarer är stängda', 'Prenumerera på: Kommentarer till inlägget (Atom)', 'Kommentarer till inlägget (Atom)', 'Laddar kommentarer', 'Lämna ett svar', 'Svar'] },
  { lang: 'da', phrases: ['Kommentarer', 'Skriv en kommentar', 'Efterlad en kommentar', 'Ingen kommentarer', 'Abonner på: Kommentarer til indlægget (Atom)', 'Indlæser kommentarer', 'kommentarer'] },
  { lang: 'no', phrases: ['Kommentarer', 'Legg igjen en kommentar', 'Skriv en kommentar', 'Ingen kommentarer', 'kommentarer'] },
  { lang: 'fi', phrases: ['Kommentit', 'Kommentoi', 'Jätä kommentti', 'Ei kommentteja', 'Kommentointi on suljettu', 'kommenttia', 'kommentti', 'Vastaa'] },
  { lang: 'cs', phrases: ['Komentáře', 'Přidat komentář', 'Napsat komentář', 'Zanechte komentář', 'Žádné komentáře', 'Přihlásit se k odběru: Komentáře k příspěvku (Atom)', 'komentáře', 'komentářů', 'komentář', 'Komentáře nejsou povoleny.'] },
  { lang: 'hu', phrases: ['Hozzászólások', 'Szólj hozzá', 'Szóljon hozzá', 'Hozzászólás írása', 'Nincs hozzászólás', 'Kommentek', 'Hozzászólás', 'A hozzászólások jelenleg nem engedélyezettek ezen a részen.'] },
  { lang: 'ro', phrases: ['Comentarii', 'Lasă un comentariu', 'Adaugă un comentariu', 'Scrie un comentariu', 'Niciun comentariu', 'Comentariile sunt închise', 'Comentariile nu sunt permise.'] },
  { lang: 'tr', phrases: ['Yorumlar', 'Yorum yap', 'Yorum yapın', 'Yorum yaz', 'Bir yorum bırakın', 'Yanıt bırakın', 'Henüz yorum yok', 'Yorumlar kapalı', 'Kaydol: Kayıt Yorumları (Atom)', 'yorum', 'Bir yorum yazın', 'Bir yorum yaz', 'yorumlar', 'Bir yanıt yazın', 'Bir yanıt yazın Yanıtı iptal et', 'Bir cevap yazın', 'Yorum yazın', 'Yoruma kapalı.', 'Yorum bırakın'] },
  { lang: 'id', phrases: ['Komentar', 'Tinggalkan komentar', 'Tinggalkan Balasan', 'Tulis komentar', 'Belum ada komentar', 'Kirim komentar', 'Langganan: Posting Komentar (Atom)', 'komentar'] },
  { lang: 'ms', phrases: ['Komen', 'komen', 'Tinggalkan komen', 'Tinggalkan Balasan', 'Tulis komen', 'Tiada komen'] },
  { lang: 'vi', phrases: ['Bình luận', 'Gửi bình luận', 'Viết bình luận', 'Để lại bình luận', 'Chưa có bình luận', 'Bình luận đã được đóng.', 'phản hồi', 'Để lại phản hồi', 'Không cho phép ghi chú.'] },
  { lang: 'hi', phrases: ['टिप्पणियाँ', 'कमेंट', 'कमेंट करें', 'टिप्पणी करें', 'अपनी राय दें', 'टिप्पणिया बंद कर दी गयी है.'] },
  { lang: 'ar', phrases: ['التعليقات', 'تعليقات', 'أضف تعليق', 'أضف تعليقاً', 'اترك تعليقاً', 'اترك تعليقا', 'لا توجد تعليقات', 'اترك رد', 'اترك رداً', 'إلغاء الرد', 'التعليقات مغلقة.', 'اترك تعليقًا', 'تعليق واحد', 'تعليق'] },
  { lang: 'ja', phrases: ['コメント', 'コメントする', 'コメントを書く', 'コメントを残す', 'コメントを投稿', 'コメント一覧', 'コメントはまだありません', '件のコメント', 'コメント数', 'コメントをキャンセル', '返信を残す', 'コメントは受け付けていません。'] },
  { lang: 'zh', phrases: ['留言', '发表评论', '發表評論', '查看评论', '暂无评论', '发表留言', '我要评论', '条评论', '則留言', '评论', '條評論', '評論', '发表回复', '發表回覆', '取消回复'] },
  { lang: 'ko', phrases: ['댓글', '댓글 쓰기', '댓글 보기', '댓글 달기', '댓글을 남겨주세요', '댓글이 없습니다', '댓글 남기기', '답글 남기기', '답글 취소', '댓글은 닫혔습니다.'] },
  { lang: 'el', phrases: ['Σχόλια', 'Σχόλιο', 'Σχολιάστε', 'Τα σχόλια έχουν κλείσει.', 'Τα σχόλια είναι κλειστά.'] },
  { lang: 'he', phrases: ['סגור לתגובות.', 'השאירו תגובה'] },
  { lang: 'fa', phrases: ['دیدگاه‌ها غیرفعال هستند.', 'دیدگاهها غیرفعال هستند.'] },
  { lang: 'th', phrases: ['ปิดการแสดงความเห็น', 'เขียนความเห็น'] },
  { lang: 'bg', phrases: ['Коментари са забранени.', 'Оставете коментар'] },
  { lang: 'sk', phrases: ['Komentáre sú zakázané.', 'Napíšte komentár'] },
  { lang: 'ca', phrases: ['Els comentaris estan tancats.', 'Deixa un comentari'] },
];

/**
 * A post's closing call to comment, in words of its own ("What do you think? Let us know in the
 * comments below!"), where commentPrompts are a theme's fixed labels. Each phrase opens the call;
 * `{x}` stands for the words between ("Let us know what you think in the comments").
 */
export const commentCalls: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Let us know in the comments', 'Let me know in the comments', 'Let us know {x} in the comments', 'Let me know {x} in the comments', 'Let us know {x} in the comment section', 'Let me know {x} in the comment section', 'Let us know {x} comments below', 'Let me know {x} comments below', 'Tell us {x} in the comments', 'Tell me {x} in the comments', 'Share your thoughts in the comments', 'Share your thoughts below', 'Leave a comment below', 'Leave your comments below', 'Leave us a comment', 'Drop a comment below', 'Drop us a comment', 'Drop me a comment', 'Sound off in the comments', 'What do you think? {x} comment', 'What are your thoughts? {x} comment', 'Feel free to leave a comment', 'Feel free to comment', 'Please leave a comment', 'Join the discussion in the comments', 'Join the conversation in the comments', 'Join the conversation on', 'Join the discussion on'] },
  { lang: 'de', phrases: ['Schreibt es in die Kommentare', 'Schreib es in die Kommentare', 'Schreiben Sie es in die Kommentare', 'Schreibt uns in den Kommentaren', 'Lasst es uns in den Kommentaren wissen', 'Lass es uns in den Kommentaren wissen', 'Lassen Sie es uns in den Kommentaren wissen', 'Was meint ihr? {x} Kommentar', 'Was denkt ihr? {x} Kommentar', 'Was meinen Sie? {x} Kommentar', 'Hinterlasst einen Kommentar', 'Diskutiert mit in den Kommentaren', 'Diskutieren Sie mit auf', 'Diskutiere mit auf', 'Diskutieren Sie mit uns auf'] },
  { lang: 'fr', phrases: ['Dites-nous {x} en commentaire', 'Dites-le nous en commentaire', 'Dites-nous {x} dans les commentaires', "Qu'en pensez-vous ? {x} commentaire", "Qu'en pensez-vous? {x} commentaire", "Et vous, qu'en pensez-vous ? {x} commentaire", 'Laissez-nous un commentaire', 'Laissez un commentaire ci-dessous', "N'hésitez pas à laisser un commentaire", "N'hésitez pas à commenter", 'Donnez-nous votre avis en commentaire', 'Réagissez en commentaire', 'Partagez votre avis en commentaire', 'Rejoignez la conversation sur', 'Rejoignez la discussion sur', 'Participez à la discussion sur'] },
  { lang: 'es', phrases: ['Déjanos tu opinión en los comentarios', 'Déjanos un comentario', 'Déjanos tu comentario', 'Cuéntanos {x} en los comentarios', 'Dinos {x} en los comentarios', '¿Qué opinas? {x} comentarios', '¿Tú qué opinas? {x} comentarios', 'Deja tu comentario abajo', 'No dudes en dejar un comentario', 'Déjalo en los comentarios', 'Únete a la conversación en', 'Participa en la conversación en'] },
  { lang: 'pt', phrases: ['Deixe sua opinião nos comentários', 'Deixe a sua opinião nos comentários', 'Conte para a gente nos comentários', 'Conta pra gente nos comentários', 'Conte-nos {x} nos comentários', 'Diga {x} nos comentários', 'E você, o que acha? {x} comentários', 'O que você acha? {x} comentários', 'Deixe seu comentário abaixo', 'Comente abaixo', 'Deixe nos comentários', 'Participe da conversa no', 'Participe da conversa em', 'Junte-se à conversa no'] },
  { lang: 'it', phrases: ['Fatecelo sapere nei commenti', 'Fateci sapere {x} nei commenti', 'Diteci {x} nei commenti', 'Scrivetelo nei commenti', 'Lasciate un commento', 'Lascia un commento qui sotto', 'Voi che ne pensate? {x} commenti', 'E voi cosa ne pensate? {x} commenti', 'Partecipa alla discussione su', 'Unisciti alla conversazione su'] },
  { lang: 'nl', phrases: ['Laat het ons weten in de reacties', 'Laat het weten in de reacties', 'Laat {x} weten in de comments', 'Wat vind jij? {x} reacties', 'Laat hieronder een reactie achter', 'Praat mee op', 'Doe mee aan de discussie op'] },
  { lang: 'pl', phrases: ['Dajcie znać w komentarzach', 'Daj znać w komentarzu', 'Dajcie znać {x} w komentarzach', 'Napiszcie w komentarzach', 'Napisz w komentarzu', 'A wy co o tym myślicie? {x} komentarz', 'Zostaw komentarz poniżej', 'Dołącz do dyskusji na'] },
  { lang: 'ru', phrases: ['Пишите в комментариях', 'Напишите в комментариях', 'Делитесь мнением в комментариях', 'Поделитесь мнением в комментариях', 'Расскажите в комментариях', 'Оставляйте комментарии', 'А что думаете вы? {x} комментари', 'Что вы думаете? {x} комментари', 'Присоединяйтесь к обсуждению в'] },
  { lang: 'uk', phrases: ['Пишіть у коментарях', 'Напишіть у коментарях', 'Діліться думками в коментарях', 'Залишайте коментарі'] },
  { lang: 'sv', phrases: ['Berätta gärna i kommentarerna', 'Skriv gärna en kommentar', 'Lämna gärna en kommentar', 'Vad tycker du? {x} kommentar', 'Dela med dig i kommentarerna', 'Delta i diskussionen på'] },
  { lang: 'da', phrases: ['Skriv gerne en kommentar', 'Fortæl os i kommentarerne', 'Del dine tanker i kommentarerne', 'Hvad synes du? {x} kommentar'] },
  { lang: 'no', phrases: ['Skriv gjerne en kommentar', 'Fortell oss i kommentarfeltet', 'Hva synes du? {x} kommentar'] },
  { lang: 'tr', phrases: ['Yorumlarda bizimle paylaşın', 'Düşüncelerinizi yorumlarda paylaşın', 'Yorumlarınızı bekliyoruz', 'Siz ne düşünüyorsunuz? {x} yorum', 'Yorum bırakmayı unutmayın'] },
  { lang: 'id', phrases: ['Tulis pendapatmu di kolom komentar', 'Tuliskan pendapatmu di kolom komentar', 'Bagikan pendapatmu di kolom komentar', 'Berikan pendapatmu di kolom komentar', 'Bagaimana menurutmu? {x} komentar', 'Bagaimana menurut Anda? {x} komentar', 'Jangan lupa tinggalkan komentar', 'Silakan tinggalkan komentar'] },
  { lang: 'ms', phrases: ['Kongsikan pendapat anda di ruangan komen', 'Apa pendapat anda? {x} komen'] },
  { lang: 'vi', phrases: ['Hãy để lại bình luận', 'Hãy cho chúng tôi biết {x} bình luận', 'Bạn nghĩ sao? {x} bình luận'] },
  { lang: 'ro', phrases: ['Spuneți-ne în comentarii', 'Spune-ne în comentarii', 'Lăsați un comentariu mai jos', 'Voi ce părere aveți? {x} comentarii'] },
  { lang: 'cs', phrases: ['Napište nám do komentářů', 'Dejte vědět v komentářích', 'Napište do komentářů'] },
  { lang: 'hu', phrases: ['Írd meg kommentben', 'Írjátok meg kommentben', 'Írd meg a kommentekben'] },
  { lang: 'fi', phrases: ['Kerro kommenteissa', 'Kertokaa kommenteissa'] },
  { lang: 'zh', phrases: ['欢迎在评论区留言', '欢迎留言讨论', '欢迎在下方留言', '你怎么看？{x}评论', '欢迎在留言区', '歡迎在留言區'] },
  { lang: 'ja', phrases: ['コメント欄で教えてください', 'コメントで教えてください', 'ぜひコメントで'] },
  { lang: 'ko', phrases: ['댓글로 의견을 남겨주세요', '댓글로 알려주세요', '댓글 남겨주세요'] },
  { lang: 'hi', phrases: ['कमेंट करके बताएं', 'कमेंट बॉक्स में बताएं', 'कमेंट में बताएं', 'अपनी राय कमेंट'] },
  { lang: 'ar', phrases: ['شاركونا آراءكم في التعليقات', 'أخبرونا في التعليقات', 'اترك تعليقك'] },
];

/**
 * A comment link or heading that names the post: the themes' "2 thoughts on “<Title>”", "Leave a
 * comment on <Title>" (screen-reader text that extraction keeps), "Comments Off on <Title>", in
 * their translations. `{n}` is the count (a number or "One"), `{post}` the post's title.
 */
export const commentsOnPost: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{n} thoughts on "{post}"', '{n} thought on "{post}"', '{n} responses to "{post}"', '{n} response to "{post}"', '{n} comments on "{post}"', '{n} comment on "{post}"', '{n} replies to "{post}"', '{n} reply to "{post}"', 'Leave a comment on {post}', 'Leave a Comment on {post}', 'Comments Off on {post}', 'Comments off on {post}', 'Comments are closed on {post}'] },
  { lang: 'de', phrases: ['{n} Gedanken zu "{post}"', '{n} Gedanke zu "{post}"', '{n} Kommentare zu "{post}"', '{n} Kommentar zu "{post}"', '{n} Antworten auf "{post}"', 'Schreibe einen Kommentar zu {post}', 'Kommentar verfassen zu {post}', 'Kommentare deaktiviert für {post}', 'Kommentare geschlossen für {post}'] },
  { lang: 'fr', phrases: ['{n} réflexions sur "{post}"', '{n} réflexion sur "{post}"', '{n} réflexions sur " {post} "', '{n} réflexion sur " {post} "', '{n} commentaires sur "{post}"', '{n} commentaires sur " {post} "', '{n} réponses à "{post}"', '{n} réponses à " {post} "', 'Laisser un commentaire sur {post}', 'Commentaires fermés sur {post}', '{n} réflexion au sujet de "{post}"', '{n} réflexions au sujet de "{post}"', '{n} réflexion au sujet de " {post} "', '{n} réflexions au sujet de " {post} "'] },
  { lang: 'es', phrases: ['{n} respuestas a "{post}"', '{n} respuesta a "{post}"', '{n} comentarios en "{post}"', '{n} comentario en "{post}"', '{n} comentarios sobre "{post}"', '{n} pensamientos sobre "{post}"', 'Deja un comentario en {post}', 'Comentarios desactivados en {post}'] },
  { lang: 'pt', phrases: ['{n} comentários sobre "{post}"', '{n} comentário sobre "{post}"', '{n} comentários em "{post}"', '{n} comentário em "{post}"', '{n} respostas para "{post}"', '{n} pensamentos sobre "{post}"', 'Deixe um comentário em {post}', 'Comentários desativados em {post}'] },
  { lang: 'it', phrases: ['{n} pensieri su "{post}"', '{n} pensiero su "{post}"', '{n} commenti su "{post}"', '{n} commento su "{post}"', '{n} risposte a "{post}"', 'Lascia un commento su {post}', 'Commenti disabilitati su {post}'] },
  { lang: 'nl', phrases: ['{n} gedachten over "{post}"', '{n} gedachte over "{post}"', '{n} reacties op "{post}"', '{n} reactie op "{post}"', 'Laat een reactie achter op {post}', 'Reacties uitgeschakeld voor {post}'] },
  { lang: 'sv', phrases: ['{n} reaktioner till "{post}"', '{n} reaktion till "{post}"', '{n} svar på "{post}"', '{n} kommentarer till "{post}"', '{n} kommentar till "{post}"', 'Lämna en kommentar på {post}'] },
  { lang: 'da', phrases: ['{n} kommentarer til "{post}"', '{n} kommentar til "{post}"', '{n} tanker om "{post}"'] },
  { lang: 'no', phrases: ['{n} kommentarer til "{post}"', '{n} kommentar til "{post}"', '{n} tanker om "{post}"'] },
  { lang: 'pl', phrases: ['{n} komentarze do "{post}"', '{n} komentarzy do "{post}"', '{n} komentarz do "{post}"', '{n} myśli na temat "{post}"', '{n} odpowiedzi na "{post}"'] },
  { lang: 'cs', phrases: ['{n} komentáře u "{post}"', '{n} komentářů u "{post}"', '{n} komentář u "{post}"', '{n} reakce na "{post}"', 'Napsat komentář pro text s názvem {post}'] },
  { lang: 'ru', phrases: ['{n} комментария к "{post}"', '{n} комментариев к "{post}"', '{n} комментарий к "{post}"', '{n} мысли о "{post}"', '{n} мыслей о "{post}"', '{n} ответа на "{post}"', '{post}: {n} комментарий', '{post}: {n} комментария', '{post}: {n} комментариев'] },
  { lang: 'uk', phrases: ['{n} коментарі до "{post}"', '{n} коментарів до "{post}"', '{n} коментар до "{post}"', '{n} думки про "{post}"', 'Залишити коментар до {post}', 'Одна відповідь на {post}', '{n} коментар до {post}', '{n} коментарі до {post}', '{n} коментарів до {post}'] },
  { lang: 'tr', phrases: ['"{post}" için {n} yorum', '"{post}" üzerine {n} düşünce', '"{post}" hakkında {n} yorum', '{post} için {n} cevap'] },
  { lang: 'id', phrases: ['{n} komentar pada "{post}"', '{n} tanggapan untuk "{post}"', '{n} pemikiran pada "{post}"'] },
  { lang: 'vi', phrases: ['{n} bình luận về "{post}"', '{n} thoughts on "{post}"', 'Để lại một lời bình ở {post}', 'Một bình luận về {post}', 'Có {n} bình luận về {post}'] },
  { lang: 'ja', phrases: ['"{post}" への{n}件のフィードバック', '"{post}" への{n}件のコメント', '「{post}」への{n}件のフィードバック', '「{post}」への{n}件のコメント'] },
  { lang: 'zh', phrases: ['《{post}》上有{n}条评论', '“{post}”的{n}个想法', '"{post}"的{n}个想法'] },
  { lang: 'ro', phrases: ['Un comentariu la "{post}"', '{n} comentarii la "{post}"', '{n} de comentarii la "{post}"', 'Lasă un comentariu pentru {post}'] },
  { lang: 'hu', phrases: ['"{post}" bejegyzéshez egy hozzászólás', '"{post}" bejegyzéshez {n} hozzászólás'] },
  { lang: 'fi', phrases: ['Yksi vastaus artikkeliin "{post}"', '{n} vastausta artikkeliin "{post}"', 'Jätä kommentti artikkeliin {post}', 'Vastaus kohteessa {post}', '{n} vastausta kohteessa {post}'] },
  { lang: 'ko', phrases: ['"{post}"에 대한 {n}개의 생각', '{post}에 댓글 남기기'] },
  { lang: 'ar', phrases: ['رأي واحد على "{post}"', 'رأيان على "{post}"', '{n} آراء على "{post}"', '{n} رأي على "{post}"'] },
  { lang: 'el', phrases: ['Μια σκέψη σχετικά μέ το "{post}"', '{n} σκέψεις σχετικά με το "{post}"', 'Μία απάντηση στο {post}', '{n} απαντήσεις στο {post}'] },
  { lang: 'he', phrases: ['תגובה אחת בנושא "{post}"', '{n} תגובות בנושא "{post}"', 'השאירו תגובה עבור {post}'] },
  { lang: 'fa', phrases: ['{n} دیدگاه در "{post}"', 'برای {post} دیدگاهی بنویسید'] },
  { lang: 'th', phrases: ['{n} ความเห็นบน "{post}"', 'เขียนความเห็น บน {post}'] },
  { lang: 'bg', phrases: ['Едно мнение за "{post}"', '{n} мнения за "{post}"', 'Оставете коментар за {post}'] },
  { lang: 'sk', phrases: ['Jedna myšlienka na "{post}"', '{n} myšlienky na "{post}"', '{n} myšlienok na "{post}"', 'Napíšte komentár k {post}'] },
  { lang: 'ca', phrases: ['Un pensament sobre "{post}"', '{n} pensaments sobre "{post}"', 'Deixa un comentari a {post}'] },
  { lang: 'hi', phrases: ['"{post}" पर एक विचार', '{n} पर विचार "{post}"', '{post} पर एक टिप्पणी छोड़ें'] },
];
