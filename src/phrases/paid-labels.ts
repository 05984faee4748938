import type { PhraseSet } from './match.js';

/**
 * The label a page prints over paid or partner content, on a line of its own under the headline:
 * "Sponsored by Harbour Bank", "In partnership with …", "Paid content", "From our partners".
 * `{x}` is the sponsor's name; the rule takes it only when it is a name, never a clause ("Sponsored
 * by the Harbour Trust, the event raised…" is a sentence). Only the whole line.
 */
export const paidLabels: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Sponsored by {x}', 'Presented by {x}', 'Brought to you by {x}', 'In partnership with {x}', 'In association with {x}', 'Paid for by {x}', 'Produced in partnership with {x}', 'Supported by {x}', 'Paid content', 'Paid post', 'Paid partnership', 'Partner content', 'Sponsor content', 'Sponsored post', 'Sponsored story', 'Promoted content', 'Branded content', 'From our partners', 'From our partner', 'From our sponsors', 'Advertiser content', 'Content from our partners'] },
  { lang: 'de', phrases: ['Gesponsert von {x}', 'Präsentiert von {x}', 'In Zusammenarbeit mit {x}', 'In Kooperation mit {x}', 'Unterstützt von {x}', 'Bezahlter Inhalt', 'Bezahlte Partnerschaft', 'Partnerinhalt', 'Sponsored Post', 'Werbliche Inhalte', 'Von unseren Partnern'] },
  { lang: 'fr', phrases: ['Sponsorisé par {x}', 'Parrainé par {x}', 'Présenté par {x}', 'En partenariat avec {x}', 'En association avec {x}', 'Contenu proposé par {x}', 'Contenu payant', 'Contenu partenaire', 'Contenu de marque', 'Publi-reportage', 'Publireportage', 'De nos partenaires'] },
  { lang: 'es', phrases: ['Patrocinado por {x}', 'Presentado por {x}', 'En colaboración con {x}', 'En alianza con {x}', 'En asociación con {x}', 'Ofrecido por {x}', 'Contenido pagado', 'Contenido de marca', 'Contenido de socios', 'Contenido patrocinado', 'De nuestros socios'] },
  { lang: 'pt', phrases: ['Patrocinado por {x}', 'Apresentado por {x}', 'Em parceria com {x}', 'Em colaboração com {x}', 'Oferecido por {x}', 'Conteúdo pago', 'Conteúdo de marca', 'Conteúdo patrocinado', 'Conteúdo de parceiro', 'Dos nossos parceiros'] },
  { lang: 'it', phrases: ['Sponsorizzato da {x}', 'Presentato da {x}', 'In collaborazione con {x}', 'In partnership con {x}', 'Offerto da {x}', 'Contenuto a pagamento', 'Contenuto sponsorizzato', 'Contenuto di partner', 'Contenuto in collaborazione', 'Dai nostri partner'] },
  { lang: 'nl', phrases: ['Gesponsord door {x}', 'Gepresenteerd door {x}', 'In samenwerking met {x}', 'Mogelijk gemaakt door {x}', 'Betaalde inhoud', 'Partnerbijdrage', 'Gesponsorde inhoud', 'Van onze partners'] },
  { lang: 'sv', phrases: ['Sponsrad av {x}', 'Sponsrat av {x}', 'Presenteras av {x}', 'I samarbete med {x}', 'Betalt innehåll', 'Annonssamarbete', 'Från våra partner'] },
  { lang: 'da', phrases: ['Sponsoreret af {x}', 'Præsenteret af {x}', 'I samarbejde med {x}', 'Betalt indhold', 'Annoncørbetalt indhold', 'Fra vores partnere'] },
  { lang: 'no', phrases: ['Sponset av {x}', 'Presentert av {x}', 'I samarbeid med {x}', 'Betalt innhold', 'Annonsørinnhold', 'Fra våre partnere'] },
  { lang: 'fi', phrases: ['Yhteistyössä {x}', 'Sponsoroitu sisältö', 'Maksettu sisältö', 'Kaupallinen yhteistyö'] },
  { lang: 'pl', phrases: ['Sponsorowane przez {x}', 'We współpracy z {x}', 'Partnerem materiału jest {x}', 'Materiał partnera', 'Materiał sponsorowany', 'Treść sponsorowana', 'Artykuł sponsorowany', 'Materiał promocyjny'] },
  { lang: 'cs', phrases: ['Ve spolupráci s {x}', 'Komerční sdělení', 'Placený obsah', 'Obsah partnera'] },
  { lang: 'ru', phrases: ['При поддержке {x}', 'Спонсор материала {x}', 'На правах рекламы', 'Партнерский материал', 'Партнёрский материал', 'Спецпроект'] },
  { lang: 'uk', phrases: ['За підтримки {x}', 'На правах реклами', 'Партнерський матеріал', 'Спецпроєкт'] },
  { lang: 'tr', phrases: ['{x} sponsorluğunda', '{x} iş birliğiyle', 'Sponsorlu içerik', 'Reklam içeriği', 'İş birliği içeriği'] },
];
