import type { PhraseSet } from './match.js';

/**
 * Stock disclaimers that finance, crypto and health posts close on, each a sentence of its own
 * ("Not financial advice.", "Keine Anlageberatung."). They are matched as whole sentences.
 */
export const disclaimers: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Not financial advice', 'This is not financial advice', 'Not investment advice', 'This is not investment advice', 'This is not a recommendation to buy or sell', 'Nothing here is financial advice', 'For informational purposes only', 'For information purposes only', 'For educational purposes only', 'Do your own research', 'Always do your own research', 'Not medical advice', 'This is not medical advice', 'NFA', 'DYOR'] },
  { lang: 'de', phrases: ['Keine Anlageberatung', 'Dies ist keine Anlageberatung', 'Keine Finanzberatung', 'Dies ist keine Finanzberatung', 'Keine Kaufempfehlung', 'Dies ist keine Kaufempfehlung', 'Nur zu Informationszwecken'] },
  { lang: 'fr', phrases: ["Ceci n'est pas un conseil financier", 'Pas un conseil financier', "Ceci n'est pas un conseil en investissement", 'Ne constitue pas un conseil en investissement', 'À titre informatif uniquement', 'À titre purement informatif'] },
  { lang: 'es', phrases: ['No es asesoramiento financiero', 'Esto no es asesoramiento financiero', 'No es un consejo financiero', 'Esto no es un consejo financiero', 'No es una recomendación de inversión', 'Solo con fines informativos', 'Sólo con fines informativos'] },
  { lang: 'pt', phrases: ['Não é aconselhamento financeiro', 'Isto não é aconselhamento financeiro', 'Não é recomendação de investimento', 'Isto não é uma recomendação de investimento', 'Apenas para fins informativos'] },
  { lang: 'it', phrases: ['Non è un consiglio finanziario', 'Questo non è un consiglio finanziario', 'Non costituisce consulenza finanziaria', 'Non è una raccomandazione di investimento', 'Solo a scopo informativo'] },
  { lang: 'nl', phrases: ['Geen financieel advies', 'Dit is geen financieel advies', 'Geen beleggingsadvies', 'Dit is geen beleggingsadvies'] },
  { lang: 'sv', phrases: ['Inte finansiell rådgivning', 'Detta är inte finansiell rådgivning', 'Ingen köprekommendation', 'Detta är ingen köprekommendation'] },
  { lang: 'pl', phrases: ['To nie jest porada finansowa', 'Nie stanowi porady inwestycyjnej', 'To nie jest rekomendacja inwestycyjna'] },
  { lang: 'ru', phrases: ['Не является финансовой рекомендацией', 'Не является инвестиционной рекомендацией', 'Это не финансовый совет', 'Не является индивидуальной инвестиционной рекомендацией'] },
];

/**
 * Affiliate disclosures that blogs open or close a post with, the Amazon Associates sentence in
 * the words Amazon prescribes for each language among them. Whole sentences, like the disclaimers.
 */
export const affiliateDisclosures: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['This post may contain affiliate links', 'This article may contain affiliate links', 'This post contains affiliate links', 'This article contains affiliate links', 'This page may contain affiliate links', 'As an Amazon Associate I earn from qualifying purchases', 'As an Amazon Associate, I earn from qualifying purchases', 'As an Amazon Associate we earn from qualifying purchases', 'We may earn a commission from links on this page', 'We may earn a small commission from purchases made through links in this post', 'If you buy something through our links, we may earn a commission', 'Please see my disclosure page', 'Please read my disclosure policy', 'Please read our disclosure policy', 'Some of the links in this post are affiliate links', 'Some links in this post are affiliate links', 'Some of the links on this page are affiliate links', 'Some of the links in this article are affiliate links', 'We may earn a commission when you buy through links on our site', 'We may earn a commission when you buy through links on this site', 'If you buy {x}, we may earn a commission', 'If you buy {x}, we may earn an affiliate commission', 'If you buy {x}, I may earn a commission', 'If you make a purchase {x}, we may earn a commission', 'If you make a purchase {x}, I may earn a commission', 'When you purchase through links on our site, we may earn an affiliate commission', 'When you buy through links on our site, we may earn an affiliate commission', 'We earn from qualifying purchases', 'Links marked with * are affiliate links', 'Affiliate links are marked with *', '*Affiliate link', '* Affiliate link', 'Paid link', 'This post is sponsored and contains affiliate links'] },
  { lang: 'de', phrases: ['Dieser Beitrag enthält Affiliate-Links', 'Dieser Artikel enthält Affiliate-Links', 'Dieser Beitrag enthält Werbelinks', 'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen', 'Als Amazon-Partner verdienen wir an qualifizierten Verkäufen', '* Affiliate-Link', '*Affiliate-Link', 'Affiliate-Link', 'Mit * gekennzeichnete Links sind Affiliate-Links', 'Die mit * gekennzeichneten Links sind Affiliate-Links', 'Bei den mit * gekennzeichneten Links handelt es sich um Affiliate-Links', 'Werbung/Affiliate-Links', 'Wenn du über diesen Link kaufst, erhalten wir eine Provision', 'Wenn Sie über diesen Link kaufen, erhalten wir eine Provision', 'Wenn du über einen dieser Links kaufst, erhalten wir eine Provision'] },
  { lang: 'fr', phrases: ['Cet article contient des liens affiliés', "Cet article contient des liens d'affiliation", 'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises', 'Certains liens de cet article sont affiliés', 'Certains liens de cet article sont des liens affiliés', 'Nous pouvons percevoir une commission'] },
  { lang: 'es', phrases: ['Este artículo contiene enlaces de afiliados', 'Esta entrada contiene enlaces de afiliados', 'Como Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables', 'Este artículo contiene enlaces de afiliado', 'Como afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables', 'Algunos enlaces de este artículo son de afiliados', 'Podemos recibir una comisión por las compras realizadas a través de estos enlaces'] },
  { lang: 'pt', phrases: ['Este artigo contém links de afiliados', 'Este post contém links de afiliados', 'Como associado da Amazon, ganho com compras qualificadas', 'Alguns links deste artigo são de afiliados', 'Podemos receber uma comissão por compras feitas através destes links'] },
  { lang: 'it', phrases: ['Questo articolo contiene link di affiliazione', 'In qualità di Affiliato Amazon io ricevo un guadagno dagli acquisti idonei', 'In qualità di Affiliato Amazon, ricevo un guadagno dagli acquisti idonei', 'Alcuni link di questo articolo sono link di affiliazione', 'Questo post contiene link di affiliazione'] },
  { lang: 'nl', phrases: ['Dit artikel bevat affiliate links', 'Dit bericht bevat affiliate links', 'Als Amazon-partner verdien ik aan in aanmerking komende aankopen', 'Dit artikel bevat affiliatelinks', 'Dit bericht bevat affiliatelinks'] },
  { lang: 'sv', phrases: ['Inlägget innehåller affiliatelänkar', 'Inlägget innehåller annonslänkar', 'Artikeln innehåller affiliatelänkar', 'Inlägget innehåller reklamlänkar'] },
  { lang: 'da', phrases: ['Indlægget indeholder affiliate links', 'Indlægget indeholder affiliatelinks', 'Indlægget indeholder annoncelinks'] },
  { lang: 'no', phrases: ['Innlegget inneholder affiliatelenker', 'Innlegget inneholder annonselenker'] },
  { lang: 'fi', phrases: ['Artikkeli sisältää kumppanuuslinkkejä', 'Postaus sisältää affiliate-linkkejä'] },
  { lang: 'pl', phrases: ['Ten wpis zawiera linki afiliacyjne', 'Artykuł zawiera linki partnerskie', 'Wpis zawiera linki afiliacyjne', 'Artykuł zawiera linki afiliacyjne'] },
  { lang: 'cs', phrases: ['Článek obsahuje affiliate odkazy', 'Článek obsahuje partnerské odkazy'] },
  { lang: 'ru', phrases: ['Статья содержит партнёрские ссылки', 'Статья содержит партнерские ссылки', 'Пост содержит партнёрские ссылки'] },
  { lang: 'uk', phrases: ['Стаття містить партнерські посилання'] },
  { lang: 'tr', phrases: ['Bu yazı satış ortaklığı bağlantıları içerir', 'Bu yazı bağlı kuruluş bağlantıları içerir', 'Bu içerik satış ortaklığı bağlantıları içerir'] },
  { lang: 'id', phrases: ['Artikel ini mengandung tautan afiliasi', 'Artikel ini berisi tautan afiliasi'] },
  { lang: 'ms', phrases: ['Artikel ini mengandungi pautan afiliasi'] },
  { lang: 'vi', phrases: ['Bài viết này chứa liên kết affiliate', 'Bài viết có chứa liên kết tiếp thị liên kết'] },
  { lang: 'ja', phrases: ['この記事にはアフィリエイト広告が含まれています', '本記事はアフィリエイトプログラムを利用しています', '本ページはプロモーションが含まれています', '本記事にはプロモーションが含まれています', '当サイトはアフィリエイトプログラムを利用しています', '記事内に広告を含む場合があります', '本記事には広告が含まれています'] },
  { lang: 'ko', phrases: ['이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다', '이 포스팅은 쿠팡 파트너스 활동의 일환으로 이에 따른 일정액의 수수료를 제공받습니다'] },
  { lang: 'zh', phrases: ['本文包含联盟链接', '本文含有推广链接'] },
  { lang: 'ar', phrases: ['تحتوي هذه المقالة على روابط تابعة'] },
];

/**
 * A newsroom's notices that an opinion piece is the writer's own, or that a post informs and does
 * not advise ("The views expressed in this article are those of the author…", "Dieser Artikel
 * dient ausschließlich Informationszwecken…"). Each phrase opens its sentence; the rest of the
 * sentence is the notice's own ("… and do not necessarily reflect the views of X").
 */
export const disclaimerOpenings: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['The views expressed in this article are those of the author', 'The views expressed in this article are solely those of the author', 'The views and opinions expressed in this article are those of the author', 'The views and opinions expressed here are those of the author', 'The views expressed here are those of the author', 'The views expressed are those of the author', 'The opinions expressed in this article are those of the author', 'The opinions expressed here are those of the author', "Opinions expressed are the author's own", "The views expressed are the author's own", "Views expressed are the author's own", 'This article is for informational purposes only', 'This article is provided for informational purposes only', 'This content is for informational purposes only', 'The information in this article is provided for informational purposes only', 'The information in this article is for informational purposes only', 'The information provided in this article is for informational purposes only', 'This article does not constitute financial advice', 'This article does not constitute investment advice'] },
  { lang: 'de', phrases: ['Die in diesem Artikel geäußerten Ansichten sind die des Autors', 'Die in diesem Beitrag geäußerten Ansichten sind die des Autors', 'Die geäußerten Ansichten sind die des Autors', 'Dieser Beitrag gibt die Meinung des Autors wieder', 'Dieser Artikel gibt die Meinung des Autors wieder', 'Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen', 'Dieser Artikel dient ausschließlich Informationszwecken', 'Dieser Artikel dient nur zu Informationszwecken', 'Dieser Beitrag dient ausschließlich Informationszwecken', 'Dieser Artikel stellt keine Anlageberatung dar'] },
  { lang: 'fr', phrases: ["Les opinions exprimées dans cet article sont celles de l'auteur", "Les opinions exprimées dans cet article n'engagent que leur auteur", "Les propos tenus dans cet article n'engagent que leur auteur", "Cet article n'engage que son auteur", 'Cet article est fourni à titre informatif uniquement', 'Cet article est fourni à titre informatif', 'Cet article est publié à titre informatif', 'Cet article ne constitue pas un conseil en investissement'] },
  { lang: 'es', phrases: ['Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor', 'Las opiniones expresadas en este artículo son de exclusiva responsabilidad de su autor', 'Las opiniones expresadas en este artículo son las del autor', 'Las opiniones expresadas son responsabilidad exclusiva del autor', 'Este artículo tiene fines exclusivamente informativos', 'Este artículo tiene fines informativos', 'Este artículo es solo informativo', 'Este artículo no constituye asesoramiento financiero'] },
  { lang: 'pt', phrases: ['As opiniões expressas neste artigo são de responsabilidade do autor', 'As opiniões expressas neste artigo são de inteira responsabilidade do autor', 'As opiniões expressas neste artigo são de responsabilidade exclusiva do autor', 'As opiniões expressas são de responsabilidade do autor', 'Este artigo tem caráter meramente informativo', 'Este artigo tem fins exclusivamente informativos', 'Este artigo não constitui recomendação de investimento'] },
  { lang: 'it', phrases: ["Le opinioni espresse in questo articolo sono quelle dell'autore", "Le opinioni espresse in questo articolo sono dell'autore", "Le opinioni espresse sono personali dell'autore", 'Questo articolo ha scopo puramente informativo', 'Questo articolo ha finalità esclusivamente informative', 'Questo articolo non costituisce consulenza finanziaria'] },
  { lang: 'nl', phrases: ['De meningen in dit artikel zijn die van de auteur', 'De in dit artikel geuite meningen zijn die van de auteur', 'Dit artikel is uitsluitend bedoeld ter informatie', 'Dit artikel dient uitsluitend ter informatie'] },
  { lang: 'pl', phrases: ['Opinie wyrażone w artykule są opiniami autora', 'Opinie wyrażone w tym artykule są opiniami autora', 'Artykuł ma charakter wyłącznie informacyjny'] },
  { lang: 'sv', phrases: ['Åsikterna i artikeln är skribentens egna', 'Åsikterna i texten är skribentens egna'] },
  { lang: 'ru', phrases: ['Мнение автора может не совпадать с мнением редакции', 'Точка зрения автора может не совпадать с позицией редакции', 'Статья носит исключительно информационный характер'] },
];

/** Labels a disclaimer may open with ("Disclaimer: Not financial advice."): taken off before the sentence is matched. */
export const disclaimerLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Disclaimer:', 'Disclosure:', 'Affiliate disclosure:', 'Note:', 'Affiliate link:', 'Affiliate links:', 'FTC disclosure:', 'Ad:'] },
  { lang: 'de', phrases: ['Haftungsausschluss:', 'Hinweis:', 'Transparenz:', 'Werbung:', 'Affiliate-Link:', 'Affiliate-Links:', 'Anzeige:', 'Transparenzhinweis:'] },
  { lang: 'fr', phrases: ['Avertissement :', 'Avertissement:', 'Avis de non-responsabilité :', 'Divulgation :'] },
  { lang: 'es', phrases: ['Aviso legal:', 'Descargo de responsabilidad:', 'Aviso:'] },
  { lang: 'pt', phrases: ['Aviso legal:', 'Isenção de responsabilidade:', 'Aviso:'] },
  { lang: 'it', phrases: ['Disclaimer:', 'Avvertenza:', 'Nota:'] },
  { lang: 'nl', phrases: ['Disclaimer:', 'Let op:'] },
];
