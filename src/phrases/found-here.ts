import type { PhraseSet } from './match.js';

/**
 * Pointers to more of something elsewhere, the standing lines of a video's or a show's
 * description: "The full schedule can be found here: <address>", "Актуальный график можно найти
 * здесь:", "Die Folge ist hier abrufbar". `{x}` is what is pointed at. `foundHere` holds the phrases
 * whose place word stands for a link (the address follows, or only the colon before it is left);
 * `foundAt` those that are a pointer only when an address follows ("Slides are available at").
 */
export const foundHere: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{x} can be found here', '{x} is available here', '{x} are available here', '{x} can be seen here', '{x} can be watched here', '{x} can be read here', '{x} can be downloaded here', '{x} can be listened to here', 'You can find {x} here', 'You can watch {x} here', 'You can listen to {x} here', 'More information can be found here', 'More info here', 'More information here'] },
  { lang: 'de', phrases: ['{x} finden Sie hier', '{x} findet ihr hier', '{x} findest du hier', '{x} gibt es hier', '{x} ist hier abrufbar', '{x} sind hier abrufbar', '{x} ist hier verfügbar', '{x} sind hier verfügbar', '{x} ist hier zu finden', '{x} sind hier zu finden', '{x} gibt es hier zum Nachhören', 'Mehr Infos hier', 'Mehr Informationen hier'] },
  { lang: 'fr', phrases: ['{x} est disponible ici', '{x} sont disponibles ici', '{x} est à retrouver ici', '{x} sont à retrouver ici', '{x} se trouve ici', '{x} peut être consulté ici', '{x} peut être consultée ici', '{x} est consultable ici', 'Retrouvez {x} ici', "Plus d'informations ici", "Plus d'infos ici"] },
  { lang: 'es', phrases: ['{x} se puede encontrar aquí', '{x} se pueden encontrar aquí', '{x} está disponible aquí', '{x} están disponibles aquí', '{x} se puede consultar aquí', '{x} se puede ver aquí', 'Puedes encontrar {x} aquí', 'Puede consultar {x} aquí', 'Más información aquí'] },
  { lang: 'pt', phrases: ['{x} pode ser encontrado aqui', '{x} pode ser encontrada aqui', '{x} podem ser encontrados aqui', '{x} está disponível aqui', '{x} estão disponíveis aqui', '{x} pode ser consultado aqui', 'Você pode encontrar {x} aqui', 'Mais informações aqui'] },
  { lang: 'it', phrases: ['{x} è disponibile qui', '{x} sono disponibili qui', '{x} si trova qui', '{x} si può trovare qui', '{x} è consultabile qui', 'Potete trovare {x} qui', 'Maggiori informazioni qui'] },
  { lang: 'nl', phrases: ['{x} is hier te vinden', '{x} zijn hier te vinden', '{x} vind je hier', '{x} vindt u hier', '{x} is hier beschikbaar', '{x} is hier terug te kijken', '{x} is hier terug te luisteren', 'Meer informatie vind je hier'] },
  { lang: 'pl', phrases: ['{x} można znaleźć tutaj', '{x} można znaleźć tu', '{x} jest dostępny tutaj', '{x} jest dostępna tutaj', '{x} są dostępne tutaj', 'Więcej informacji tutaj'] },
  { lang: 'cs', phrases: ['{x} najdete zde', '{x} najdete tady', '{x} je k dispozici zde', 'Více informací zde'] },
  { lang: 'sv', phrases: ['{x} hittar du här', '{x} kan ses här', 'Mer information finns här'] },
  { lang: 'da', phrases: ['{x} kan findes her', '{x} finder du her', 'Mere information her'] },
  { lang: 'no', phrases: ['{x} finner du her', '{x} kan du se her', 'Mer informasjon her'] },
  { lang: 'ru', phrases: ['{x} можно найти здесь', '{x} можно найти тут', '{x} можно найти по ссылке', '{x} можно посмотреть здесь', '{x} можно посмотреть по ссылке', '{x} доступен по ссылке', '{x} доступна по ссылке', '{x} доступно по ссылке', '{x} доступны по ссылке', '{x} смотрите здесь', '{x} смотрите по ссылке', 'Подробнее по ссылке', 'Подробности по ссылке'] },
  { lang: 'uk', phrases: ['{x} можна знайти тут', '{x} можна знайти за посиланням', '{x} доступний за посиланням', '{x} доступна за посиланням', '{x} дивіться за посиланням', 'Детальніше за посиланням'] },
  { lang: 'tr', phrases: ['{x} buradan ulaşabilirsiniz', '{x} buradan izleyebilirsiniz', '{x} buradan dinleyebilirsiniz', '{x} bu linkten ulaşabilirsiniz'] },
  { lang: 'id', phrases: ['{x} dapat ditemukan di sini', '{x} bisa ditemukan di sini', '{x} bisa dilihat di sini', '{x} dapat dilihat di sini', 'Info lengkap di sini'] },
];

export const foundAt: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['{x} can be found at', '{x} is available at', '{x} are available at', '{x} can be downloaded at', '{x} can be watched at', 'You can find {x} at'] },
  { lang: 'de', phrases: ['{x} finden Sie unter', '{x} findet ihr unter', '{x} findest du unter', '{x} gibt es unter', '{x} ist abrufbar unter', '{x} sind abrufbar unter'] },
  { lang: 'fr', phrases: ['{x} est disponible sur', '{x} sont disponibles sur', '{x} est à retrouver sur', 'Retrouvez {x} sur'] },
  { lang: 'es', phrases: ['{x} está disponible en', '{x} están disponibles en', '{x} se puede encontrar en', 'Puedes encontrar {x} en'] },
  { lang: 'pt', phrases: ['{x} está disponível em', '{x} estão disponíveis em', '{x} pode ser encontrado em'] },
  { lang: 'it', phrases: ['{x} è disponibile su', '{x} sono disponibili su', '{x} si trova su'] },
  { lang: 'nl', phrases: ['{x} is te vinden op', '{x} zijn te vinden op', '{x} vind je op'] },
  { lang: 'ru', phrases: ['{x} можно найти на', '{x} доступен на', '{x} доступна на', '{x} доступны на'] },
];
