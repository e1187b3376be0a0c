import type { SeedIndicator, SeedPractice } from '../demo-content.types';

/**
 * Seed 004 — FLGR page of Rodopi Municipality, road map „С мисъл за хората“. The page has no title:
 * the title is derived from the text. Sections are verbatim (only whitespace normalized), including
 * the source's typos ("предостовяне", "по ефективно") and its unbalanced quote in „… 2016 – 2019”.
 */

const people: SeedIndicator['unit'] = { bg: 'лица', en: 'people' };
const hired = (
  bg: string,
  en: string,
  value: string,
  unit: SeedIndicator['unit'] = people,
  period?: string,
): SeedIndicator => ({
  label: { bg, en },
  value,
  unit,
  ...(period ? { period } : {}),
  targetGroup: 'unemployed',
});

const indicators: SeedIndicator[] = [
  {
    label: {
      bg: 'Обслужени потребители – Център за почасово предоставяне на услуги за социално включване, с. Ягодово',
      en: 'Users served – hourly social-inclusion services centre, Yagodovo village',
    },
    value: '124',
    unit: {
      bg: 'потребители (деца и лица с увреждания)',
      en: 'users (children and adults with disabilities)',
    },
    targetGroup: 'people-with-disabilities',
  },
  {
    label: {
      bg: 'Потребители на мобилни услуги – Център за почасови услуги за социално включване',
      en: 'Users of mobile services – centre for hourly social-inclusion services',
    },
    value: '30',
    unit: { bg: 'деца и лица', en: 'children and adults' },
    targetGroup: 'people-with-disabilities',
  },
  hired(
    'Назначени – проект „Обучение и заетост на младите хора“, етапи 2 и 3',
    'Hired – project "Training and Employment of Young People", stages 2 and 3',
    '25',
    { bg: 'души', en: 'people' },
  ),
  hired(
    'Назначени – проект „Нова възможност за младежка заетост“',
    'Hired – project "New Opportunity for Youth Employment"',
    '5',
  ),
  {
    ...hired(
      'Назначени лица с трайни увреждания – НП „Обучение и заетост на хора с трайни увреждания“',
      'People with permanent disabilities hired – national programme "Training and Employment of People with Permanent Disabilities"',
      '3',
    ),
    targetGroup: 'people-with-disabilities',
  },
  hired(
    'Назначени – НП „Активиране на неактивни лица“',
    'Hired – national programme "Activation of Inactive People"',
    '3',
  ),
  hired(
    'Назначени – програма „Старт на кариерата“',
    'Hired – programme "Career Start"',
    '7',
    people,
    '2017–2018',
  ),
  hired(
    'Назначени – Регионална програма за заетост на област Пловдив',
    'Hired – Regional Employment Programme of Plovdiv district',
    '8',
    people,
    '2017–2018',
  ),
  {
    label: {
      bg: 'Деца и лица с осигурена безплатна храна – проект „Осигуряване на топъл обяд“',
      en: 'Children and adults receiving free meals – project "Providing a Hot Lunch"',
    },
    value: '130',
    unit: { bg: 'деца и лица', en: 'children and adults' },
    period: 'април 2018 – април 2019',
    targetGroup: 'people-in-poverty',
  },
  {
    label: {
      bg: 'Преминали до момента потребители – проект „Осигуряване на топъл обяд“',
      en: 'Users served so far – project "Providing a Hot Lunch"',
    },
    value: '187',
    unit: { bg: 'потребители', en: 'users' },
    targetGroup: 'people-in-poverty',
  },
  {
    label: {
      bg: 'Подкрепени приемни семейства – проект „Приеми ме 2015“',
      en: 'Foster families supported – project "Accept Me 2015"',
    },
    value: '4',
    unit: { bg: 'приемни семейства', en: 'foster families' },
    targetGroup: 'families',
  },
  {
    label: {
      bg: 'Деца в риск в приемна грижа – проект „Приеми ме 2015“',
      en: 'Children at risk in foster care – project "Accept Me 2015"',
    },
    value: '4',
    unit: { bg: 'деца', en: 'children' },
    targetGroup: 'children-at-risk',
  },
  {
    label: {
      bg: 'Обслужени потребители – социална услуга „Личен асистент“ (ПМС 332 от 21.12.2017 г.)',
      en: 'Users served – "Personal Assistant" social service (Council of Ministers Decree 332 of 21.12.2017)',
    },
    value: '63',
    unit: { bg: 'потребители', en: 'users' },
    targetGroup: 'people-with-disabilities',
  },
  {
    label: {
      bg: 'Лични асистенти – социална услуга „Личен асистент“',
      en: 'Personal assistants – "Personal Assistant" social service',
    },
    value: '57',
    unit: { bg: 'лични асистенти', en: 'personal assistants' },
  },
  {
    label: {
      bg: 'Обслужвани лица и семейства – Домашен социален патронаж, с. Брестовица',
      en: 'People and families served – home social patronage, Brestovitsa village',
    },
    value: '65',
    unit: { bg: 'лица и семейства', en: 'people and families' },
    targetGroup: 'people-in-poverty',
  },
  {
    label: {
      bg: 'Проведени кръгли маси по закрила на детето',
      en: 'Round tables held on child protection',
    },
    value: '3',
    unit: { bg: 'кръгли маси', en: 'round tables' },
  },
  {
    label: {
      bg: 'Капацитет на планирания Център за социална рехабилитация и интеграция',
      en: 'Capacity of the planned Centre for Social Rehabilitation and Integration',
    },
    value: '40',
    unit: { bg: 'потребители месечно', en: 'users per month' },
  },
  {
    label: {
      bg: 'Подкрепени деца и лица с качествена социална подкрепа или временна заетост',
      en: 'Children and adults receiving quality social support or temporary employment',
    },
    value: '600',
    unit: { bg: 'деца и лица', en: 'children and adults' },
    period: 'първите 2 години (2016–2018)',
  },
];

export const practiceRodopi: SeedPractice = {
  key: 'rodopi-road-map-with-people-in-mind',
  title: {
    bg: 'Пътна карта „С мисъл за хората“ – социална подкрепа и заетост в община Родопи',
    en: 'Road map "With People in Mind" – social support and employment in Rodopi Municipality',
  },
  summary: {
    bg: [
      'В Община Родопи е внедрена Пътна карта „С мисъл за хората”, в рамките на която са реализирани редица инициативи за предостовяне на качествена социална подкрепа или временна заетост.',
      'За първите 2 години след внедряване и работата по Пътната карта резултатите са видими – подкрепени са 600 деца и лица от общината, които получават качествена социална подкрепа или временна заетост.',
    ].join(' '),
    en: [
      'Rodopi Municipality has introduced the road map "With People in Mind", under which a number of initiatives providing quality social support or temporary employment have been carried out.',
      'In the first two years of the road map the results are visible: 600 children and adults from the municipality receive quality social support or temporary employment.',
    ].join(' '),
  },
  background: {
    bg: [
      'В Община Родопи е внедрена Пътна карта „С мисъл за хората”, в рамките на която са реализирани редица инициативи за предостовяне на качествена социална подкрепа или временна заетост.',
      'Практиката се реализира в периода: от 15.08.2016 г. – 15.08.2018 г.',
      'Принципният модел на практиката Пътна карта „С мисъл за хората” – община Родопи 2016 – 2019” се базира на съдържание, прагматично ориентирано към проекти и инициативи с фокус „грижа за хората”. Отправната точка е измерима. Към датата на стартиране на изработване на Пътната карта в общината не функционират никакви социални услуги, освен проектно финансираните „Лични асистенти”.',
      'Целевите групи са: деца и младежи в риск, хора с увреждания; с намалена възможност за социална адаптация, безработни и под прага на бедността.',
    ].join('\n\n'),
  },
  practice: {
    bg: [
      'Към момента в общината се провежда и функционира следното:',
      '1. Изпълнен проект „Център за почасово предоставяне на услуги за социално включване в общността или в домашна среда в община Родопи” – изграден достъпен за хора с увреждания Център в с. Ягодово и закупен специализирано транспортно средство – бус с рампа за инвалидни колички – обслужени са 124 потребители (деца и лица с увреждания).',
      '2. Като местна дейност, финансирана от бюджета на община Родопи функционира „Център за почасови услуги за социално включване” – като се предоставят и иновативни мобилни услуги за достъп до обществени ресурси – до дома на хората осигуряват експерти за рехабилитация, социална работа и психологическа подкрепа и консултиране на 30 деца, лица с различна степен на увреждане и намалена възможност за социална адаптация.',
      '3. Проект „Обучение и заетост на младите хора” етапи 2 и 3 – назначени 25 души.',
      '4. Проект „Нова възможност за младежка заетост” – назначени 5 лица.',
      '5. Национална програма „Обучение и заетост на хора с трайни увреждания” – назначени са 3 лица с трайни увреждания.',
      '6. Национална програма „Активиране на неактивни лица” – назначени са 3 лица.',
      '7. Програма „Старт на кариерата” – назначени са 7 лица през 2017 – 2018 г.',
      '8. Регионална програма за заетост на област Пловдив за 2017 – 2018 г. – назначени 8 лица.',
      '9. Проект „Осигуряване на топъл обяд” – в рамките на април 2018 г. – април 2019 г. ще се осигурява безплатно храна на 130 деца и лица в неравностойно положение, като преминалите до момента потребители са 187.',
      '10. Проект „Приеми ме 2015” – община Родопи е доставчик на социалната услуга като подкрепя и осигурява заетост на 4 приемни семейства, които отглеждат и предоставят високо качествена грижа на 4 деца в риск.',
      '11. Социална услуга „Личен асистент” в рамките на ПМС 332 от 21.12.2017 г. – с натрупване са обслужени 63 потребителя от 57 лични асистенти.',
      '12. Проект „Закупуване на оборудване и обзавеждане за Домашен социален патронаж – с. Брестовица, община Родопи” – проведен текущ ремонт в социалната услуга и закупено ново и функционално оборудване за Домашния социален патронаж. Същото позволява да се работи по ефективно и да се обслужват 65 лица и семейства в неравностойно положение в с. Брестовица. Предприетите действия ще дадат възможност да се разшири дейността и в други населени места от общината.',
      '13. През изминалите години от екипа и от ръководството на общината са инициирани и проведени 3 кръгли маси по тематиката свързана със закрила на детето, включително работа с непридружени деца, отпадащи от училище и други. Участие взимат всички детски градини и основни училища на територията на община Родопи, както и директора на дирекция „Социално подпомагане” (ДСП) Родопи и началника на отдел „Закрила на детето” – Родопи (ОЗД). Инициативите са подкрепени от Регионалния директор на РДСП – Пловдив.',
      '14. Общината е предприела постъпки за разкриване на първата държавно делегирана дейност на Център за социална рехабилитация и интеграция – с капацитет 40 потребителя месечно – има положително становище от МТСП – АСП и след приемане на републиканския бюджет за 2019 г. услугата ще бъде разкрита.',
      'Пътната карта „С мисъл за хората” е съобразена с Общинския план за развитие на община Родопи 2014 – 2020 г., както и с Общинския план за развитие на социалните услуги 2016 – 2020 г.',
    ].join('\n\n'),
  },
  results: {
    bg: [
      'За първите 2 години след внедряване и работата по Пътната карта резултатите са видими – подкрепени са 600 деца и лица от общината, които получават качествена социална подкрепа или временна заетост.',
      'Моделът вече има устойчив характер за община Родопи – като с всяко полугодие на конкретна година се разширяват дейностите по подкрепа на хора в неравностойно положение.',
    ].join('\n\n'),
  },
  periodFrom: '2016-08-15',
  periodTo: '2018-08-15',
  periodPrecision: 'DAY',
  municipalityCodes: ['PDV26'],
  organizationKey: 'municipality-rodopi',
  innovator: 'ros',
  themes: [
    'social-inclusion',
    'employment',
    'disability',
    'community-services',
    'foster-care',
    'child-protection',
  ],
  // „Личен асистент“, „Домашен социален патронаж“, „Център за почасови услуги“ and the planned
  // rehabilitation centre, with consulting at home.
  serviceTypes: [
    'personal-assistance',
    'home-care',
    'hourly-services',
    'therapy-rehabilitation',
    'information-counselling',
  ],
  // "деца и младежи в риск, хора с увреждания; с намалена възможност за социална адаптация,
  // безработни и под прага на бедността" (+ foster families and children with disabilities served).
  targetGroups: [
    'children-at-risk',
    'youth-at-risk',
    'people-with-disabilities',
    'children-with-disabilities',
    'unemployed',
    'people-in-poverty',
    'families',
  ],
  indicators,
  // Seed 003 also runs in Rodopi, but in 2019–2020, by another organization, and this page does not
  // mention it: linking them would be an invention.
  relatedProjectKeys: [],
  adoptions: [],
  status: 'PUBLISHED',
  publishedAt: '2019-03-17T09:00:00+02:00',
  // The page shows "Номинации: 5"; the nominators below are invented for the demo.
  nominations: [
    {
      name: 'Петя Стоянова',
      email: 'petya.stoyanova@example.org',
      reason:
        'За две години общината стигна от нито една социална услуга до цяла мрежа от услуги. Това е пример за малките общини.',
      status: 'APPROVED',
      createdAt: '2019-03-21T11:15:00+02:00',
    },
    {
      name: 'Георги Ангелов',
      email: 'georgi.angelov@example.org',
      reason:
        'Пътната карта свързва социалните услуги със заетостта – хората получават не само помощ, а и работа.',
      status: 'APPROVED',
      createdAt: '2019-04-09T17:40:00+03:00',
    },
    {
      name: 'Мариана Костова',
      email: 'mariana.kostova@example.org',
      reason: 'Мобилните услуги до дома са истинска промяна за семействата на деца с увреждания в селата.',
      status: 'APPROVED',
      createdAt: '2019-06-02T09:30:00+03:00',
    },
    {
      name: 'Николай Димитров',
      email: 'nikolay.dimitrov@example.org',
      reason:
        'Ясни и измерими резултати – 600 подкрепени деца и лица за първите две години. Препоръчвам практиката на съседните общини.',
      status: 'APPROVED',
      createdAt: '2019-10-15T13:05:00+03:00',
    },
    {
      name: 'Радостина Йорданова',
      email: 'radostina.yordanova@example.org',
      reason:
        'Кръглите маси по закрила на детето събраха училищата, детските градини и социалните служби около една маса.',
      status: 'APPROVED',
      createdAt: '2020-01-27T10:50:00+02:00',
    },
    {
      name: 'Любомир Христов',
      email: 'lyubomir.hristov@example.org',
      reason: 'Интересувам се как общината финансира Центъра за почасови услуги от собствения си бюджет.',
      status: 'PENDING',
      createdAt: '2020-09-03T15:25:00+03:00',
    },
    {
      name: 'Бързи Кредити',
      email: 'promo.credit@example.org',
      reason: 'Бърз кредит до 5000 лв. за 15 минути, без поръчители и без документи! Обадете се сега!',
      status: 'SPAM',
      createdAt: '2020-11-11T03:17:00+02:00',
    },
  ],
};
