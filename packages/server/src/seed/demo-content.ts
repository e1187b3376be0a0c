import { practiceRodopi } from './content/practice-rodopi';
import { practiceTargovishte, TARGOVISHTE_CONTACT } from './content/practice-targovishte';
import { projectDeinstitutionalizationTrainings } from './content/project-deinstitutionalization-trainings';
import { projectHisarya } from './content/project-hisarya';
import { projectZaNashiteDetsa } from './content/project-za-nashite-detsa';
import type {
  DemoContent,
  SeedNetwork,
  SeedOrganization,
  SeedTaxonomy,
  SeedVolunteerProgramme,
} from './demo-content.types';

/**
 * Demo content built from the five seed pages in shared/seeds (beside the repository):
 * 000 → practiceTargovishte, 001 → projectHisarya, 002 → projectDeinstitutionalizationTrainings,
 * 003 → projectZaNashiteDetsa, 004 → practiceRodopi. Municipality codes are NSI codes from
 * data/bg-municipalities.csv.
 */

const themes: SeedTaxonomy[] = [
  { slug: 'early-intervention', label: { bg: 'Ранна интервенция', en: 'Early intervention' } },
  {
    slug: 'deinstitutionalization',
    label: { bg: 'Деинституционализация', en: 'Deinstitutionalization' },
  },
  { slug: 'child-protection', label: { bg: 'Закрила на детето', en: 'Child protection' } },
  { slug: 'social-inclusion', label: { bg: 'Социално включване', en: 'Social inclusion' } },
  { slug: 'disability', label: { bg: 'Увреждания', en: 'Disability' } },
  { slug: 'employment', label: { bg: 'Заетост', en: 'Employment' } },
  { slug: 'foster-care', label: { bg: 'Приемна грижа', en: 'Foster care' } },
  { slug: 'volunteering', label: { bg: 'Доброволчество', en: 'Volunteering' } },
  { slug: 'capacity-building', label: { bg: 'Изграждане на капацитет', en: 'Capacity building' } },
  {
    slug: 'community-services',
    label: { bg: 'Социални услуги в общността', en: 'Community-based social services' },
  },
  { slug: 'civic-participation', label: { bg: 'Гражданско участие', en: 'Civic participation' } },
];

const targetGroups: SeedTaxonomy[] = [
  { slug: 'children-at-risk', label: { bg: 'Деца в риск', en: 'Children at risk' } },
  {
    slug: 'children-with-disabilities',
    label: { bg: 'Деца с увреждания', en: 'Children with disabilities' },
  },
  {
    slug: 'people-with-disabilities',
    label: { bg: 'Хора с увреждания', en: 'People with disabilities' },
  },
  { slug: 'families', label: { bg: 'Семейства', en: 'Families' } },
  { slug: 'youth-at-risk', label: { bg: 'Младежи в риск', en: 'Young people at risk' } },
  { slug: 'unemployed', label: { bg: 'Безработни', en: 'Unemployed people' } },
  {
    slug: 'people-in-poverty',
    label: { bg: 'Хора под прага на бедността', en: 'People living below the poverty line' },
  },
  { slug: 'municipal-staff', label: { bg: 'Общински служители', en: 'Municipal staff' } },
  { slug: 'ngos', label: { bg: 'Неправителствени организации', en: 'NGOs' } },
];

const organizations: SeedOrganization[] = [
  {
    key: 'club-ngo-targovishte',
    name: {
      bg: 'Клуб на нестопанските организации – Търговище',
      en: 'Club of Non-Profit Organizations – Targovishte',
    },
    kind: 'NGO',
    municipalityCode: 'TGV35',
    description: {
      bg: 'Клубът на НСО – Търговище обединява 33 НПО от област Търговище.',
      en: 'The Club of Non-Profit Organizations – Targovishte unites 33 NGOs of Targovishte district.',
    },
    contact: TARGOVISHTE_CONTACT,
  },
  {
    key: 'municipality-rodopi',
    name: { bg: 'Община Родопи', en: 'Rodopi Municipality' },
    kind: 'MUNICIPALITY',
    municipalityCode: 'PDV26',
  },
  {
    key: 'national-alliance-volunteer-action',
    name: {
      bg: 'Национален Алианс за работа с доброволци',
      en: 'National Alliance for Volunteer Action',
    },
    kind: 'NGO',
  },
  {
    key: 'za-nashite-detsa',
    name: { bg: 'Фондация „За Нашите Деца“', en: 'For Our Children Foundation' },
    kind: 'FOUNDATION',
  },
  // The seed 001 page writes "Хисар"; the municipality's official name is Хисаря (PDV37).
  {
    key: 'municipality-hisarya',
    name: { bg: 'Община Хисаря', en: 'Hisarya Municipality' },
    kind: 'MUNICIPALITY',
    municipalityCode: 'PDV37',
  },
  {
    key: 'municipality-krichim',
    name: { bg: 'Община Кричим', en: 'Krichim Municipality' },
    kind: 'MUNICIPALITY',
    municipalityCode: 'PDV39',
  },
  {
    key: 'municipality-saedinenie',
    name: { bg: 'Община Съединение', en: 'Saedinenie Municipality' },
    kind: 'MUNICIPALITY',
    municipalityCode: 'PDV33',
  },
  {
    key: 'eu-phare',
    name: { bg: 'Програма ФАР на Европейския съюз', en: 'EU PHARE Programme' },
    kind: 'FUNDER',
  },
  {
    key: 'esf',
    name: { bg: 'Европейски социален фонд', en: 'European Social Fund' },
    kind: 'FUNDER',
  },
  {
    key: 'biomh-nbu',
    name: {
      bg: 'Български институт за отношения между хората към НБУ',
      en: 'Bulgarian Institute for Human Relations at New Bulgarian University',
    },
    kind: 'ACADEMIC',
  },
];

// Only the Club itself is a member: the page names none of its 33 member NGOs, and inventing real
// NGOs' names is not acceptable. The join date is the start of the seed 000 project, not a founding date.
const networks: SeedNetwork[] = [
  {
    key: 'club-ngo-targovishte-network',
    name: { bg: 'Клуб на НСО – Търговище', en: 'Club of NGOs – Targovishte' },
    description: {
      bg: 'Партньорска мрежа, която обединява 33 неправителствени организации от област Търговище.',
      en: 'A partner network uniting 33 non-governmental organizations of Targovishte district.',
    },
    scope: 'REGIONAL',
    coordinatorKey: 'club-ngo-targovishte',
    memberships: [{ organizationKey: 'club-ngo-targovishte', role: 'COORDINATOR', joinedOn: '2013-07-01' }],
  },
];

const volunteerProgrammes: SeedVolunteerProgramme[] = [
  {
    key: 'big-brother-big-sister',
    name: { bg: 'Голям брат / голяма сестра', en: 'Big Brother / Big Sister' },
    description: {
      bg: 'Програма “Голям брат/ голяма сестра” планира изграждане на двойки от доброволци (голям брат/ голяма сестра) и деца в риск.',
      en: 'The "Big Brother/Big Sister" programme pairs volunteers (a big brother or big sister) with children at risk.',
    },
    organizationKey: 'national-alliance-volunteer-action',
    projectKey: projectHisarya.key,
    municipalityCodes: [...projectHisarya.municipalityCodes],
    status: 'PUBLISHED',
  },
];

export const demoContent: DemoContent = {
  themes,
  targetGroups,
  organizations,
  projects: [projectHisarya, projectDeinstitutionalizationTrainings, projectZaNashiteDetsa],
  practices: [practiceTargovishte, practiceRodopi],
  networks,
  volunteerProgrammes,
};
