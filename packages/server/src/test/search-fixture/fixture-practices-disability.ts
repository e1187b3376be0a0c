/**
 * Practices of the search fixture (fixture.ts) about disability (employment, personal assistance, access), mental health and supported housing. The texts are invented. As in
 * fixture-practices-children.ts, each topic a labelled query asks about is named only in the records
 * that query expects. Keys ending in "-draft" are DRAFT records.
 */
import type { SeedPractice } from '../../seed/demo-content.types';
import { l, practice } from './fixture-helpers';

export const disabilityPractices: SeedPractice[] = [
  // Disability: employment, personal assistance, access
  practice({
    key: 'pr-se-bakery-vratsa',
    title: l('Социална пекарна във Враца', 'A social bakery in Vratsa'),
    summary: l(
      'Социално предприятие, в което хора с увреждания пекат хляб и сладки за училищни столове и кафенета.',
      'A social enterprise where people with disabilities bake bread and pastries for school canteens and cafés.',
    ),
    background: l('Хората с увреждания във Враца почти не намираха работа на свободния пазар.'),
    practice: l('Всеки работник има наставник, а работното време е съобразено с възможностите му.'),
    results: l(
      'Работа имат 14 души, а печалбата покрива заплатите.',
      'Fourteen people have jobs and the profit covers the wages.',
    ),
    years: [2014],
    places: ['VRC10'],
    org: 'org-kosher',
    themes: ['social-enterprise', 'employment', 'disability'],
    targetGroups: ['people-with-disabilities'],
    publishedAt: '2017-05-20T10:00:00+03:00',
  }),
  practice({
    key: 'pr-se-tryavna',
    title: l('Шивашки цех с работни места за хора с увреждания в Трявна'),
    summary: l('Частна фирма пригоди цеха си и назначи работници с увреждания на постоянни договори.'),
    background: l('Фирмата не намираше шивачки, а в града имаше много безработни хора с увреждания.'),
    practice: l(
      'Работните места са пригодени, а Агенцията по заетостта поема част от заплатите през първата година.',
    ),
    results: l('Десет души с увреждания работят във фирмата вече повече от пет години.'),
    years: [2012, 2018],
    places: ['GAB35'],
    org: 'org-trikotazh-tryavna',
    themes: ['employment', 'disability'],
    targetGroups: ['people-with-disabilities', 'unemployed'],
    publishedAt: '2018-08-01T10:00:00+03:00',
  }),
  practice({
    key: 'pr-pa-ruse',
    title: l(
      'Личен асистент по избор на човека с увреждане',
      'A personal assistant chosen by the disabled person',
    ),
    summary: l(
      'Хората с увреждания в Русе сами избират, наемат и обучават своите асистенти.',
      'Disabled people in Ruse choose, hire and train their own assistants.',
    ),
    background: l('Услугите се предоставяха по график на доставчика, а не според живота на хората.'),
    practice: l('Центърът е работодател, а всеки потребител управлява бюджета си за асистенция.'),
    results: l(
      'Над 90 души живеят у дома вместо в специализирана институция.',
      'More than 90 people live at home instead of in an institution.',
    ),
    years: [2008, 2013],
    places: ['RSE27'],
    org: 'org-nezavisim-zhivot',
    themes: ['disability', 'community-services'],
    targetGroups: ['people-with-disabilities'],
    publishedAt: '2013-04-25T10:00:00+03:00',
  }),
  practice({
    key: 'pr-pa-karlovo',
    title: l('Асистентска подкрепа в община Карлово'),
    summary: l('Социални асистенти помагат на хора с тежки увреждания в ежедневието у дома и извън него.'),
    background: l('Много хора от малките населени места не можеха да стигнат до услуги в града.'),
    practice: l('Асистентите работят по график, съгласуван с всеки потребител.'),
    results: l('Услугата ползват 75 души.'),
    years: [2021, 2024],
    places: ['PDV13'],
    org: 'org-obshtina-karlovo',
    themes: ['disability', 'home-care'],
    targetGroups: ['people-with-disabilities'],
    publishedAt: '2024-05-14T10:00:00+03:00',
  }),
  practice({
    key: 'pr-burgas-beach',
    title: l('Достъпен плаж в Бургас', 'An accessible beach in Burgas'),
    summary: l(
      'Рампи, пътеки и специални колички позволяват на хора с увреждания да влизат в морето.',
      'Ramps, walkways and special chairs let disabled people go into the sea.',
    ),
    background: l('Хората в инвалидни колички не можеха да стигнат до водата.'),
    practice: l('Спасителите са обучени да помагат, а съоръженията са безплатни.'),
    results: l(
      'Всяко лято плажа ползват над 1 000 души с увреждания.',
      'Every summer more than 1,000 disabled people use the beach.',
    ),
    years: [2018],
    places: ['BGS04'],
    org: 'org-obshtina-burgas',
    themes: ['disability', 'social-inclusion'],
    targetGroups: ['people-with-disabilities'],
    publishedAt: '2019-08-05T10:00:00+03:00',
  }),
  practice({
    key: 'pr-dimitrovgrad-sport',
    title: l(
      'Адаптивен спорт за хора с увреждания в Димитровград',
      'Adaptive sport for disabled people in Dimitrovgrad',
    ),
    summary: l(
      'Басейн и зала с треньори, обучени да работят с хора в инвалидна количка и с незрящи.',
      'A pool and a gym with coaches trained to work with wheelchair users and blind people.',
    ),
    background: l('Хората с увреждания нямаха достъп до спортните бази в града.'),
    practice: l('Тренировките са три пъти седмично и са безплатни.'),
    results: l(
      'Тренират 45 души, а трима участваха в държавно първенство.',
      'Forty-five people train and three took part in the national championship.',
    ),
    years: [2019, 2022],
    places: ['HKV09'],
    org: 'org-sport-haskovo',
    themes: ['disability', 'social-inclusion'],
    targetGroups: ['people-with-disabilities'],
    publishedAt: '2022-10-12T10:00:00+03:00',
  }),
  practice({
    key: 'pr-chepelare-ski',
    title: l('Ски за незрящи в Чепеларе', 'Skiing for blind people in Chepelare'),
    summary: l(
      'Инструктори водачи карат ски заедно с незрящи и слабовиждащи скиори.',
      'Guide instructors ski together with blind and partially sighted skiers.',
    ),
    background: l('Незрящите рядко имат възможност да спортуват на открито.'),
    practice: l('Всеки скиор има свой водач, който го насочва с гласови команди.'),
    results: l('Всяка зима карат около 40 незрящи скиори.', 'About 40 blind skiers take part every winter.'),
    years: [2016],
    places: ['SML38'],
    org: 'org-srebarni-godini',
    themes: ['disability', 'volunteering'],
    targetGroups: ['people-with-disabilities'],
    publishedAt: '2017-02-20T10:00:00+02:00',
  }),

  // Mental health and supported housing
  practice({
    key: 'pr-mh-stara-zagora',
    title: l('Мобилен екип за психично здраве в общността', 'A mobile community mental health team'),
    summary: l(
      'Психиатър, психолог и социален работник посещават у дома хора с тежки психични разстройства в Стара Загора.',
      'A psychiatrist, a psychologist and a social worker visit people with severe mental disorders at home in Stara Zagora.',
    ),
    background: l('След изписване от болница много пациенти спираха лечението и скоро постъпваха отново.'),
    practice: l(
      'Екипът поддържа връзка с всеки човек поне веднъж седмично и помага с лекарствата, жилището и работата.',
    ),
    results: l('Повторните хоспитализации спаднаха с 40 %.', 'Repeat hospitalizations fell by 40%.'),
    years: [2015, 2018],
    places: ['SZR31'],
    org: 'org-ravnovesie',
    themes: ['mental-health', 'community-services'],
    targetGroups: ['people-with-mental-illness'],
    publishedAt: '2018-12-10T10:00:00+02:00',
  }),
  practice({
    key: 'pr-protected-housing-pleven',
    title: l(
      'Защитено жилище за хора с психични разстройства в Плевен',
      'Supported housing for people with mental disorders in Pleven',
    ),
    summary: l(
      'Шестима души, живели години наред в психиатрична болница, живеят в обикновена къща с подкрепа от екип.',
      'Six people who spent years in a psychiatric hospital live in an ordinary house with support from a team.',
    ),
    background: l(
      'Хората, изписани след дълго лечение, нямаха семейство, което да ги подслони; жилището е първата стъпка към деинституционализация в психичното здраве в областта.',
      'People discharged after long treatment had no family to take them in; the house is the first step towards deinstitutionalization in mental health in the region.',
    ),
    practice: l(
      'Персоналът помага при пазаруване, готвене и лечение, а живеещите сами решават как да прекарват деня.',
    ),
    results: l(
      'Четирима от шестимата вече работят на непълен работен ден.',
      'Four of the six now work part-time.',
    ),
    years: [2016, 2020],
    places: ['PVN24'],
    org: 'org-tochka-opora',
    themes: ['mental-health', 'deinstitutionalization'],
    targetGroups: ['people-with-mental-illness'],
    publishedAt: '2020-12-15T10:00:00+02:00',
  }),
  practice({
    key: 'pr-protected-housing-lovech',
    title: l('Две защитени жилища в Ловеч'),
    summary: l(
      'Младежи с интелектуални затруднения, навършили пълнолетие, живеят в защитени жилища вместо в дом.',
    ),
    background: l('Общината подготви жилищата, когато домът в града беше закрит.'),
    practice: l(
      'Всяко жилище е за осем души, а персоналът ги учи да готвят, да пазаруват и да ползват транспорт.',
    ),
    results: l('Трима от живеещите се преместиха в собствена квартира.'),
    years: [2013, 2016],
    places: ['LOV18'],
    org: 'org-obshtina-lovech',
    themes: ['disability', 'community-services'],
    targetGroups: ['people-with-disabilities'],
    publishedAt: '2016-11-30T10:00:00+02:00',
  }),
  practice({
    key: 'pr-mh-family-kazanlak',
    title: l('Група за подкрепа на близките в Казанлък'),
    summary: l(
      'Семейства на хора с психични заболявания се събират всеки месец с психолог.',
      'Families of people with mental illness meet a psychologist every month.',
    ),
    background: l(
      'Близките носят тежестта на грижата за психичното здраве на своя човек, но рядко получават информация и помощ.',
      "Relatives carry the burden of caring for their loved one's mental health but rarely get information or help.",
    ),
    practice: l('Групата се води от психолог и от майка с дългогодишен опит.'),
    results: l('В групата участват 25 семейства.'),
    years: [2019, 2023],
    places: ['SZR12'],
    org: 'org-ravnovesie',
    themes: ['mental-health'],
    targetGroups: ['families', 'people-with-mental-illness'],
    publishedAt: '2023-06-06T10:00:00+03:00',
  }),
];
