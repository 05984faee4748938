import type { PhraseSet } from './match.js';

/**
 * What a page says around its article to ask for money or a subscription: a donation or
 * membership appeal ("Support our journalism", "Become a member") or a paywall's call ("To read
 * the full story", "Subscribe to continue reading"). Matched against a short element's whole text,
 * at its start or its end (see src/rules/dom/support-appeal.ts): the words inside a sentence of
 * the article are prose.
 */
export const appeals: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['Support us', 'Support our journalism', 'Support independent journalism', 'Support our work', 'Click here to support it', 'Click here to support us', 'Donate now', 'Donate today', 'Make a donation', 'Make a contribution', 'Become a member', 'Become a patron', 'Become a supporter', 'To read the full story', 'Subscribe to continue reading', 'Subscribe to read the full story', 'Subscribe to read more', 'Already a subscriber', 'Subscribe Sign in', 'This content is for subscribers only', 'This article is for subscribers only', 'Continue reading with a membership'] },
  { lang: 'de', phrases: ['Unterstützen Sie unabhängigen Journalismus', 'Unterstützen Sie unseren Journalismus', 'Unabhängigen Journalismus unterstützen', 'Unterstützen Sie uns', 'Unterstütze uns', 'Jetzt spenden', 'Mitglied werden', 'Jetzt abonnieren und weiterlesen', 'Dieser Artikel ist nur für Abonnenten', 'Sie sind bereits Abonnent', 'Weiterlesen mit Abo'] },
  { lang: 'fr', phrases: ['Soutenez le journalisme indépendant', 'Soutenez-nous', 'Soutenez notre journalisme', 'Faire un don', 'Faites un don', 'Abonnez-vous pour lire la suite', 'Cet article est réservé aux abonnés', 'Déjà abonné'] },
  { lang: 'es', phrases: ['Apoya el periodismo independiente', 'Apóyanos', 'Apoya nuestro periodismo', 'Haz una donación', 'Hazte socio', 'Suscríbete para seguir leyendo', 'Este contenido es exclusivo para suscriptores', 'Ya eres suscriptor'] },
  { lang: 'pt', phrases: ['Apoie o jornalismo independente', 'Apoie o nosso jornalismo', 'Apoie nosso jornalismo', 'Faça uma doação', 'Doe agora', 'Assine para continuar lendo', 'Conteúdo exclusivo para assinantes', 'Já é assinante'] },
  { lang: 'it', phrases: ['Sostieni il giornalismo indipendente', 'Sostienici', 'Sostieni il nostro giornalismo', 'Fai una donazione', 'Abbonati per continuare a leggere', 'Contenuto riservato agli abbonati', 'Sei già abbonato'] },
  { lang: 'nl', phrases: ['Steun ons', 'Doneer nu', 'Word lid', 'Lees verder met een abonnement', 'Al abonnee'] },
  { lang: 'ru', phrases: ['Поддержите нас', 'Поддержать проект', 'Поддержите редакцию', 'Оформите подписку, чтобы продолжить чтение', 'Уже есть подписка'] },
  { lang: 'pl', phrases: ['Wesprzyj nas', 'Przekaż darowiznę', 'Zostań patronem', 'Wykup subskrypcję, aby czytać dalej'] },
  { lang: 'id', phrases: ['Dukung kami', 'Berlangganan untuk membaca selengkapnya'] },
  { lang: 'ja', phrases: ['続きを読むには', 'この記事は有料会員限定です', '有料会員になる'] },
  { lang: 'ko', phrases: ['후원하기', '구독하고 계속 읽기', '후원해 주세요', '이 기사는 유료 회원 전용입니다'] },
  { lang: 'sv', phrases: ['Stöd oss', 'Bli medlem', 'Redan prenumerant', 'Prenumerera för att läsa vidare', 'Den här artikeln är endast för prenumeranter'] },
  { lang: 'da', phrases: ['Støt os', 'Bliv medlem', 'Allerede abonnent', 'Denne artikel er kun for abonnenter'] },
  { lang: 'no', phrases: ['Støtt oss', 'Bli medlem', 'Allerede abonnent', 'Denne artikkelen er kun for abonnenter'] },
  { lang: 'fi', phrases: ['Tue meitä', 'Lahjoita nyt', 'Tilaa ja lue koko juttu', 'Oletko jo tilaaja'] },
  { lang: 'cs', phrases: ['Podpořte nás', 'Přispějte', 'Staňte se předplatitelem', 'Tento článek je dostupný pouze pro předplatitele'] },
  { lang: 'hu', phrases: ['Támogass minket', 'Támogasson minket', 'Legyél támogató', 'Előfizetőknek szóló tartalom'] },
  { lang: 'ro', phrases: ['Susține-ne', 'Susțineți-ne', 'Fă o donație', 'Abonează-te pentru a citi mai departe'] },
  { lang: 'uk', phrases: ['Підтримайте нас', 'Підтримати проєкт', 'Підтримайте редакцію'] },
  { lang: 'tr', phrases: ['Bize destek olun', 'Bağış yapın', 'Okumaya devam etmek için abone olun'] },
  { lang: 'vi', phrases: ['Ủng hộ chúng tôi', 'Đăng ký để đọc tiếp'] },
  { lang: 'hi', phrases: ['हमारा समर्थन करें', 'सहयोग करें'] },
  { lang: 'ar', phrases: ['ادعمنا', 'تبرع الآن', 'اشترك لمواصلة القراءة'] },
  { lang: 'zh', phrases: ['支持我们', '订阅以继续阅读', '本文为付费内容'] },
];

/**
 * How a newsroom introduces itself in the sentence before its appeal ("The Harbour Times is an
 * independent, nonprofit newsroom. Support our work."): the sentence goes with the call. Matched as
 * a whole sentence that a call follows, never alone: "The council is an independent body" is prose.
 */
export const appealLeads: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{x} is an independent, nonprofit newsroom', '{x} is an independent nonprofit newsroom', '{x} is an independent newsroom', '{x} is a nonprofit newsroom', '{x} is an independent, reader-funded newsroom', '{x} is a reader-funded newsroom', '{x} is an independent, nonprofit news organization', '{x} is a nonprofit news organization', '{x} is an independent news organization', 'We are an independent, nonprofit newsroom', 'We are an independent, reader-funded newsroom', 'We are an independent newsroom', 'We are a nonprofit newsroom', 'We are a nonprofit news organization', 'Independent journalism needs your support', 'Our journalism is free to read'] },
  { lang: 'de', phrases: ['{x} ist ein unabhängiges, gemeinnütziges Medium', '{x} ist ein unabhängiges Medium', '{x} ist ein gemeinnütziges Medium', '{x} ist eine unabhängige Redaktion', 'Wir sind ein unabhängiges Medium', 'Wir sind eine unabhängige Redaktion', 'Unabhängiger Journalismus braucht Ihre Unterstützung'] },
  { lang: 'fr', phrases: ['{x} est un média indépendant', '{x} est un média indépendant et à but non lucratif', '{x} est une rédaction indépendante', 'Nous sommes un média indépendant', 'Le journalisme indépendant a besoin de vous'] },
  { lang: 'es', phrases: ['{x} es un medio independiente', '{x} es un medio independiente y sin fines de lucro', '{x} es un medio sin fines de lucro', 'Somos un medio independiente', 'El periodismo independiente necesita tu apoyo'] },
  { lang: 'pt', phrases: ['{x} é um veículo independente', '{x} é um jornal independente', '{x} é um veículo independente e sem fins lucrativos', 'Somos um veículo independente', 'O jornalismo independente precisa do seu apoio'] },
  { lang: 'it', phrases: ['{x} è un giornale indipendente', '{x} è una testata indipendente', 'Siamo un giornale indipendente', 'Siamo una testata indipendente', 'Il giornalismo indipendente ha bisogno di te'] },
  { lang: 'nl', phrases: ['{x} is een onafhankelijk medium', 'Wij zijn een onafhankelijk medium', 'Onafhankelijke journalistiek heeft jouw steun nodig'] },
];
