import type { PhraseSet } from './match.js';

/**
 * Content-distribution credits a syndication network appends to the copies it hands out ("This
 * content was produced by X and syndicated by Y", "Ce contenu a été produit par X et diffusé par
 * Y"). Whole lines: `{origin}` is the newsroom that wrote the piece, `{network}` the distributor.
 * A sentence naming a partnership or a document ("The contract was produced by the council's
 * lawyers and distributed to members") has no distributor after "by" and stays.
 */
export const syndicatedBy: readonly PhraseSet[] = [
  { lang: 'en', phrases: ['This content was produced by {origin} and syndicated by {network}', 'This article was produced by {origin} and syndicated by {network}', 'This story was produced by {origin} and syndicated by {network}', 'This content was produced by {origin} and distributed by {network}', 'This article was produced by {origin} and distributed by {network}', 'This story was produced by {origin} and distributed by {network}', 'This content is syndicated by {network}', 'This article is syndicated by {network}', 'This story is syndicated by {network}', 'This article was syndicated by {network}', 'This story was syndicated by {network}', 'This content was syndicated from {origin}', 'Content syndicated by {network}', 'Syndicated content provided by {network}', 'Distributed by {network} on behalf of {origin}', 'Syndicated to {network}', 'This post is syndicated to {network}', 'This post was syndicated to {network}', 'This article is syndicated from {origin}', 'This post is syndicated from {origin}', 'This post was syndicated from {origin}'] },
  { lang: 'de', phrases: ['Dieser Inhalt wurde von {origin} erstellt und von {network} verbreitet', 'Dieser Artikel wurde von {origin} erstellt und von {network} verbreitet', 'Dieser Inhalt wurde von {origin} produziert und über {network} verbreitet', 'Dieser Artikel wurde von {origin} produziert und über {network} verbreitet', 'Dieser Inhalt wird von {network} verbreitet'] },
  { lang: 'fr', phrases: ['Ce contenu a été produit par {origin} et diffusé par {network}', 'Cet article a été produit par {origin} et diffusé par {network}', 'Ce contenu a été produit par {origin} et distribué par {network}', 'Cet article a été produit par {origin} et distribué par {network}', 'Ce contenu est diffusé par {network}'] },
  { lang: 'es', phrases: ['Este contenido fue producido por {origin} y distribuido por {network}', 'Este artículo fue producido por {origin} y distribuido por {network}', 'Este contenido fue elaborado por {origin} y distribuido por {network}', 'Este contenido ha sido producido por {origin} y distribuido por {network}', 'Contenido distribuido por {network}'] },
  { lang: 'pt', phrases: ['Este conteúdo foi produzido por {origin} e distribuído por {network}', 'Este artigo foi produzido por {origin} e distribuído por {network}', 'Este conteúdo foi produzido por {origin} e distribuído pela {network}', 'Conteúdo distribuído por {network}'] },
  { lang: 'it', phrases: ['Questo contenuto è stato prodotto da {origin} e distribuito da {network}', 'Questo articolo è stato prodotto da {origin} e distribuito da {network}', 'Contenuto distribuito da {network}'] },
  { lang: 'nl', phrases: ['Deze inhoud is gemaakt door {origin} en verspreid door {network}', 'Dit artikel is gemaakt door {origin} en verspreid door {network}', 'Dit artikel werd geproduceerd door {origin} en verspreid door {network}'] },
];
