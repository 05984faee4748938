/**
 * Countries and the states and provinces news datelines name after a city ("BAAR, SWITZERLAND",
 * "Austin, Texas", "Toronto, Ont."), in English and in their own languages. A credit whose last part
 * is one of these is a dateline, never an author (src/metadata/credit/credit.ts). Lower case.
 */
export const countries: readonly string[] = [
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahamas',
  'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan', 'bolivia', 'bosnia and herzegovina', 'botswana',
  'brazil', 'brunei', 'bulgaria', 'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'cape verde', 'chad', 'chile', 'china',
  'colombia', 'comoros', 'congo', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'djibouti',
  'dominica', 'dominican republic', 'ecuador', 'egypt', 'el salvador', 'eritrea', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland',
  'france', 'gabon', 'gambia', 'georgia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana', 'haiti', 'honduras',
  'hong kong', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'ivory coast', 'jamaica',
  'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya',
  'liechtenstein', 'lithuania', 'luxembourg', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius',
  'mexico', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nepal', 'netherlands',
  'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'palestine', 'panama',
  'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'puerto rico', 'qatar', 'romania', 'russia', 'rwanda',
  'saudi arabia', 'senegal', 'serbia', 'sierra leone', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea',
  'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania',
  'thailand', 'togo', 'trinidad and tobago', 'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'uganda', 'ukraine', 'united arab emirates',
  'uae', 'united kingdom', 'uk', 'u.k.', 'england', 'scotland', 'wales', 'northern ireland', 'united states', 'usa', 'u.s.', 'u.s.a.',
  'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe',
  // In their own languages (and the neighbours' press).
  'deutschland', 'österreich', 'schweiz', 'suisse', 'svizzera', 'españa', 'méxico', 'brasil', 'perú', 'italia', 'nederland', 'belgië',
  'belgique', 'sverige', 'norge', 'danmark', 'suomi', 'polska', 'česko', 'slovensko', 'magyarország', 'românia', 'ελλάδα', 'россия',
  'україна', 'türkiye cumhuriyeti', 'frankreich', 'francia', 'estados unidos', 'eeuu', 'ee.uu.', 'états-unis', 'vereinigte staaten',
  'stati uniti', 'reino unido', 'royaume-uni', 'großbritannien', 'regno unito', 'alemania', 'allemagne', 'germania', 'chine', '中国',
  '日本', '한국', '대한민국', 'indonesia raya', 'việt nam', 'ประเทศไทย', 'مصر', 'السعودية', 'الإمارات', 'ישראל',
];

export const regions: readonly string[] = [
  // US states, and the Associated Press's abbreviations of them.
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'd.c.', 'district of columbia',
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.', 'la.', 'md.', 'mass.',
  'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.', 'pa.',
  'r.i.', 's.c.', 's.d.', 'tenn.', 'vt.', 'va.', 'wash.', 'w.va.', 'wis.', 'wyo.',
  // Canadian provinces, Australian states.
  'ontario', 'ont.', 'quebec', 'québec', 'que.', 'british columbia', 'b.c.', 'alberta', 'alta.', 'manitoba', 'man.', 'saskatchewan',
  'sask.', 'nova scotia', 'n.s.', 'new brunswick', 'n.b.', 'newfoundland', 'new south wales', 'nsw', 'victoria', 'queensland',
  'tasmania', 'western australia',
];

/**
 * Cities of two words or more that datelines open with ("San Francisco, January 18, 2019"): read as
 * a name, they would be a writer. One-word cities are no name to the credit reader already.
 */
export const cities: readonly string[] = [
  'new york', 'new york city', 'los angeles', 'san francisco', 'san diego', 'san jose', 'san antonio', 'las vegas', 'new orleans',
  'salt lake city', 'kansas city', 'oklahoma city', 'st. louis', 'saint louis', 'st. paul', 'el paso', 'fort worth', 'santa clara',
  'santa monica', 'santa barbara', 'palo alto', 'mountain view', 'redwood city', 'menlo park', 'des moines', 'baton rouge', 'sioux falls',
  'jersey city', 'long beach', 'virginia beach', 'colorado springs', 'grand rapids', 'ann arbor', 'new haven', 'little rock',
  'new delhi', 'hong kong', 'buenos aires', 'rio de janeiro', 'são paulo', 'sao paulo', 'mexico city', 'ciudad de méxico',
  'kuala lumpur', 'tel aviv', 'cape town', 'abu dhabi', 'ho chi minh city', 'phnom penh', 'addis ababa', 'dar es salaam', 'la paz',
  'santo domingo', 'san juan', 'panama city', 'quebec city', 'frankfurt am main', 'den haag', 'the hague', 'hong kong sar',
  'port louis', 'port moresby', 'kuwait city', 'guatemala city', 'san salvador', 'santiago de chile', 'belo horizonte', 'porto alegre',
];
