/**
 * Lower-case words that sit inside the names of publications, between capitalised words: "The
 * Times of India", "Le Courrier des Îles", "Gazzetta dello Sport", "Jornal do Brasil", "Salt &
 * Light". A name is still a name when only these are lower case. Languages side by side; lower case.
 */
const joiners: Record<string, readonly string[]> = {
  en: ['of', 'the', 'and', 'on', 'in', 'for', 'at'],
  fr: ['de', 'la', 'le', 'les', 'du', 'des', 'et', "l'", "d'"],
  es: ['de', 'del', 'la', 'las', 'el', 'los', 'y'],
  pt: ['de', 'da', 'do', 'das', 'dos', 'e'],
  it: ['di', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'la', 'il', 'lo', 'e'],
  de: ['der', 'die', 'das', 'des', 'und', 'am', 'im', 'vom', 'von', 'zur', 'zum'],
  nl: ['van', 'de', 'het', 'der', 'en', 'voor'],
  sv: ['och', 'i', 'för'],
  da: ['og', 'i', 'for'],
  no: ['og', 'i', 'for'],
  signs: ['&', '+'],
};

export const nameJoiners: ReadonlySet<string> = new Set(Object.values(joiners).flat());
