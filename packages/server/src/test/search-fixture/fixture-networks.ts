/**
 * Partner networks of the search fixture (fixture.ts): invented networks of the fixture's organizations.
 * A network is found by its name and description only (it has no municipality of its own), so the
 * networks named after a topic or a town are counted in that query's answer (queries.ts).
 */
import type { MembershipRole, NetworkScope, SeedNetwork } from '../../seed/demo-content.types';
import { l } from './fixture-helpers';

function network(
  key: string,
  name: SeedNetwork['name'],
  description: SeedNetwork['description'],
  scope: NetworkScope,
  coordinatorKey: string,
  members: string[],
  joinedOn: string,
): SeedNetwork {
  const membership = (organizationKey: string, role: MembershipRole) => ({ organizationKey, role, joinedOn });
  return {
    key,
    name,
    description,
    scope,
    coordinatorKey,
    memberships: [
      membership(coordinatorKey, 'COORDINATOR'),
      ...members.map((organizationKey) => membership(organizationKey, 'MEMBER')),
    ],
  };
}

export const fixtureNetworks: SeedNetwork[] = [
  network(
    'net-foster-north',
    l('Мрежа за приемна грижа – Северна България', 'Foster Care Network – Northern Bulgaria'),
    l(
      'Общини и организации, които заедно набират и обучават приемни семейства и обменят опит в приемната грижа.',
      'Municipalities and organizations that recruit and train foster families together and share experience in foster care.',
    ),
    'REGIONAL',
    'org-obshtina-lovech',
    ['org-obshtina-ruse', 'org-obshtina-pleven', 'org-obshtina-veliko-tarnovo'],
    '2016-03-01',
  ),
  network(
    'net-chitalishta-gabrovo',
    l('Мрежа на читалищата от Габровска област', 'Network of Community Centres of the Gabrovo Region'),
    l('Читалища, които предлагат занимания за самотни хора и деца и обменят добри идеи.'),
    'REGIONAL',
    'org-chitalishte-tryavna',
    ['org-chitalishte-sevlievo'],
    '2015-01-15',
  ),
  network(
    'net-di-coalition',
    l('Коалиция „Детство без институции“', 'Childhood Without Institutions Coalition'),
    l(
      'Организации, които наблюдават деинституционализацията и настояват за повече услуги в семейството.',
      'Organizations that monitor deinstitutionalization and call for more family-based services.',
    ),
    'NATIONAL',
    'org-pastro-detstvo',
    ['org-most-semeystvo', 'org-lale', 'org-stapki'],
    '2011-05-20',
  ),
  network(
    'net-active-ageing',
    l('Мрежа „Активно стареене“', 'Active Ageing Network'),
    l(
      'Клубове и сдружения на пенсионери, които организират общи походи, фестивали и курсове.',
      "Pensioners' clubs and associations that organize joint hikes, festivals and courses.",
    ),
    'NATIONAL',
    'org-milosardie',
    ['org-srebarni-godini', 'org-chitalishte-tryavna'],
    '2014-10-01',
  ),
  network(
    'net-roma-health',
    l(
      'Мрежа на ромските здравни медиатори в Югоизточна България',
      'Network of Roma Health Mediators in South-East Bulgaria',
    ),
    l(
      'Здравни медиатори от Сливен, Ямбол и Бургас, които се обучават заедно и представят общността пред институциите.',
      'Health mediators from Sliven, Yambol and Burgas who train together and represent the community to public bodies.',
    ),
    'REGIONAL',
    'org-alternativa-yambol',
    ['org-romani-zora'],
    '2008-09-01',
  ),
  network(
    'net-social-enterprises',
    l('Мрежа на социалните предприятия', 'Social Enterprise Network'),
    l(
      'Социални предприятия, които наемат хора с увреждания и дълго безработни и продават заедно продуктите си.',
      'Social enterprises employing disabled and long-term unemployed people, which sell their products together.',
    ),
    'NATIONAL',
    'org-zhiten-klas',
    ['org-kosher', 'org-trikotazh-tryavna', 'org-romani-zora'],
    '2017-06-01',
  ),
  network(
    'net-homeless',
    l('Национална мрежа за подкрепа на бездомни хора', 'National Network Supporting Homeless People'),
    l(
      'Приюти, общини и доброволци, които събират данни за бездомността и искат общински жилища за най-бедните.',
      'Shelters, municipalities and volunteers who collect data on homelessness and call for municipal housing for the poorest.',
    ),
    'NATIONAL',
    'org-obshtina-burgas',
    ['org-pokriv', 'org-podadena-raka'],
    '2019-02-01',
  ),
  network(
    'net-ngo-shumen',
    l('Форум на неправителствените организации в Шумен', 'Forum of NGOs in Shumen'),
    l('Местни организации, които заедно участват в обсъжданията на общинските политики.'),
    'MUNICIPAL',
    'org-obshtina-shumen',
    ['org-svetulka'],
    '2012-04-10',
  ),
  network(
    'net-youth-northwest',
    l('Младежка мрежа на Северозапада', 'North-West Youth Network'),
    l(
      'Младежки организации от Видин, Монтана и Враца, които организират общи обмени и обучения.',
      'Youth organizations from Vidin, Montana and Vratsa that organize joint exchanges and training.',
    ),
    'REGIONAL',
    'org-mladezhka-platforma',
    ['org-kraydunavski', 'org-kosher'],
    '2018-11-01',
  ),
  network(
    'net-against-violence',
    l('Алианс срещу домашното насилие', 'Alliance against Domestic Violence'),
    l(
      'Кризисни центрове и консултативни служби, които поддържат обща гореща линия и застъпничество.',
      'Crisis centres and counselling services that run a shared hotline and advocacy.',
    ),
    'NATIONAL',
    'org-ognishte',
    ['org-obshtina-stara-zagora', 'org-obshtina-pleven'],
    '2013-11-25',
  ),
  network(
    'net-community-mh',
    l('Мрежа за психиатрична грижа в общността', 'Community Psychiatric Care Network'),
    l(
      'Организации, които развиват мобилни екипи и защитени жилища като алтернатива на психиатричните болници.',
      'Organizations developing mobile teams and supported housing as an alternative to psychiatric hospitals.',
    ),
    'NATIONAL',
    'org-ravnovesie',
    ['org-tochka-opora', 'org-lale'],
    '2016-10-10',
  ),
  network(
    'net-independent-living',
    l('Коалиция за лична помощ', 'Personal Assistance Coalition'),
    l('Организации на хора с увреждания, които настояват всеки сам да избира кой да му помага.'),
    'NATIONAL',
    'org-institut-sr',
    ['org-nezavisim-zhivot', 'org-kosher'],
    '2009-06-01',
  ),
  network(
    'net-danube-municipalities',
    l('Партньорство на крайдунавските общини', 'Partnership of Danube Municipalities'),
    l('Общини по Дунав, които заедно планират социални услуги за обезлюдяващите се села.'),
    'REGIONAL',
    'org-obshtina-ruse',
    ['org-kraydunavski', 'org-dobra-volya'],
    '2020-01-20',
  ),
  network(
    'net-early-childhood',
    l('Мрежа за ранно детско развитие', 'Early Childhood Development Network'),
    l(
      'Организации, които работят с бебета, малки деца и техните родители.',
      'Organizations working with babies, young children and their parents.',
    ),
    'NATIONAL',
    'org-parvite-godini',
    ['org-svetulka', 'org-obshtina-gabrovo'],
    '2018-05-15',
  ),
  network(
    'net-rodopi-partnership',
    l('Партньорство за социално включване в Родопи', 'Partnership for Social Inclusion in Rodopi'),
    l(
      'Общината, кметствата и местните сдружения, които заедно планират социалните услуги в селата на община Родопи.',
      'The municipality, the village mayors and local associations planning social services in the villages of Rodopi municipality together.',
    ),
    'MUNICIPAL',
    'org-obshtina-rodopi',
    [],
    '2021-09-01',
  ),
];
