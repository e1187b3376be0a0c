import type { SeedContact, SeedPractice } from '../demo-content.types';

/**
 * Seed 000 — FLGR "Иновационни практики в България" page of the Club of Non-Profit Organizations –
 * Targovishte. The page has no title: the title below is derived from the text. Sections are
 * verbatim (only whitespace normalized); so is the address, but for the source's "Търговищe", which
 * ends in a Latin "e" (what `obmen import flgr` makes of the page, too).
 * The page hides the contact e-mail ("[email protected]"), so it is left out.
 */
export const TARGOVISHTE_CONTACT: SeedContact = {
  person: 'Невена Маджарова',
  address: 'Търговище, ул. „30 януари” 1 ет. 3',
  phone: '0893516697',
  website: 'http://www.clubngo.org/',
};

export const practiceTargovishte: SeedPractice = {
  key: 'targovishte-early-intervention',
  title: {
    bg: 'Ранна интервенция в семейна среда за деца с увреждания в област Търговище',
    en: 'Early intervention in the family environment for children with disabilities in Targovishte district',
  },
  summary: {
    bg: [
      'Предоставяне на услугата „Ранна интервенция в семейна среда” – иновативен за нашия регион модел на социална услуга, който цели да се предотврати изоставянето на деца с увреждания и се подобри грижата за тях.',
      'Осигурен достъп до алтернативни социални услуги в общността за подкрепа на деца и семейства чрез развитие капацитета на граждански структури в пет общини на област Търговище.',
    ].join(' '),
    en: [
      'Provision of the service “Early intervention in the family environment” – a model of social service that is innovative for our region and aims to prevent the abandonment of children with disabilities and to improve their care.',
      'Access to alternative community-based social services supporting children and families was secured by developing the capacity of civil-society structures in five municipalities of Targovishte district.',
    ].join(' '),
  },
  background: {
    bg: [
      'Общата цел на проекта е: Да развием капацитета и повишим мотивацията на структурите на гражданското общество за осигуряване на по-качествени, ефективни и достъпни социални услуги за деца от рискови групи, живеещи на територията на петте общини на област Търговище. Това ще постигнем чрез идентифициране, мотивиране и подготовка на представители на местните общности за работа с деца и семейства, както и чрез прилагане на добри практики за гражданско участие в изработването на местни политики в социалната сфера.',
      'Срок за реализация: юли 2013 г. – декември, 2015 г.\nФинансиран от Българо-швейцарска програма за сътрудничество',
    ].join('\n\n'),
  },
  practice: {
    bg: [
      'Конкретни цели на проекта:',
      '1. Подобряване качеството и обхвата на социалните услуги, предоставяни от Клуба на НСО, насочени към деца с увреждания в Търговищка община;',
      '2. Изграждане на капацитет на нови НПО за работа по модела за Ранна интервенция при деца с увреждане в петте общини в област Търговище;',
      '3. Повишаване ефективността на гражданското участие в процесите на разработване и прилагане на политики в социалната сфера.',
      '4. Повишаване капацитета на Клуба за осигуряване на добро управление и устойчивост в неговото развитие.',
      'Основна дейност през първата година: Предоставяне на услугата „Ранна интервенция в семейна среда” – иновативен за нашия регион модел на социална услуга, който цели да се предотврати изоставянето на деца с увреждания и се подобри грижата за тях. Бе създадено мултидисциплинарен екип от специалисти, които извършват домашни посещения, изработват оценка на потребностите на детето и семейството, индивидуален план, подкрепа и обучение на родителите, информиране за допълнителни възможности за справяне с предизвикателството и подобряване състоянието на детето с увреждане.',
      'През втората година моделът е мултиплициран в петте общини на област Търговище, като целта е чрез развитие капацитета на граждански структури от да се осигури достъп до алтернативни социални услуги в общността за подкрепа на деца и семейства.',
      'Успоредно с предоставянето на социалната услуга работим за повишаване капацитета и популяризиране дейностите на Клуба на НСО. Целта на тази дейност е да повишим организационния капацитет на Клуба на НСО, обединяващ 33 НПО от област Търговище, за да постигнем по-добро качество, устойчивост и ефективност в работата както на самия Клуб, така и на неговите членове.',
    ].join('\n\n'),
  },
  results: {
    bg: 'Осигурен достъп до алтернативни социални услуги в общността за подкрепа на деца и семейства чрез развитие капацитета на граждански структури в пет общини на област Търговище.',
  },
  // "юли 2013 г. – декември, 2015 г." → whole months.
  periodFrom: '2013-07-01',
  periodTo: '2015-12-31',
  periodPrecision: 'MONTH',
  // The five municipalities of Targovishte district (TGV): Антоново, Омуртаг, Опака, Попово, Търговище.
  municipalityCodes: ['TGV35', 'TGV02', 'TGV22', 'TGV23', 'TGV24'],
  organizationKey: 'club-ngo-targovishte',
  innovator: 'ros',
  contact: TARGOVISHTE_CONTACT,
  themes: [
    'early-intervention',
    'disability',
    'child-protection',
    'community-services',
    'capacity-building',
    'civic-participation',
  ],
  targetGroups: ['children-with-disabilities', 'children-at-risk', 'families', 'ngos'],
  serviceTypes: ['early-intervention', 'information-counselling'],
  // The page gives no figures besides the 33 member NGOs (kept on the network, not as an outcome).
  indicators: [],
  relatedProjectKeys: [],
  // "През втората година моделът е мултиплициран в петте общини": the first year ran in Търговище
  // municipality; the second project year started in July 2014 (inferred from the period).
  adoptions: ['TGV02', 'TGV22', 'TGV23', 'TGV24'].map((municipalityCode) => ({
    municipalityCode,
    year: 2014,
    note: {
      bg: 'През втората година моделът е мултиплициран в петте общини на област Търговище.',
      en: 'In the second year the model was replicated in the five municipalities of Targovishte district.',
    },
  })),
  status: 'PUBLISHED',
  publishedAt: '2015-05-25T09:00:00+03:00',
  // The page shows "Номинации: 4"; the nominators below are invented for the demo.
  nominations: [
    {
      name: 'Даниела Петкова',
      email: 'daniela.petkova@example.org',
      reason:
        'Като майка на дете с увреждане видях колко помагат домашните посещения на екипа. Моделът заслужава да бъде приложен и в други области.',
      status: 'APPROVED',
      createdAt: '2015-06-03T14:12:00+03:00',
    },
    {
      name: 'Стефан Колев',
      email: 'stefan.kolev@example.org',
      reason:
        'Практиката показва как малки местни организации могат да поемат социална услуга, когато получат обучение и подкрепа.',
      status: 'APPROVED',
      createdAt: '2015-07-19T10:40:00+03:00',
    },
    {
      name: 'Илияна Маринова',
      email: 'iliyana.marinova@example.org',
      reason:
        'Работя като социален работник в областта – ранната интервенция в семейството предотвратява настаняването на деца в институции.',
      status: 'APPROVED',
      createdAt: '2015-10-08T09:05:00+03:00',
    },
    {
      name: 'Красимир Божинов',
      email: 'krasimir.bozhinov@example.org',
      reason:
        'Добър пример за мрежа от неправителствени организации, която работи заедно с общините, а не всяка организация поотделно.',
      status: 'APPROVED',
      createdAt: '2016-02-22T16:30:00+02:00',
    },
    {
      name: 'Веселина Атанасова',
      email: 'veselina.atanasova@example.org',
      reason: 'Бих искала нашата община да приложи същия подход за деца с увреждания.',
      status: 'PENDING',
      createdAt: '2016-11-14T11:20:00+02:00',
    },
  ],
};
