/**
 * Projects of the search fixture (fixture.ts) that the place queries ask about: Plovdiv, Rodopi,
 * Targovishte, Gabrovo. As in fixture-projects-services.ts, the texts are invented and keys ending in
 * "-draft" are DRAFT records.
 */
import type { SeedProject } from '../../seed/demo-content.types';
import { bgn, l, project } from './fixture-helpers';

export const placeProjects: SeedProject[] = [
  project({
    key: 'pj-plovdiv-stolipinovo',
    title: l('Здраве и работа в Столипиново', 'Health and jobs in Stolipinovo'),
    summary: l(
      'Интегрирани услуги в най-големия квартал на Пловдив: консултации за работа, лекар и помощ с документи на едно място.',
      "Integrated services in Plovdiv's largest neighbourhood: job counselling, a doctor and help with documents in one place.",
    ),
    generalGoal: l('Хората от квартала да ползват услуги, без да ходят в пет различни институции.'),
    objectives: [l('Общо гише на общината, бюрото по труда и лекаря в квартала.')],
    results: [l('3 000 посещения годишно.')],
    years: [2017, 2020],
    places: ['PDV22'],
    lead: 'org-obshtina-plovdiv',
    funder: 'org-esf',
    budget: bgn('740000.00'),
    themes: ['social-inclusion', 'employment'],
    targetGroups: ['people-in-poverty', 'roma'],
  }),
  // DRAFT: not public; "Пловдив" must not return it.
  project({
    key: 'pj-plovdiv-draft',
    title: l('Подкрепа за самотни родители в Пловдив'),
    summary: l('Консултации, детегледачи и групи за подкрепа за самотни майки и бащи.'),
    generalGoal: l('Самотните родители да могат да работят и да отглеждат децата си спокойно.'),
    objectives: [l('Група за подкрепа във всеки район на града.')],
    results: [l('300 самотни родители, получили подкрепа.')],
    years: [2026, 2028],
    places: ['PDV22'],
    lead: 'org-obshtina-plovdiv',
    themes: ['child-protection'],
    targetGroups: ['families'],
    status: 'DRAFT',
  }),
  project({
    key: 'pj-rodopi-elderly',
    title: l('Социални услуги за възрастните хора в Родопи'),
    summary: l('Проектът разкрива клубове и услуга за помощ в дома в пет села на общината.'),
    generalGoal: l('Възрастните хора в селата да получават социални услуги там, където живеят.'),
    objectives: [l('Пет клуба в кметствата.'), l('Помощ в дома за 60 души.')],
    results: [l('Постоянни социални услуги в пет села.')],
    years: [2020, 2023],
    places: ['PDV26'],
    lead: 'org-obshtina-rodopi',
    funder: 'org-oprchr',
    budget: bgn('330000.00'),
    themes: ['community-services', 'home-care'],
    targetGroups: ['vazrastni-hora'],
  }),
  project({
    key: 'pj-targovishte-screening',
    title: l('Профилактика за жените в Търговище', 'Screening for women in Targovishte'),
    summary: l(
      'Безплатни профилактични прегледи за жени от бедни семейства и обучение по здравна грамотност.',
      'Free check-ups for women from poor families and health literacy training.',
    ),
    generalGoal: l('Повече жени да се преглеждат навреме.'),
    objectives: [l('Мобилен кабинет в кварталите и селата.')],
    results: [l('1 200 прегледани жени.')],
    years: [2018, 2019],
    places: ['TGV35'],
    lead: 'org-obshtina-targovishte',
    funder: 'org-swiss',
    budget: bgn('120000.00'),
    themes: ['health'],
    targetGroups: ['people-in-poverty'],
  }),
  project({
    key: 'pj-gabrovo-age-friendly',
    title: l('Град, приятел на възрастните', 'An age-friendly town'),
    summary: l(
      'Габрово прави улиците, транспорта и услугите по-удобни за хората над 65 години.',
      'Gabrovo is making its streets, transport and services easier for people over 65.',
    ),
    generalGoal: l('Възрастните хора да остават активни и самостоятелни по-дълго.'),
    objectives: [l('Пейки, рампи и по-дълъг зелен сигнал на светофарите.'), l('Гореща линия за помощ.')],
    results: [l('Градът е член на световната мрежа на градовете, приятели на възрастните.')],
    years: [2019, 2022],
    places: ['GAB05'],
    lead: 'org-obshtina-gabrovo',
    budget: bgn('210000.00'),
    themes: ['civic-participation', 'social-inclusion'],
    targetGroups: ['vazrastni-hora'],
  }),
];
