import type { SeedProgramme, SeedProject } from '../demo-content.types';

/**
 * Seed 001 — project page of the National Alliance for Volunteer Action (NAVA). Texts are verbatim
 * (only whitespace normalized); the page writes "Хисар" for the municipality officially named Хисаря
 * (PDV37) and uses “…” quotes, both kept. The page gives no period, budget or document URL ("За да
 * свалите пълния текст на документа, моля натиснете тук." has no link in the text), so they are left out.
 * The "ДЕЦАТА" context beyond the intro paragraph and the "УЧАСТИЕ НА ДЕЦАТА, РОДИТЕЛИТЕ И МЕСТНАТА
 * ОБЩНОСТ" paragraph have no field in SeedProject and are not transcribed.
 */

const programme = (bgName: string, enName: string, description: string): SeedProgramme => ({
  name: { bg: bgName, en: enName },
  description: { bg: description },
});

/** The ten programmes of activity 2, in page order; each description is the page's full bullet. */
const programmes: SeedProgramme[] = [
  programme(
    'Първична превенция',
    'Primary prevention',
    'Програма “Първична превенция” включва дейности и услуги за промоция и обучение в семейно планиране и развитие на базови родителски умения.',
  ),
  programme(
    'Семейна подкрепа',
    'Family support',
    'Програма “Семейна подкрепа” развива услуги за семейна подкрепа, с цел превенция на изоставянето.',
  ),
  programme(
    'Алтернативи',
    'Alternatives',
    'Програма “Алтернативи” планира организиране на клубни дейности за ангажиране на свободното време на деца в риск.',
  ),
  programme(
    'Моят избор',
    'My choice',
    'Програма “Моят избор” предвижда развитие на групови форми на работа с деца с отклоняващо се поведение.',
  ),
  programme(
    'Директна работа с деца',
    'Direct work with children',
    'Програма “Директна работа с деца” предоставя услуги за директна работа и консултиране на деца.',
  ),
  programme(
    'Да се върнем в клас',
    'Back to class',
    'Програма “Да се върнем в клас” е насочена към превенция на отпадането от училище, работа с деца, отпаднали и отпадащи от училище и подкрепа на техните семейства.',
  ),
  programme(
    'Аз мога сам',
    'I can do it myself',
    'Програма “Аз мога сам” включва услуги за социална интеграция на деца със специални нужди/ увреждания и заболявания и подкрепа на техните семейства.',
  ),
  programme(
    'Група за подкрепа на родители на деца със специални нужди/ увреждания и заболявания',
    'Support group for parents of children with special needs, disabilities and illnesses',
    'Програма “Група за подкрепа на родители на деца със специални нужди/ увреждания и заболявания” цели изграждане на нови подкрепящи системи за родителите и повишаване на чувствителността и ангажираността на общността по отношение проблемите на семействата на деца със специални нужди/ увреждания и заболявания.',
  ),
  programme(
    'Социални умения',
    'Social skills',
    'Програма “Социални умения” предвижда групова работа с деца и младежи от семейства в неравностойно положение.',
  ),
  programme(
    'Голям брат/ голяма сестра',
    'Big Brother/Big Sister',
    'Програма “Голям брат/ голяма сестра” планира изграждане на двойки от доброволци (голям брат/ голяма сестра) и деца в риск.',
  ),
];

const bullets = (items: string[]): string => items.map((item) => `• ${item}`).join('\n');

/** "ОСНОВНИ ДЕЙНОСТИ ПО ПРОЕКТА" in page order (the page numbers every item "1."). */
const activities: SeedProgramme[] = [
  {
    name: {
      bg: 'Създаване на Центрове за обществена подкрепа в общините Хисар, Кричим и Съединение.',
      en: 'Establishing Community Support Centres in the municipalities of Hisarya, Krichim and Saedinenie.',
    },
  },
  {
    name: {
      bg: 'Изработване на програми за социални услуги за деца и семейства, съобразно местните нужди:',
      en: 'Developing social-service programmes for children and families according to local needs:',
    },
    description: { bg: bullets(programmes.map((p) => p.description?.bg ?? p.name.bg)) },
  },
  {
    name: {
      bg: 'Доставка на социални услуги, базирани в общността за превенция на институционализация на деца в риск и подкрепа на техните семейства.',
      en: 'Delivering community-based social services to prevent the institutionalization of children at risk and to support their families.',
    },
  },
  {
    name: {
      bg: 'Изграждане на модел за подкрепа от Националния Алианс за работа с доброволци към общинските центрове.',
      en: 'Building a model of support from the National Alliance for Volunteer Action to the municipal centres.',
    },
    description: {
      bg: [
        'Националния Алианс за работа с доброволци осигурява подкрепа за:',
        bullets([
          'развитие на екипите на общинските центрове за социални услуги за деца и семейства;',
          'развива методологията на социалните услуги, програмите за социална работа, политиките и процедурите за работа с клиенти;',
          'осигурява мобилни екипи за доставка към клиентите на специализирани услуги;',
          'консултиране за управлението на центровете и гарантиране на тяхната устойчивост.',
        ]),
      ].join('\n'),
    },
  },
  {
    name: {
      bg: 'Развитие на екипите на ЦОП и повишаване капацитета на местната професионална общност за доставка на социални услуги за деца и семейства, базирани в общността.',
      en: 'Developing the Community Support Centre teams and the capacity of the local professional community to deliver community-based social services for children and families.',
    },
  },
  {
    name: {
      bg: 'Изграждане и развитие на партньорски мрежи на общинско и регионално ниво за:',
      en: 'Building and developing partnership networks at municipal and regional level for:',
    },
    description: {
      bg: bullets([
        'Управление на услугите и гарантиране на тяхната устойчивост;',
        'Ефективна работа по случай и изграждане на професионална мрежа за подкрепа на семейството.',
      ]),
    },
  },
  {
    name: {
      bg: 'Мобилизиране на общността и развитие на доброволчески схеми за подкрепа на социалната работа с деца и семейства в общините Хисар, Кричим и Съединение.',
      en: 'Mobilizing the community and developing volunteer schemes to support social work with children and families in Hisarya, Krichim and Saedinenie.',
    },
  },
  {
    name: {
      bg: 'Повишаване на чувствителността и информираността на общностите в общините Хисар, Кричим и Съединение по проблемите на децата и семействата в риск.',
      en: 'Raising the awareness of the communities in Hisarya, Krichim and Saedinenie of the problems of children and families at risk.',
    },
  },
  {
    name: {
      bg: 'Промотиране на проекта на местно, регионално и национално ниво.',
      en: 'Promoting the project at local, regional and national level.',
    },
  },
  {
    name: {
      bg: 'Наблюдение и оценка на дейностите',
      en: 'Monitoring and evaluation of the activities',
    },
  },
];

export const projectHisarya: SeedProject = {
  key: 'hisarya-krichim-saedinenie-social-services',
  title: {
    bg: 'Предоставяне на социални услуги за деца и семейства в общините Хисар, Кричим и Съединение',
    en: 'Provision of social services for children and families in the municipalities of Hisarya, Krichim and Saedinenie',
  },
  summary: {
    bg: 'Проект “Предоставяне на социални услуги за деца и семейства в общините Хисар, Кричим и Съединение” е насочен към защита правото на детето да расте в семейна среда чрез развитие на социални услуги, базирани в общността. Към момента в България все още липсва адекватна подкрепа за децата и семействата в малките населени места, липсват специалисти, няма развити практики и услуги за превенция, подкрепа на семействата и развитие на семейния тип грижа. Децата в риск се настаняват в институции в отдалечени населени места и често тези настанявания се превръщат в трайна институционализация и определят съдбата на детето.',
    en: 'The project "Provision of social services for children and families in the municipalities of Hisarya, Krichim and Saedinenie" protects the right of the child to grow up in a family environment by developing community-based social services. Bulgaria still lacks adequate support for children and families in small settlements: there are no specialists and no established practices or services for prevention, family support and family-type care. Children at risk are placed in institutions in distant settlements, and these placements often turn into long-term institutionalization that determines the child’s fate.',
  },
  generalGoal: {
    bg: 'Превенция на институционализацията на децата в общините Хисар, Кричим и Съединение.',
  },
  specificObjectives: [
    {
      bg: 'Развитие на социални услуги за превенция и на деца в риск и подкрепа на техните семейства в общините Хисар, Кричим и Съединение.',
    },
    {
      bg: 'Развитие на местния капацитет за предоставяне на социални услуги с европейско качество и стандарти в общините Хисар, Кричим и Съединение.',
    },
    {
      bg: 'Повишаване на обществената информираност и чувствителност по проблемите на изоставянето и институционализацията и промотиране на дейностите и услугите по проекта.',
    },
    {
      bg: 'Създаване на модел за подкрепа на местни общински центрове за социални услуги за деца и семейства от Национален Алианс за работа с доброволци.',
    },
  ],
  programmes,
  activities,
  expectedResults: [
    {
      bg: 'Намаляване броя на децата в риск от общините Хисар, Кричим и Съединение и предотвратяване на институционализацията им.',
    },
    {
      bg: 'Развит широк набор от социални услуги за подкрепа на децата в риск и техните семейства и планиране работата по случаите съобразно индивидуалната специфика на случая.',
    },
    {
      bg: 'Достигане на услугите до всички деца и семейства в риск, идентифицирани от службите за закрила в съответната община.',
    },
    {
      bg: 'Идентифициране на децата и семействата, нуждаещи се от подкрепа, извън тези, регистрирани в съответните служби.',
    },
    {
      bg: 'Сформирани и обучени екипи от щатен персонал и доброволци, набрани сред местната общност за директна социална работа с деца и семейства в риск.',
    },
    {
      bg: 'Повишаване капацитета на местната професионална общност за планиране, управление и доставка на социални услуги за деца и семейства.',
    },
    {
      bg: 'Повишаване обществената информираност, чувствителност и ангажираност по проблемите на децата и семействата в риск.',
    },
  ],
  // No period on the page.
  periodPrecision: 'YEAR',
  funderKey: 'eu-phare',
  fundingProgramme: {
    bg: 'ФАР, Деинституционализация посредством предоставяне на услуги в общността за рискови групи',
    en: 'PHARE, Deinstitutionalization through the provision of community-based services for at-risk groups',
  },
  leadOrganizationKey: 'national-alliance-volunteer-action',
  partners: [
    { organizationKey: 'za-nashite-detsa', role: 'PARTNER' },
    { organizationKey: 'municipality-hisarya', role: 'PARTNER' },
    { organizationKey: 'municipality-krichim', role: 'PARTNER' },
    { organizationKey: 'municipality-saedinenie', role: 'PARTNER' },
  ],
  // Хисаря, Кричим, Съединение (codes checked against bg-municipalities.csv).
  municipalityCodes: ['PDV37', 'PDV39', 'PDV33'],
  themes: [
    'deinstitutionalization',
    'child-protection',
    'community-services',
    'volunteering',
    'capacity-building',
    'social-inclusion',
  ],
  targetGroups: [
    'children-at-risk',
    'families',
    'children-with-disabilities',
    'youth-at-risk',
    'municipal-staff',
  ],
  status: 'PUBLISHED',
  documents: [],
  indicators: [],
};
