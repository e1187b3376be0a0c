import { EARLY_INTERVENTION, FOSTER_CARE, type LabelledQuery, MENTAL_HEALTH } from './answers';

/** Labelled queries in English, over the records' English texts (answers.ts says how they were labelled). */
export const englishQueries: LabelledQuery[] = [
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
