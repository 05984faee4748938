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
