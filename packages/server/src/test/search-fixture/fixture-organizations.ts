/**
 * Organizations of the search fixture (fixture.ts): municipalities, state bodies, funders, universities,
 * businesses and NGOs. The NGOs, foundations and businesses are invented; municipalities and state
 * bodies are real names, but nothing said of them here is a fact. Descriptions are searched too, so the
 * few that name a topic a labelled query asks about (queries.ts) are counted in that query's answer.
 */
import type { SeedOrganization } from '../../seed/demo-content.types';
import { l, org } from './fixture-helpers';

const municipality = (key: string, bg: string, en: string, place: string, description?: [string, string?]) =>
  org(key, 'MUNICIPALITY', l(bg, en), place, description ? l(...description) : undefined);

const municipalities: SeedOrganization[] = [
  municipality('org-obshtina-plovdiv', 'Община Пловдив', 'Plovdiv Municipality', 'PDV22'),
  municipality('org-obshtina-rodopi', 'Община Родопи', 'Rodopi Municipality', 'PDV26', [
    'Селска община с център в Пловдив, но с 18 населени места и без собствен град.',
    'A rural municipality with 18 villages and no town of its own.',
  ]),
  municipality('org-obshtina-asenovgrad', 'Община Асеновград', 'Asenovgrad Municipality', 'PDV01'),
  municipality('org-obshtina-karlovo', 'Община Карлово', 'Karlovo Municipality', 'PDV13'),
  municipality('org-obshtina-targovishte', 'Община Търговище', 'Targovishte Municipality', 'TGV35'),
  municipality('org-obshtina-popovo', 'Община Попово', 'Popovo Municipality', 'TGV24'),
  municipality('org-obshtina-shumen', 'Община Шумен', 'Shumen Municipality', 'SHU30'),
  municipality('org-obshtina-gabrovo', 'Община Габрово', 'Gabrovo Municipality', 'GAB05'),
  municipality('org-obshtina-smolyan', 'Община Смолян', 'Smolyan Municipality', 'SML31'),
  municipality('org-obshtina-madan', 'Община Мадан', 'Madan Municipality', 'SML16', [
    'Планинска община с много малки и отдалечени села.',
    'A mountain municipality of many small, remote villages.',
  ]),
  municipality('org-obshtina-vratsa', 'Община Враца', 'Vratsa Municipality', 'VRC10'),
  municipality('org-stolichna-obshtina', 'Столична община', 'Sofia Municipality', 'SOF46', [
    'Общината на град София, най-големият доставчик на социални услуги в страната.',
    'The municipality of the city of Sofia, the largest provider of social services in the country.',
  ]),
  municipality('org-obshtina-varna', 'Община Варна', 'Varna Municipality', 'VAR06'),
  municipality('org-obshtina-burgas', 'Община Бургас', 'Burgas Municipality', 'BGS04'),
  municipality('org-obshtina-ruse', 'Община Русе', 'Ruse Municipality', 'RSE27'),
  municipality('org-obshtina-sliven', 'Община Сливен', 'Sliven Municipality', 'SLV20'),
  municipality('org-obshtina-kardzhali', 'Община Кърджали', 'Kardzhali Municipality', 'KRZ16'),
  municipality('org-obshtina-blagoevgrad', 'Община Благоевград', 'Blagoevgrad Municipality', 'BLG03'),
  municipality('org-obshtina-pleven', 'Община Плевен', 'Pleven Municipality', 'PVN24'),
  municipality(
    'org-obshtina-veliko-tarnovo',
    'Община Велико Търново',
    'Veliko Tarnovo Municipality',
    'VTR04',
  ),
  municipality('org-obshtina-lovech', 'Община Ловеч', 'Lovech Municipality', 'LOV18'),
  municipality('org-obshtina-montana', 'Община Монтана', 'Montana Municipality', 'MON29'),
  municipality('org-obshtina-dobrich', 'Община Добрич', 'Dobrich Municipality', 'DOB28'),
  municipality('org-obshtina-stara-zagora', 'Община Стара Загора', 'Stara Zagora Municipality', 'SZR31'),
  municipality('org-obshtina-haskovo', 'Община Хасково', 'Haskovo Municipality', 'HKV34'),
  municipality('org-obshtina-kyustendil', 'Община Кюстендил', 'Kyustendil Municipality', 'KNL29'),
];

// National bodies have no municipality: they work for the whole country, not for Столична община.
const stateBodies: SeedOrganization[] = [
  org(
    'org-asp',
    'PUBLIC_AGENCY',
    l('Агенция за социално подпомагане', 'Social Assistance Agency'),
    undefined,
    l(
      'Държавната агенция, която отпуска социални помощи и чрез дирекциите си по места отговаря за закрилата на детето.',
      'The state agency that grants social benefits and, through its local directorates, is responsible for child protection.',
    ),
  ),
  org('org-azh', 'PUBLIC_AGENCY', l('Агенция по заетостта', 'Employment Agency')),
  org(
    'org-dazd',
    'PUBLIC_AGENCY',
    l('Държавна агенция за закрила на детето', 'State Agency for Child Protection'),
  ),
  org(
    'org-dsp-sliven',
    'PUBLIC_AGENCY',
    l('Дирекция „Социално подпомагане“ – Сливен', 'Social Assistance Directorate – Sliven'),
    'SLV20',
  ),
  org(
    'org-rzi-kardzhali',
    'PUBLIC_AGENCY',
    l('Регионална здравна инспекция – Кърджали', 'Regional Health Inspectorate – Kardzhali'),
    'KRZ16',
  ),
];

const funders: SeedOrganization[] = [
  org('org-esf', 'FUNDER', l('Европейски социален фонд', 'European Social Fund')),
  org(
    'org-swiss',
    'FUNDER',
    l('Българо-швейцарска програма за сътрудничество', 'Swiss-Bulgarian Cooperation Programme'),
  ),
  org('org-eea', 'FUNDER', l('Финансов механизъм на Европейското икономическо пространство', 'EEA Grants')),
  org('org-fsz', 'FUNDER', l('Фонд „Социална закрила“', 'Social Protection Fund')),
  org(
    'org-oprchr',
    'FUNDER',
    l(
      'Оперативна програма „Развитие на човешките ресурси“',
      'Human Resources Development Operational Programme',
    ),
  ),
  org(
    'org-fondacia-zaedno',
    'FOUNDATION',
    l('Фондация „Заедно в общността“', 'Together in the Community Foundation'),
    undefined,
    l('Дарителска фондация, която подкрепя малки местни инициативи с безвъзмездни грантове.'),
  ),
];

const academicAndBusiness: SeedOrganization[] = [
  org(
    'org-ru-ruse',
    'ACADEMIC',
    l('Русенски университет „Ангел Кънчев“', 'University of Ruse Angel Kanchev'),
    'RSE27',
  ),
  org(
    'org-institut-sr',
    'ACADEMIC',
    l('Институт за социална работа и политики', 'Institute for Social Work and Policy'),
    undefined,
    l('Изследвания и оценка на социалните политики и обучение на социални работници.'),
  ),
  org(
    'org-trikotazh-tryavna',
    'BUSINESS',
    l('Трикотаж Трявна ООД', 'Tryavna Knitwear Ltd'),
    'GAB35',
    l('Малка трикотажна фабрика, в която половината работници са хора с увреждания.'),
  ),
  org('org-zhiten-klas', 'BUSINESS', l('Пекарна „Житен клас“ ЕООД', 'Zhiten Klas Bakery Ltd'), 'VRC10'),
];

const ngos: SeedOrganization[] = [
  org(
    'org-svetulka',
    'NGO',
    l('Сдружение „Светулка“', 'Svetulka Association'),
    'SHU30',
    l(
      'Сдружение на родители на деца с увреждания от Шумен, което развива услуги за ранна интервенция.',
      'An association of parents of children with disabilities in Shumen that develops early intervention services.',
    ),
  ),
  org(
    'org-pokriv',
    'FOUNDATION',
    l('Фондация „Покрив“', 'Pokriv Foundation'),
    'SOF46',
    l(
      'Подкрепа за бездомни хора в София: нощен приют, консултации и помощ при търсене на квартира.',
      'Support for homeless people in Sofia: a night shelter, counselling and help in finding a place to rent.',
    ),
  ),
  org(
    'org-podadena-raka',
    'NGO',
    l('Сдружение „Подадена ръка“', 'Helping Hand Association'),
    'VAR06',
    l(
      'Поддържа обществена трапезария и раздава хранителни пакети на нуждаещи се във Варна.',
      'Runs a soup kitchen and hands out food parcels to people in need in Varna.',
    ),
  ),
  org(
    'org-srebarni-godini',
    'NGO',
    l('Сдружение „Сребърни години“', 'Silver Years Association'),
    'SML31',
    l('Клубове по интереси и помощ в дома за възрастни хора от Смолян и околните села.'),
  ),
  org(
    'org-ognishte',
    'FOUNDATION',
    l('Фондация „Огнище“', 'Ognishte Foundation'),
    'BGS04',
    l(
      'Кризисен център и консултации за жени, пострадали от домашно насилие, в Бургас.',
      'A crisis centre and counselling for women who have suffered domestic violence, in Burgas.',
    ),
  ),
  org(
    'org-kosher',
    'NGO',
    l('Сдружение „Кошер“', 'Kosher Association'),
    'VRC10',
    l('Социално предприятие във Враца, което наема хора с увреждания в пекарна и шивашки цех.'),
  ),
  org(
    'org-most-semeystvo',
    'FOUNDATION',
    l('Фондация „Мост към семейството“', 'Bridge to the Family Foundation'),
    'PDV22',
    l(
      'Набира, обучава и подкрепя приемни семейства в Пловдив.',
      'Recruits, trains and supports foster families in Plovdiv.',
    ),
  ),
  org(
    'org-romani-zora',
    'NGO',
    l('Сдружение „Романи зора“', 'Romani Zora Association'),
    'SLV20',
    l(
      'Ромска организация от квартал „Надежда“ в Сливен, която от 2004 г. работи със здравни медиатори.',
      'A Roma organization from the Nadezhda neighbourhood of Sliven that has worked with health mediators since 2004.',
    ),
  ),
  org(
    'org-otvorena-kniga',
    'NGO',
    l('Сдружение „Отворена книга“', 'Open Book Association'),
    'PAZ19',
    l('Образование и грамотност за деца и възрастни от ромската общност в Пазарджик.'),
  ),
  org(
    'org-ravnovesie',
    'NGO',
    l('Сдружение „Равновесие“', 'Ravnovesie Association'),
    'SZR31',
    l(
      'Услуги в общността за хора с проблеми на психичното здраве в Стара Загора.',
      'Community services for people with mental health problems in Stara Zagora.',
    ),
  ),
  org(
    'org-nezavisim-zhivot',
    'NGO',
    l('Център за независим живот – Русе', 'Centre for Independent Living – Ruse'),
    'RSE27',
    l(
      'Организация на хора с увреждания, която обучава лични асистенти и защитава правото на избор.',
      'An organization of disabled people that trains personal assistants and defends the right to choose.',
    ),
  ),
  org(
    'org-pastro-detstvo',
    'FOUNDATION',
    l('Фондация „Пъстро детство“', 'Colourful Childhood Foundation'),
    'VTR04',
    l('Работи за затварянето на институциите и за отглеждането на всяко дете в семейство.'),
  ),
  org(
    'org-milosardie',
    'NGO',
    l('Сдружение „Милосърдие“', 'Milosardie Association'),
    'DOB28',
    l('Помощ в дома и компания за самотни възрастни хора в Добрич.'),
  ),
  org('org-lale', 'NGO', l('Сдружение „Лале“', 'Lale Association'), 'KNL29'),
  org(
    'org-chitalishte-tryavna',
    'NGO',
    l('Народно читалище „Пробуда – 1870“', 'Probuda 1870 Community Centre'),
    'GAB35',
  ),
  org(
    'org-chitalishte-sevlievo',
    'NGO',
    l('Народно читалище „Наука – 1869“', 'Nauka 1869 Community Centre'),
    'GAB29',
  ),
  org(
    'org-mladezhka-platforma',
    'NGO',
    l('Сдружение „Младежка платформа – Монтана“', 'Youth Platform Montana'),
    'MON29',
  ),
  org(
    'org-alternativa-yambol',
    'NGO',
    l('Сдружение „Алтернатива – Ямбол“', 'Alternativa Yambol Association'),
    'JAM26',
    l('Работи с ромски деца и семейства, за да не отпадат децата от клас.'),
  ),
  org(
    'org-kraydunavski',
    'NGO',
    l('Сдружение „Крайдунавски общности“', 'Danube Communities Association'),
    'VID09',
  ),
  org('org-balkanski-izvor', 'NGO', l('Сдружение „Балкански извор“', 'Balkan Spring Association'), 'LOV34'),
  org(
    'org-hospis-vyara',
    'NGO',
    l('Хоспис „Вяра“', 'Vyara Hospice'),
    'BLG03',
    l(
      'Палиативни грижи у дома за неизлечимо болни в Благоевград.',
      'Palliative care at home for the terminally ill in Blagoevgrad.',
    ),
  ),
  org(
    'org-parvite-godini',
    'FOUNDATION',
    l('Фондация „Първите години“', 'First Years Foundation'),
    'BGS04',
    l('Ранно детско развитие: подкрепа за родителите на бебета и малки деца в Бургас.'),
  ),
  org('org-tochka-opora', 'NGO', l('Сдружение „Точка на опора“', 'Point of Support Association'), 'PVN24'),
  org(
    'org-sport-haskovo',
    'NGO',
    l('Сдружение „Спорт за всички – Хасково“', 'Sport for All Haskovo'),
    'HKV34',
  ),
  org(
    'org-autizam-varna',
    'NGO',
    l('Асоциация „Спектър“ – Варна', 'Spectrum Association Varna'),
    'VAR06',
    l('Родители на деца с аутизъм, които заедно търсят терапия и място в училище за децата си.'),
  ),
  org('org-klasna-staya', 'NGO', l('Сдружение „Класна стая“', 'Classroom Association'), 'DOB17'),
  org('org-nashata-ulica', 'NGO', l('Сдружение „Нашата улица“', 'Our Street Association'), 'BLG40'),
  org(
    'org-vtori-shans',
    'FOUNDATION',
    l('Фондация „Втори шанс“', 'Second Chance Foundation'),
    'PER32',
    l(
      'Помага на хора, излезли от затвора, да намерят работа и квартира.',
      'Helps people released from prison to find a job and a place to live.',
    ),
  ),
  org('org-dobra-volya', 'NGO', l('Сдружение „Добра воля“', 'Goodwill Association'), 'SLS31'),
  org('org-stapki', 'NGO', l('Сдружение „Стъпки“', 'Steps Association'), 'RAZ26'),
];

export const fixtureOrganizations: SeedOrganization[] = [
  ...municipalities,
  ...stateBodies,
  ...funders,
  ...academicAndBusiness,
  ...ngos,
];
