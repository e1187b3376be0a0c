/**
 * Labelled queries over the search fixture (fixture.ts), for the relevance test of issue 11: recall@10
 * (share of `expect` among the first 10 results) and precision@5 (share of the first min(5, |expect|)
 * results that are in `expect`), as the public sees them.
 *
 * `expect` lists every published record that truly matches the query — under the engine's rules: all
 * query words must match (stop words left out) after folding Cyrillic and Latin to one skeleton and light
 * stemming, one typo allowed in a word of five letters or more; a record is searched by its title or name,
 * its summary and long texts, its organization's name (practices, projects: the lead organization) and
 * the Bulgarian names of its municipalities; English queries (locale 'en') by its English texts.
 * The labels were checked against the fixture with bulgarianTerms (src/common/search-text.ts): each
 * query's terms occur in exactly the records listed (and in no other published record).
 */

export interface LabelledQuery {
  query: string;
  locale?: 'bg' | 'en';
  /** Keys of all published fixture records a person would expect in the first ten results. */
  expect: string[];
  /** What the query exercises. */
  note: string;
}

/** The DRAFT records of the fixture: some match the queries below, and the public must never see them. */
export const DRAFT_KEYS: string[] = [
  'pr-ei-burgas-draft',
  'pr-foster-dobrich-draft',
  'pj-homeless-varna-draft',
  'pj-plovdiv-draft',
  'pj-shumen-foster-draft',
];

const EARLY_INTERVENTION = ['pr-ei-shumen', 'pr-ei-gabrovo', 'pj-ei-vratsa', 'org-svetulka'];
const FOSTER_CARE = [
  'pr-foster-plovdiv',
  'pr-foster-sliven-babies',
  'pr-foster-ruse-club',
  'pj-foster-lovech',
  'net-foster-north',
];
const PATRONAGE = ['pr-patronazh-madan', 'pr-patronazh-vidin', 'pj-patronazh-troyan'];
const CHILDREN_WITH_DISABILITIES = [
  'pr-ei-shumen',
  'org-svetulka',
  'pr-svetulka-parents',
  'pr-dc-disab-plovdiv',
  'pr-inclusive-varna',
  'pj-rehab-kardzhali',
];
const PLOVDIV = [
  'org-obshtina-plovdiv',
  'org-obshtina-rodopi',
  'org-most-semeystvo',
  'pr-foster-plovdiv',
  'pr-dc-disab-plovdiv',
  'pj-plovdiv-stolipinovo',
];
const RODOPI = [
  'org-obshtina-rodopi',
  'pr-rodopi-mobile',
  'pr-rodopi-youth',
  'pj-rodopi-elderly',
  'net-rodopi-partnership',
];
const TARGOVISHTE = [
  'org-obshtina-targovishte',
  'pr-targovishte-cop',
  'pr-targovishte-volunteers',
  'pj-targovishte-screening',
];
const SOUP_KITCHENS = ['pr-kitchen-varna', 'pr-kitchen-silistra', 'pj-kitchen-montana', 'org-podadena-raka'];
const SOCIAL_ENTERPRISE = ['org-kosher', 'pr-se-bakery-vratsa', 'pj-se-sliven', 'net-social-enterprises'];
const PERSONAL_ASSISTANT = ['pr-pa-ruse', 'org-nezavisim-zhivot', 'pj-personal-assistance'];
const DEINSTITUTIONALIZATION = [
  'pr-di-tarnovo',
  'pr-cnst-shumen',
  'pr-protected-housing-pleven',
  'pj-di-national',
  'net-di-coalition',
];
const MENTAL_HEALTH = [
  'pr-mh-stara-zagora',
  'org-ravnovesie',
  'pr-protected-housing-pleven',
  'pr-mh-family-kazanlak',
  'pj-mh-youth-kyustendil',
  'pj-mh-stigma',
];

export const labelledQueries: LabelledQuery[] = [
  // Topics, Cyrillic
  { query: 'ранна интервенция', expect: EARLY_INTERVENTION, note: 'Cyrillic phrase; a draft also matches' },
  { query: 'приемна грижа', expect: FOSTER_CARE, note: 'Cyrillic phrase; two drafts also match' },
  {
    query: 'приемни родители',
    expect: ['pr-foster-plovdiv', 'pr-foster-ruse-club'],
    note: 'word forms (приемните родители, приемен родител); other foster records have no родител',
  },
  { query: 'патронажна грижа', expect: PATRONAGE, note: 'Cyrillic phrase; патронажни сестри is a word form' },
  {
    query: 'домашни помощници',
    expect: ['pr-helpers-dobrich', 'pr-helpers-kyustendil', 'pj-helpers-smolyan'],
    note: 'plural query, singular title (домашен помощник); "помощник" alone occurs elsewhere',
  },
  {
    query: 'деца с увреждане',
    expect: CHILDREN_WITH_DISABILITIES,
    note: 'word forms (децата, детето, увреждания) and a stop word; drafts also match',
  },
  {
    query: 'дневен център за възрастни хора',
    expect: ['pr-dc-elderly-haskovo', 'pr-dc-dementia-blagoevgrad'],
    note: 'multi-word with a stop word; other day centres are for children, adults with disabilities or the homeless',
  },
  {
    query: 'обществена трапезария',
    expect: SOUP_KITCHENS,
    note: 'Cyrillic phrase; трапезарията, обществената are word forms',
  },
  {
    query: 'бездомни хора',
    expect: ['org-pokriv', 'pr-shelter-sofia', 'pr-winter-burgas', 'pj-housing-first-sofia', 'net-homeless'],
    note: 'Cyrillic phrase; a draft also matches',
  },
  {
    query: 'социално предприятие',
    expect: SOCIAL_ENTERPRISE,
    note: 'singular query, plural in the network name',
  },
  {
    query: 'здравни медиатори',
    expect: ['pr-mediators-sliven', 'pr-mediators-kardzhali', 'org-romani-zora', 'net-roma-health'],
    note: 'plural query, singular title (здравен медиатор); образователни медиатори must not match',
  },
  {
    query: 'психично здраве',
    expect: MENTAL_HEALTH,
    note: 'word forms (психичното здраве); the network "за психиатрична грижа" must not match',
  },
  {
    query: 'защитено жилище',
    expect: ['pr-protected-housing-pleven', 'pr-protected-housing-lovech', 'net-community-mh'],
    note: 'singular query, plural texts (защитени жилища)',
  },
  {
    query: 'личен асистент',
    expect: PERSONAL_ASSISTANT,
    note: 'word forms (лични асистенти); асистентска подкрепа without личен must not match',
  },
  {
    query: 'деинституционализация',
    expect: DEINSTITUTIONALIZATION,
    note: 'one long word, with its article form',
  },
  {
    query: 'семеен тип',
    expect: ['pr-cnst-shumen', 'pr-cnst-montana'],
    note: 'two-word phrase (центрове за настаняване от семеен тип)',
  },
  {
    query: 'ранно напускане на училище',
    expect: ['pr-esl-yambol', 'pr-esl-razgrad', 'pj-esl-kavarna'],
    note: 'multi-word with a stop word; ранното is a word form',
  },
  {
    query: 'детските градини',
    expect: ['pr-popovo-kindergarten', 'pr-inclusive-varna'],
    note: 'word forms: детска градина, градините',
  },
  {
    query: 'домашно насилие',
    expect: [
      'org-ognishte',
      'pr-dv-burgas',
      'pr-dv-stara-zagora',
      'pj-crisis-pleven',
      'pj-dv-burgas-training',
      'net-against-violence',
    ],
    note: 'Cyrillic phrase; домашното насилие is a word form',
  },
  {
    query: 'кризисен център',
    expect: ['org-ognishte', 'pr-dv-burgas', 'pj-crisis-pleven', 'net-against-violence'],
    note: 'word forms (кризисни центрове)',
  },
  {
    query: 'възрастни хора с деменция',
    expect: ['pr-dc-dementia-blagoevgrad'],
    note: 'multi-word with a stop word, one record',
  },
  {
    query: 'хоспис',
    expect: ['org-hospis-vyara', 'pr-hospice-blagoevgrad'],
    note: 'short word, article form хосписът',
  },
  { query: 'бежанци', expect: ['pr-harmanli-refugees'], note: 'a word found in one record only' },
  { query: 'трапезарията', expect: SOUP_KITCHENS, note: 'definite article in the query' },
  {
    query: 'за децата и семействата в Търговище',
    expect: ['pr-targovishte-cop'],
    note: 'stop words (за, и, в) and word forms with a municipality',
  },

  // Latin: the Transliteration Act and informal spellings
  {
    query: 'ranna interventsiya',
    expect: EARLY_INTERVENTION,
    note: 'Latin by the Transliteration Act',
  },
  {
    query: 'detsa s uvrezhdaniya',
    expect: CHILDREN_WITH_DISABILITIES,
    note: 'Latin by the Act, plural form',
  },
  {
    query: 'obshtestvena trapezariq',
    expect: SOUP_KITCHENS,
    note: 'informal Latin: q for я',
  },
  {
    query: 'socialno predpriyatie',
    expect: SOCIAL_ENTERPRISE,
    note: 'informal Latin: c for ц',
  },
  { query: 'lichni asistenti', expect: PERSONAL_ASSISTANT, note: 'Latin, plural form' },
  { query: 'deinstitutsionalizatsiya', expect: DEINSTITUTIONALIZATION, note: 'Latin by the Act, long word' },
  {
    query: '4italishte',
    expect: [
      'org-chitalishte-tryavna',
      'org-chitalishte-sevlievo',
      'pr-chitalishte-tryavna',
      'pr-chitalishte-sevlievo',
      'net-chitalishta-gabrovo',
    ],
    note: 'informal Latin: 4 for ч, sht for щ; names and texts (читалището, читалищата)',
  },
  {
    query: 'detska qsla',
    expect: ['pr-nursery-burgas', 'pj-nursery-sofia'],
    note: 'informal Latin: q for я; детските ясли is a word form',
  },
  {
    query: 'romi obrazovanie',
    expect: ['org-otvorena-kniga', 'pr-roma-literacy-pazardzhik', 'pj-edu-mediators-yambol'],
    note: 'Latin multi-word; ромски/ромската are word forms of роми',
  },
  {
    query: 'sotsialni uslugi Rodopi',
    expect: ['pr-rodopi-mobile', 'pj-rodopi-elderly', 'net-rodopi-partnership'],
    note: 'Latin multi-word with a municipality',
  },

  // Typos (one letter in a word of five or more)
  { query: 'интервеция', expect: EARLY_INTERVENTION, note: 'typo: a missing letter' },
  { query: 'patronazna grizha', expect: PATRONAGE, note: 'informal z for ж: one letter off the skeleton' },
  {
    query: 'деинституционализаця',
    expect: DEINSTITUTIONALIZATION,
    note: 'typo: a missing letter in a long word',
  },
  { query: 'пловдв', expect: PLOVDIV, note: 'typo in a municipality name' },
  { query: 'turgovishte', expect: TARGOVISHTE, note: 'informal u for ъ: one letter off the skeleton' },

  // Municipalities (by the record's municipality, by an organization's name, or named in the text)
  {
    query: 'Пловдив',
    expect: PLOVDIV,
    note: 'municipality PDV22, organizations named after it, and Община Родопи whose description names Пловдив; a draft also matches',
  },
  { query: 'Родопи', expect: RODOPI, note: 'municipality PDV26 and the network named after it' },
  { query: 'rodopi', expect: RODOPI, note: 'Latin municipality name' },
  {
    query: 'targoviste',
    expect: TARGOVISHTE,
    note: 'informal Latin (st for щ); Попово, in the same district, is not expected',
  },
  {
    query: '6umen',
    expect: [
      'org-obshtina-shumen',
      'org-svetulka',
      'pr-ei-shumen',
      'pr-svetulka-parents',
      'pr-cnst-shumen',
      'net-ngo-shumen',
    ],
    note: 'informal Latin: 6 for ш; a draft also matches',
  },
  {
    query: 'smolyan',
    expect: [
      'org-obshtina-smolyan',
      'org-srebarni-godini',
      'pr-clubs-smolyan',
      'pr-smolyan-youth-exchange',
      'pj-helpers-smolyan',
    ],
    note: 'Latin municipality name; Мадан and Чепеларе (same district) are not expected',
  },
  {
    query: 'възрастните хора Смолян',
    expect: ['org-srebarni-godini', 'pr-clubs-smolyan', 'pj-helpers-smolyan'],
    note: 'word form (възрастните) with a municipality; the youth exchange in Смолян has "младите хора" only',
  },
  {
    query: 'stara zagora',
    expect: [
      'org-obshtina-stara-zagora',
      'org-ravnovesie',
      'pr-mh-stara-zagora',
      'pr-dv-stara-zagora',
      'pj-mh-stigma',
    ],
    note: 'two-word municipality name in Latin; Нова Загора must not match',
  },
  {
    query: 'veliko tarnovo',
    expect: [
      'org-obshtina-veliko-tarnovo',
      'org-pastro-detstvo',
      'pr-di-tarnovo',
      'pj-tarnovo-family-centre',
      'pj-long-term-unemployed',
    ],
    note: 'two-word municipality name in Latin; one project covers three municipalities',
  },
  {
    query: 'sofiya',
    expect: [
      'org-stolichna-obshtina',
      'org-pokriv',
      'pr-shelter-sofia',
      'pj-housing-first-sofia',
      'pj-nursery-sofia',
    ],
    note: 'informal Latin (iya for word-final ия); the municipality is Столична, so only texts naming София match',
  },
  {
    query: 'gabrovo',
    expect: [
      'org-obshtina-gabrovo',
      'pr-ei-gabrovo',
      'pr-gabrovo-digital',
      'pj-gabrovo-age-friendly',
      'net-chitalishta-gabrovo',
    ],
    note: 'Latin municipality name; the network names Габровска област',
  },

  // Organizations by name, with their practices and projects
  {
    query: 'Светулка',
    expect: ['org-svetulka', 'pr-ei-shumen', 'pr-svetulka-parents'],
    note: 'organization name: the organization and its practices',
  },
  {
    query: 'svetulka',
    expect: ['org-svetulka', 'pr-ei-shumen', 'pr-svetulka-parents'],
    note: 'organization name in Latin',
  },
  {
    query: 'Фондация Покрив',
    expect: ['org-pokriv', 'pr-shelter-sofia', 'pj-housing-first-sofia'],
    note: 'organization name with its kind; "покрива" (covers) in another record lacks фондация',
  },
  {
    query: 'Сребърни години',
    expect: ['org-srebarni-godini', 'pr-clubs-smolyan', 'pr-chepelare-ski', 'pj-helpers-smolyan'],
    note: 'organization name: practices and a project, one of them outside Смолян',
  },
  {
    query: 'Агенция за социално подпомагане',
    expect: ['org-asp', 'pj-personal-assistance'],
    note: 'state agency and the project it leads; Дирекция „Социално подпомагане“ must not match',
  },
  {
    query: 'Център за независим живот',
    expect: ['org-nezavisim-zhivot', 'pr-pa-ruse'],
    note: 'organization name with a stop word',
  },
  {
    query: 'Романи зора',
    expect: ['org-romani-zora', 'pr-mediators-sliven', 'pj-se-sliven'],
    note: 'organization name: a practice and a project it leads',
  },
  {
    query: 'Сдружение Кошер',
    expect: ['org-kosher', 'pr-se-bakery-vratsa'],
    note: 'organization name with its kind',
  },

  // English
  { query: 'foster care', locale: 'en', expect: FOSTER_CARE, note: 'English texts' },
  {
    query: 'elderly home care',
    locale: 'en',
    expect: ['pr-patronazh-madan', 'pr-patronazh-vidin', 'pr-helpers-dobrich', 'pr-homecare-pleven'],
    note: 'English, three words; other English texts have only one or two of them',
  },
  {
    query: 'soup kitchen',
    locale: 'en',
    expect: ['pr-kitchen-varna', 'pr-kitchen-silistra', 'org-podadena-raka'],
    note: 'English; the Montana project has no English text',
  },
  {
    query: 'homeless',
    locale: 'en',
    expect: ['org-pokriv', 'pr-shelter-sofia', 'pr-winter-burgas', 'pj-housing-first-sofia', 'net-homeless'],
    note: 'English',
  },
  { query: 'mental health', locale: 'en', expect: MENTAL_HEALTH, note: 'English' },
  {
    query: 'Roma health mediators',
    locale: 'en',
    expect: ['pr-mediators-sliven', 'org-romani-zora', 'net-roma-health'],
    note: 'English, three words; the Kardzhali mediators are not Roma',
  },
  {
    query: 'early intervention',
    locale: 'en',
    expect: EARLY_INTERVENTION,
    note: 'English',
  },
  {
    query: 'palliative care',
    locale: 'en',
    expect: ['org-hospis-vyara', 'pr-hospice-blagoevgrad'],
    note: 'English',
  },
];
