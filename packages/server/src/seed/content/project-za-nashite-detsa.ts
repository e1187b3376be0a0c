import type { SeedProject } from '../demo-content.types';

/**
 * Seed 003 — project of фондация „За Нашите Деца“ under OP „Развитие на човешките ресурси“ (ESF).
 * Texts are verbatim (only whitespace normalized; list markers "❖" dropped). "199 994,17 лв." →
 * 199994.17 BGN. The page gives no project number, so referenceNumber is left out.
 */
const activityLines = [
  'Провеждане на публични събития и дейности за информиране на заинтересованите страни за възможностите за активно социално включване на деца в риск и техните семейства;',
  'Разкриване на програма „Индивидуална оценка и насочване към социални интегрирани услуги“;',
  'Разкриване на програма „Консултативна и терапевтична подкрепа“ за деца;',
  'Разкриване на програма „Подкрепа за развитие и социализация“ за деца.',
] as const;

export const projectZaNashiteDetsa: SeedProject = {
  key: 'za-nashite-detsa-social-inclusion',
  title: {
    bg: 'Инициатива за развитие и социално включване – за нашите деца',
    en: 'Initiative for Development and Social Inclusion – for Our Children',
  },
  summary: {
    bg: 'С финансиране от Европейски съюз по Оперативна програма „Развитие на човешките ресурси“, съфинансирана от Европейски социален фонд, в размер на 199 994,17 лв., фондация „За Нашите Деца“ изпълнява проект „Инициатива за развитие и социално включване – за нашите деца“ на територията на 8 общини в област Пловдив.',
    en: 'With BGN 199,994.17 of European Union funding under the Operational Programme "Human Resources Development", co-financed by the European Social Fund, the For Our Children Foundation is implementing the project "Initiative for Development and Social Inclusion – for Our Children" in 8 municipalities of Plovdiv district.',
  },
  generalGoal: {
    bg: 'Основната цел на проекта е да се подобри системата от услуги за активно социално включване на деца в риск и техните семейства, чрез разкриване на интегрирани и координирани междусекторни услуги.',
  },
  specificObjectives: [],
  // The three „Разкриване на програма …“ activities, in order; each description is its activity line.
  programmes: [
    {
      name: {
        bg: 'Индивидуална оценка и насочване към социални интегрирани услуги',
        en: 'Individual assessment and referral to integrated social services',
      },
      description: { bg: activityLines[1] },
    },
    {
      name: {
        bg: 'Консултативна и терапевтична подкрепа',
        en: 'Counselling and therapeutic support',
      },
      description: { bg: activityLines[2] },
    },
    {
      name: {
        bg: 'Подкрепа за развитие и социализация',
        en: 'Support for development and socialization',
      },
      description: { bg: activityLines[3] },
    },
  ],
  activities: [
    {
      name: {
        bg: activityLines[0],
        en: 'Public events and activities informing stakeholders about the opportunities for active social inclusion of children at risk and their families;',
      },
    },
    {
      name: {
        bg: activityLines[1],
        en: 'Opening the programme "Individual assessment and referral to integrated social services";',
      },
    },
    {
      name: {
        bg: activityLines[2],
        en: 'Opening the programme "Counselling and therapeutic support" for children;',
      },
    },
    {
      name: {
        bg: activityLines[3],
        en: 'Opening the programme "Support for development and socialization" for children.',
      },
    },
  ],
  expectedResults: [
    {
      bg: 'Ангажиран широк кръг от заинтересовани страни в активна позиция при намирането на най-подходящите механизми за взаимодействие и осигуряване на комплексна и координирана подкрепа към уязвимите семейства в общността;',
    },
    {
      bg: 'Създадена система за координация между доставчици на услуги и държавни институции, както и разкрита комплексна програма за информиране, индивидуална оценка и насочване на семействата към ползване на подкрепящи услуги спрямо идентифицираните нужди на децата от целевата група;',
    },
    {
      bg: 'Разкрити комплексни услуги за подпомагане на ранното детско развитие и директна подкрепа към деца с трудности в развитието или увреждания и техните семейства;',
    },
    {
      bg: 'Разкрити услуги за подпомагане на индивидуалното учене и социална интеграция на деца от целевата група, както и оказано съдействие на местни структури за създаване на програми за развитие и социализация.',
    },
  ],
  // "Срок: 15.09.2019 – 31.12.2020"
  startDate: '2019-09-15',
  endDate: '2020-12-31',
  periodPrecision: 'DAY',
  budget: { amount: '199994.17', currency: 'BGN' },
  funderKey: 'esf',
  // As written on the page ("2014-2020" with a hyphen).
  fundingProgramme: {
    bg: 'Оперативна програма „Развитие на човешките ресурси“ 2014-2020',
    en: 'Operational Programme "Human Resources Development" 2014-2020',
  },
  leadOrganizationKey: 'za-nashite-detsa',
  partners: [],
  // Пловдив, Марица, Садово, Куклен, Родопи, Перущица, Стамболийски, Асеновград (page order).
  municipalityCodes: ['PDV22', 'PDV17', 'PDV28', 'PDV42', 'PDV26', 'PDV40', 'PDV41', 'PDV01'],
  themes: ['social-inclusion', 'child-protection', 'early-intervention', 'disability', 'community-services'],
  targetGroups: ['children-at-risk', 'families', 'children-with-disabilities'],
  status: 'PUBLISHED',
  documents: [],
  indicators: [],
};
