/**
 * Practices of the search fixture (fixture.ts) about soup kitchens and homelessness. The texts are invented. As in
 * fixture-practices-children.ts, each topic a labelled query asks about is named only in the records
 * that query expects. Keys ending in "-draft" are DRAFT records.
 */
import type { SeedPractice } from '../../seed/demo-content.types';
import { l, practice } from './fixture-helpers';

export const povertyPractices: SeedPractice[] = [
  // Soup kitchens and homelessness
  practice({
    key: 'pr-kitchen-varna',
    title: l('Обществена трапезария „Топъл обяд“ във Варна', 'The Warm Lunch soup kitchen in Varna'),
    summary: l(
      'Всеки делничен ден трапезарията осигурява топъл обяд на 150 души с ниски доходи.',
      'Every weekday the soup kitchen serves a hot lunch to 150 people on low incomes.',
    ),
    background: l('След затварянето на два завода много семейства в квартала останаха без доходи.'),
    practice: l('Храната се приготвя от доброволци, а продуктите се даряват от местни магазини.'),
    results: l(
      'От 2012 г. са раздадени над 300 000 обяда.',
      'More than 300,000 lunches have been served since 2012.',
    ),
    years: [2012],
    places: ['VAR06'],
    org: 'org-podadena-raka',
    themes: ['social-inclusion', 'volunteering'],
    targetGroups: ['people-in-poverty'],
    publishedAt: '2014-10-10T10:00:00+03:00',
  }),
  practice({
    key: 'pr-kitchen-silistra',
    title: l(
      'Храна с доставка за самотни хора в селата на Силистра',
      'Meals delivered to people living alone in the villages of Silistra',
    ),
    summary: l(
      'Обществената трапезария в Силистра разнася обяд до домовете на хора, които не могат да дойдат сами.',
      'The Silistra soup kitchen delivers lunch to the houses of people who cannot come on their own.',
    ),
    background: l('Автобусите до селата са рядко, а много хора са трудно подвижни.'),
    practice: l('Доброволци разнасят храната със собствените си коли.'),
    results: l(
      'Всеки ден се доставят 80 обяда в 12 села.',
      'Eighty lunches are delivered to 12 villages every day.',
    ),
    years: [2017, 2020],
    places: ['SLS31'],
    org: 'org-dobra-volya',
    themes: ['social-inclusion', 'volunteering'],
    targetGroups: ['people-in-poverty', 'vazrastni-hora'],
    publishedAt: '2020-06-30T10:00:00+03:00',
  }),
  practice({
    key: 'pr-shelter-sofia',
    title: l(
      'Нощен приют с консултации за бездомни хора в София',
      'A night shelter with counselling for homeless people in Sofia',
    ),
    summary: l(
      'Приютът предлага легло, баня и храна, а социален работник помага за документи, работа и квартира.',
      'The shelter offers a bed, a shower and food, and a social worker helps with documents, work and rent.',
    ),
    background: l('Зимата на 2012 г. показа, че в града няма достатъчно места за спане на закрито.'),
    practice: l('Приютът е отворен от 18 до 9 часа, а консултациите се провеждат вечер.'),
    results: l(
      'Всяка година 70–80 души преминават от приюта към собствена квартира.',
      'Every year 70–80 people move from the shelter to a rented room.',
    ),
    years: [2013],
    places: ['SOF46'],
    org: 'org-pokriv',
    themes: ['homelessness', 'social-inclusion'],
    targetGroups: ['homeless-people'],
    publishedAt: '2015-12-01T10:00:00+02:00',
  }),
  practice({
    key: 'pr-winter-burgas',
    title: l(
      'Зимна кампания за хората на улицата в Бургас',
      'A winter campaign for rough sleepers in Burgas',
    ),
    summary: l(
      'При студено време екипи обикалят града нощем и предлагат на бездомни хора топла храна, одеяла и място в приют.',
      'In cold weather teams tour the city at night and offer homeless people hot food, blankets and a place in a shelter.',
    ),
    background: l('През зимата на 2017 г. в града загинаха двама души без дом.'),
    practice: l('Гражданите могат да подадат сигнал на телефон, а екипът идва до час.'),
    results: l(
      'Над 200 души бяха настанени временно през зимните месеци.',
      'Over 200 people were given temporary shelter during the winter months.',
    ),
    years: [2017, 2021],
    places: ['BGS04'],
    org: 'org-obshtina-burgas',
    themes: ['homelessness'],
    targetGroups: ['homeless-people'],
    publishedAt: '2021-02-11T10:00:00+02:00',
  }),
];
