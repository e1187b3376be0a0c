import { type LabelledQuery, PLOVDIV, RODOPI, TARGOVISHTE } from './answers';

/** Labelled queries by place and by organization name (answers.ts says how they were labelled). */
export const placeQueries: LabelledQuery[] = [
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
];
