import {
  CHILDREN_WITH_DISABILITIES,
  DEINSTITUTIONALIZATION,
  EARLY_INTERVENTION,
  FOSTER_CARE,
  type LabelledQuery,
  MENTAL_HEALTH,
  PATRONAGE,
  PERSONAL_ASSISTANT,
  PLOVDIV,
  SOCIAL_ENTERPRISE,
  SOUP_KITCHENS,
  TARGOVISHTE,
} from './answers';

/** Labelled queries by topic: Cyrillic, Latin spellings and typos (answers.ts says how they were labelled). */
export const topicQueries: LabelledQuery[] = [
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
];
