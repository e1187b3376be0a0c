/**
 * Practices of the search fixture (fixture.ts) about children in care: early intervention, foster
 * care, children with disabilities and deinstitutionalization. The texts are invented. Each topic a
 * labelled query asks about (queries.ts) — ранна интервенция, приемна грижа, деинституционализация…
 * — is named only in the records that query expects, so keep a topic's words out of other records
 * when editing (the scratch check in the report lists each query's matching records).
 * Keys ending in "-draft" are DRAFT records.
 */
import type { SeedPractice } from '../../seed/demo-content.types';
import { l, practice } from './fixture-helpers';

export const childrenPractices: SeedPractice[] = [
  // Early intervention (ранна интервенция)
  practice({
    key: 'pr-ei-shumen',
    title: l('Мобилен екип за ранна интервенция в Шумен', 'A mobile early intervention team in Shumen'),
    summary: l(
      'Логопед, психолог и рехабилитатор посещават у дома семействата на деца с увреждания до тригодишна възраст.',
      'A speech therapist, a psychologist and a physiotherapist visit the families of children with disabilities under three at home.',
    ),
    background: l('Родителите научаваха за увреждането на детето в болницата и след това оставаха сами.'),
    practice: l(
      'Екипът работи по индивидуален план с всяко семейство, а родителите се учат да продължават упражненията в ежедневието.',
    ),
    results: l(
      'Между 2016 и 2019 г. подкрепа получиха 74 деца; никое от тях не беше настанено в институция.',
      'Between 2016 and 2019, 74 children received support; none of them was placed in an institution.',
    ),
    years: [2016, 2019],
    places: ['SHU30'],
    org: 'org-svetulka',
    themes: ['early-intervention', 'disability'],
    targetGroups: ['children-with-disabilities', 'families'],
    publishedAt: '2019-06-12T10:00:00+03:00',
  }),
  practice({
    key: 'pr-ei-gabrovo',
    title: l(
      'Ранна интервенция при деца с нарушения в развитието в Габрово',
      'Early intervention for children with developmental delays in Gabrovo',
    ),
    summary: l(
      'Общинска услуга за бебета и малки деца със забавено развитие и за техните родители.',
      'A municipal service for babies and toddlers with delayed development and for their parents.',
    ),
    background: l('Педиатрите в Габрово насочваха родителите към специалисти в други градове.'),
    practice: l(
      'Консултации в центъра и у дома, групи за родители и редовен обмен на информация с общопрактикуващите лекари.',
    ),
    results: l('Услугата обхвана 52 деца за три години и стана част от общинската стратегия.'),
    years: [2017, 2020],
    places: ['GAB05'],
    org: 'org-obshtina-gabrovo',
    themes: ['early-intervention', 'community-services'],
    targetGroups: ['children-at-risk', 'families'],
    publishedAt: '2020-03-02T09:30:00+02:00',
  }),
  // DRAFT: not public; the early intervention, Бургас and "деца с увреждане" queries must not return it.
  practice({
    key: 'pr-ei-burgas-draft',
    title: l('Ранна интервенция още в родилното отделение'),
    summary: l('Психолог от фондацията среща родителите на новородени деца с увреждания още в болницата.'),
    background: l('Първите седмици след раждането често решават дали детето ще остане в семейството.'),
    practice: l('Психологът посещава семейството и го свързва с екипите за ранна интервенция в Бургас.'),
    results: l('Практиката е в подготовка и още не е оценена.'),
    years: [2025],
    places: ['BGS04'],
    org: 'org-parvite-godini',
    themes: ['early-intervention'],
    targetGroups: ['children-with-disabilities'],
    status: 'DRAFT',
  }),

  // Foster care (приемна грижа)
  practice({
    key: 'pr-foster-plovdiv',
    title: l('Кампания за нови приемни семейства в Пловдив', 'Recruiting new foster families in Plovdiv'),
    summary: l(
      'Фондацията привлича и обучава кандидати за приемна грижа чрез срещи в кварталите и истории на приемни родители.',
      'The foundation attracts and trains foster care applicants through neighbourhood meetings and the stories of foster parents.',
    ),
    background: l(
      'Броят на приемните семейства в града намаляваше, а децата чакаха настаняване в институции.',
    ),
    practice: l('Всеки кандидат минава обучение от 42 часа и получава наставник – опитен приемен родител.'),
    results: l(
      'За две години бяха одобрени 31 нови семейства.',
      'In two years 31 new families were approved.',
    ),
    years: [2018, 2020],
    places: ['PDV22'],
    org: 'org-most-semeystvo',
    themes: ['foster-care', 'child-protection'],
    targetGroups: ['children-at-risk', 'families'],
    publishedAt: '2021-01-15T11:00:00+02:00',
  }),
  practice({
    key: 'pr-foster-sliven-babies',
    title: l(
      'Професионална приемна грижа за бебета в Сливен',
      'Professional foster care for babies in Sliven',
    ),
    summary: l(
      'Бебета, изоставени в родилния дом, отиват направо в обучено приемно семейство, а не в институция.',
      'Babies abandoned in the maternity ward go straight to a trained foster family instead of an institution.',
    ),
    background: l('Дирекцията търсеше начин нито едно бебе от общината да не постъпва в дом за деца.'),
    practice: l(
      'Три професионални приемни семейства са на разположение денонощно и получават супервизия всеки месец.',
    ),
    results: l(
      'От 2015 г. насам 40 бебета са отгледани в приемни семейства и повечето са осиновени.',
      'Since 2015, 40 babies have been raised in foster families and most were adopted.',
    ),
    years: [2015, 2019],
    places: ['SLV20'],
    org: 'org-dsp-sliven',
    themes: ['foster-care', 'child-protection'],
    targetGroups: ['children-at-risk'],
    publishedAt: '2019-11-20T10:00:00+02:00',
  }),
  practice({
    key: 'pr-foster-ruse-club',
    title: l('Клуб на приемните родители в Русе', "A foster parents' club in Ruse"),
    summary: l(
      'Приемните родители се събират веднъж месечно, за да споделят опит и да получат подкрепа.',
      'Foster parents meet once a month to share experience and get support.',
    ),
    background: l('Много приемни семейства се отказваха през първата година заради умора и самота.'),
    practice: l('Клубът се води от психолог, а децата са заети с игри в съседна зала.'),
    results: l(
      'Отказите от приемна грижа намаляха наполовина.',
      'Withdrawals from foster care fell by half.',
    ),
    years: [2012, 2016],
    places: ['RSE27'],
    org: 'org-obshtina-ruse',
    themes: ['foster-care'],
    targetGroups: ['families'],
    publishedAt: '2016-09-05T09:00:00+03:00',
  }),
  // DRAFT: not public; "приемна грижа" must not return it.
  practice({
    key: 'pr-foster-dobrich-draft',
    title: l('Приемна грижа за младежи над 14 години'),
    summary: l('Специализирани приемни семейства за тийнейджъри, които иначе остават в институции.'),
    background: l('Младежите трудно намират приемно семейство.'),
    practice: l('Семействата получават допълнително обучение и по-високо възнаграждение.'),
    results: l('Практиката тепърва започва.'),
    years: [2025],
    places: ['DOB28'],
    org: 'org-obshtina-dobrich',
    themes: ['foster-care'],
    targetGroups: ['youth-at-risk'],
    status: 'DRAFT',
  }),

  // Children with disabilities
  practice({
    key: 'pr-dc-disab-plovdiv',
    title: l(
      'Дневен център „Слънчоглед“ за деца с увреждания',
      'Sunflower day centre for children with disabilities',
    ),
    summary: l(
      'Общинският център в Пловдив предлага рехабилитация, логопед и занимания за 40 деца с увреждания.',
      'The municipal centre in Plovdiv offers rehabilitation, speech therapy and activities for 40 children with disabilities.',
    ),
    background: l('Родителите, най-често майките, се отказваха от работа, за да гледат децата си.'),
    practice: l('Центърът работи от 8 до 18 часа и осигурява транспорт от дома до центъра и обратно.'),
    results: l('Половината от майките се върнаха на работа.', 'Half of the mothers went back to work.'),
    years: [2011, 2015],
    places: ['PDV22'],
    org: 'org-obshtina-plovdiv',
    themes: ['disability', 'community-services'],
    targetGroups: ['children-with-disabilities', 'families'],
    publishedAt: '2015-03-30T10:00:00+03:00',
  }),
  practice({
    key: 'pr-inclusive-varna',
    title: l('Приобщаващо образование за деца с аутизъм във Варна'),
    summary: l(
      'Ресурсни учители и родители заедно подготвят децата с увреждания за обикновена детска градина и училище.',
    ),
    background: l('Децата с аутизъм често бяха отказвани в градините.'),
    practice: l('Асоциацията обучава учителите и осигурява помощник в групата.'),
    results: l('34 деца посещават обикновени групи, а 12 от тях вече са в първи клас.'),
    years: [2019, 2023],
    places: ['VAR06'],
    org: 'org-autizam-varna',
    themes: ['disability', 'education'],
    targetGroups: ['children-with-disabilities'],
    publishedAt: '2025-02-10T10:00:00+02:00',
  }),
  practice({
    key: 'pr-varna-autism-therapy',
    title: l('Терапевтичен център за деца с аутизъм във Варна'),
    summary: l(
      'Родители създадоха център, в който децата с аутизъм получават поведенческа терапия и логопед.',
    ),
    background: l('Терапията се предлагаше само частно и беше скъпа за повечето семейства.'),
    practice: l('Всяко дете има по 6 часа терапия седмично.'),
    results: l('Центърът работи с 48 деца.'),
    years: [2016, 2020],
    places: ['VAR06'],
    org: 'org-autizam-varna',
    themes: ['health'],
    targetGroups: ['families'],
    publishedAt: '2020-04-14T10:00:00+03:00',
  }),
  practice({
    key: 'pr-svetulka-parents',
    title: l('Група за взаимопомощ на родители в Шумен'),
    summary: l(
      'Родители, които отглеждат дете с увреждане – аутизъм или церебрална парализа, – се срещат всеки месец и си помагат.',
    ),
    background: l('Родителите се чувстваха сами с диагнозата и с лекарите.'),
    practice: l('Срещите се водят от двама родители, обучени от психолог.'),
    results: l('Групата има 40 семейства, а някои от тях създадоха свой клуб в Нови пазар.'),
    years: [2018, 2021],
    places: ['SHU30'],
    org: 'org-svetulka',
    themes: ['disability', 'social-inclusion'],
    targetGroups: ['families'],
    publishedAt: '2021-09-14T10:00:00+03:00',
  }),

  // Deinstitutionalization and family-type placement centres
  practice({
    key: 'pr-di-tarnovo',
    title: l('Затваряне на дома за деца във Велико Търново', "Closing the children's home in Veliko Tarnovo"),
    summary: l(
      'За четири години всички деца от дома се върнаха в семействата си, бяха осиновени или преместени в малки групови домове.',
      'In four years every child from the home returned to their family, was adopted or moved to a small group home.',
    ),
    background: l('Домът беше построен за 120 деца и беше далеч от града.'),
    practice: l(
      'Фондацията работи с всяко семейство поотделно, а персоналът на дома беше преквалифициран за новите услуги.',
    ),
    results: l(
      'Домът беше закрит през 2014 г. като част от деинституционализацията в страната.',
      "The home closed in 2014 as part of the country's deinstitutionalization.",
    ),
    years: [2010, 2014],
    places: ['VTR04'],
    org: 'org-pastro-detstvo',
    themes: ['deinstitutionalization', 'child-protection'],
    targetGroups: ['children-at-risk'],
    publishedAt: '2014-12-19T10:00:00+02:00',
  }),
  practice({
    key: 'pr-cnst-shumen',
    title: l('Център за настаняване от семеен тип за младежи в Шумен'),
    summary: l(
      'Дванадесет младежи, израснали в институции, живеят в къща в обикновен квартал и се учат на самостоятелност.',
    ),
    background: l('Центърът е част от деинституционализацията: заменя голям дом в покрайнините на града.'),
    practice: l('Всеки младеж има ключов работник и индивидуален план за самостоятелен живот.'),
    results: l('Шест младежи вече живеят самостоятелно и работят.'),
    years: [2012, 2015],
    places: ['SHU30'],
    org: 'org-obshtina-shumen',
    themes: ['deinstitutionalization'],
    targetGroups: ['youth-at-risk'],
    publishedAt: '2015-08-20T10:00:00+03:00',
  }),
  practice({
    key: 'pr-cnst-montana',
    title: l('Два центъра за настаняване от семеен тип в Монтана'),
    summary: l('Деца без родителска грижа живеят в малки групи от по осем в две къщи в града.'),
    background: l('Общината избра къщите близо до училищата и парковете.'),
    practice: l('Възпитателите работят на смени, а децата ходят на обикновено училище.'),
    results: l('16 деца живеят в двата центъра, а три се върнаха при семействата си.'),
    years: [2015, 2019],
    places: ['MON29'],
    org: 'org-obshtina-montana',
    themes: ['child-protection'],
    targetGroups: ['children-at-risk'],
    publishedAt: '2019-04-09T10:00:00+03:00',
  }),
  practice({
    key: 'pr-kyustendil-mentors',
    title: l(
      'Наставници за младежи, излизащи от институции',
      'Mentors for young people leaving institutions',
    ),
    summary: l(
      'Доброволци наставници помагат на младежи от центрове за настаняване да намерят работа и квартира.',
      'Volunteer mentors help young people from residential centres to find a job and a place to rent.',
    ),
    background: l('На 18 години младежите излизат от услугата и остават сами.'),
    practice: l('Всяка двойка младеж–наставник се среща поне веднъж седмично в продължение на година.'),
    results: l(
      '27 младежи са завършили програмата.',
      'Twenty-seven young people have completed the programme.',
    ),
    years: [2017, 2020],
    places: ['KNL29'],
    org: 'org-lale',
    themes: ['volunteering', 'social-inclusion'],
    targetGroups: ['youth-at-risk'],
    publishedAt: '2020-08-03T10:00:00+03:00',
  }),
];
