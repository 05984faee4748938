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
  { lang: 'en', phrases: ['This post may contain affiliate links', 'This article may contain affiliate links', 'This post contains affiliate links', 'This article contains affiliate links', 'This page may contain affiliate links', 'As an Amazon Associate I earn from qualifying purchases', 'As an Amazon Associate, I earn from qualifying purchases', 'As an Amazon Associate we earn from qualifying purchases', 'We may earn a commission from links on this page', 'We may earn a small commission from purchases made through links in this post', 'If you buy something through our links, we may earn a commission', 'Please see my disclosure page', 'Please read my disclosure policy', 'Please read our disclosure policy'] },
  { lang: 'de', phrases: ['Dieser Beitrag enthält Affiliate-Links', 'Dieser Artikel enthält Affiliate-Links', 'Dieser Beitrag enthält Werbelinks', 'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen', 'Als Amazon-Partner verdienen wir an qualifizierten Verkäufen'] },
  { lang: 'fr', phrases: ['Cet article contient des liens affiliés', "Cet article contient des liens d'affiliation", 'En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises'] },
  { lang: 'es', phrases: ['Este artículo contiene enlaces de afiliados', 'Esta entrada contiene enlaces de afiliados', 'Como Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables'] },
  { lang: 'pt', phrases: ['Este artigo contém links de afiliados', 'Este post contém links de afiliados', 'Como associado da Amazon, ganho com compras qualificadas'] },
  { lang: 'it', phrases: ['Questo articolo contiene link di affiliazione', 'In qualità di Affiliato Amazon io ricevo un guadagno dagli acquisti idonei', 'In qualità di Affiliato Amazon, ricevo un guadagno dagli acquisti idonei'] },
  { lang: 'nl', phrases: ['Dit artikel bevat affiliate links', 'Dit bericht bevat affiliate links'] },
];

/** Labels a disclaimer may open with ("Disclaimer: Not financial advice."): taken off before the sentence is matched. */
export const disclaimerLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Disclaimer:', 'Disclosure:', 'Affiliate disclosure:', 'Note:'] },
  { lang: 'de', phrases: ['Haftungsausschluss:', 'Hinweis:', 'Transparenz:', 'Werbung:'] },
  { lang: 'fr', phrases: ['Avertissement :', 'Avertissement:', 'Avis de non-responsabilité :', 'Divulgation :'] },
  { lang: 'es', phrases: ['Aviso legal:', 'Descargo de responsabilidad:', 'Aviso:'] },
  { lang: 'pt', phrases: ['Aviso legal:', 'Isenção de responsabilidade:', 'Aviso:'] },
  { lang: 'it', phrases: ['Disclaimer:', 'Avvertenza:', 'Nota:'] },
  { lang: 'nl', phrases: ['Disclaimer:', 'Let op:'] },
];
