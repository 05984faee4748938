/**
 * News agencies whose name closes a wire story ("… on Tuesday. - Reuters", "(AFP)"), as they write
 * themselves, by the languages whose press uses them most. Agency names set in capitals ("- UTUSAN",
 * "— BERNAMA") need no entry: a word in capitals after the last full stop is read as a credit anyway.
 */
export const agencies: Readonly<Record<string, readonly string[]>> = {
  intl: ['Reuters', 'AFP', 'AP', 'Associated Press', 'Bloomberg', 'Agencies', 'Agencias', 'Agenturen', 'Agences'],
  de: ['dpa', 'epd', 'KNA', 'APA', 'ddp', 'AFP/dpa', 'dpa/AFP', 'Reuters/dpa'],
  fr: ['Belga', 'ATS', 'AFP/Reuters'],
  es: ['EFE', 'Europa Press', 'Agencias'],
  pt: ['Lusa', 'Agência Brasil', 'Agência Lusa'],
  it: ['ANSA', 'Adnkronos', 'AGI'],
  nl: ['ANP', 'Belga'],
  nordic: ['TT', 'NTB', 'Ritzau', 'STT'],
  pl: ['PAP'],
  cs: ['ČTK'],
  hu: ['MTI'],
  ru: ['ТАСС', 'РИА Новости', 'Интерфакс', 'TASS'],
  tr: ['AA', 'Anadolu', 'DHA', 'İHA'],
  ms: ['Bernama', 'BERNAMA'],
  id: ['Antara', 'ANTARA'],
  in: ['PTI', 'ANI', 'IANS', 'UNI'],
  zh: ['新华社', '中新社', 'Xinhua', 'CNA', '中央社'],
  ja: ['共同', 'Kyodo', '時事'],
  ko: ['Yonhap', '연합뉴스'],
};
