import type { SeedProject } from '../demo-content.types';

/**
 * Seed 002 — project page "Нашата работа" about trainings for municipal administrations. Texts are
 * verbatim (only whitespace normalized), including the source's "процесът" and "анализ ва".
 *
 * INFERENCE: the page does not name its lead organization. Its footer ("Leave a Comment",
 * "Translate »") matches the site of seed 003, so the lead is taken to be фондация „За Нашите Деца“.
 */
export const projectDeinstitutionalizationTrainings: SeedProject = {
  key: 'deinstitutionalization-trainings',
  title: {
    bg: 'Изготвяне на обучения за общинска администрация и директори на социални услуги в общността за развитие на услуги за деца от домове',
    en: 'Trainings for municipal administrations and directors of community social services on developing services for children leaving residential homes',
  },
  summary: {
    bg: 'Проектът идентифицира основните предизвикателства в процесът на деинституционализация, като предоставя подкрепа под формата на обучения на заинтересованите общински администрации, специалисти и неправителствени организации. Крайната цел на обучителната програма е да подобри уменията, знанията и компетенциите на специалистите и местните общности, за да се намалят рисковете от неуспешно преместване на деца от специализираните институции в новите услуги.',
    en: 'The project identifies the main challenges of deinstitutionalization and supports the municipal administrations, specialists and NGOs involved through trainings. The ultimate aim of the training programme is to improve the skills, knowledge and competences of specialists and local communities, so as to reduce the risk of unsuccessful moves of children from specialized institutions to the new services.',
  },
  generalGoal: {
    bg: 'Основната цел на проекта е да осигури плавен и сведен до минимални рискове процес на преместване на деца от домове и адаптирането им в общността, като подготви администрацията на общините, ангажирани с деинституционализацията, за създаване на екипи от професионалисти, способни да осигуряват качествена грижа за деца (от домове и от общността).',
  },
  specificObjectives: [],
  programmes: [],
  // "МЕТОДОЛОГИЯ" first, then the "ДЕЙНОСТИ" line split into ordered activities (first letters
  // capitalized). The "ПАРТНЬОРИ" paragraph, which describes who took part in and delivered the
  // trainings, is kept as the description of the training activity.
  activities: [
    {
      name: { bg: 'Методология', en: 'Methodology' },
      description: {
        bg: 'Проектът анализира по какъв начин се развива децентрализацията на политиката на деинституционализация в една общност като изучава процесите на взаимодействие между местните организации и структури. Изследват се гледните точки на различните участници и техните предложения за промяна, като се използва рефлексия върху опита им от работа по случаи на деца и семейства (основен метод за оказване на помощ в социалната работа). Обсъждането на работата по конкретни случаи на деца ще събере доказателства за необходими промени в методики, процедури и регулации, свързани с процеса на деинституционализация.',
      },
    },
    { name: { bg: 'Анализ на потребностите', en: 'Needs analysis' } },
    { name: { bg: 'Проучване на нагласите', en: 'Survey of attitudes' } },
    { name: { bg: 'Събиране на база данни', en: 'Building a database' } },
    {
      name: { bg: 'Провеждане на обучения', en: 'Delivering the trainings' },
      description: {
        bg: 'В проекта са включени представители на общинските администрации, ангажирани с управлението на услугите; представители на НПО, предоставящи услугите в общността; представители на персонала, работещ в услугите. Обучението е реализирано от експерти от Български институт за отношения между хората към НБУ.',
      },
    },
    { name: { bg: 'Анализ ва обучителната програма', en: 'Analysis of the training programme' } },
    { name: { bg: 'Изготвяне на препоръки', en: 'Drafting recommendations' } },
  ],
  expectedResults: [],
  // "2012 – 2013 г."
  startDate: '2012-01-01',
  endDate: '2013-12-31',
  periodPrecision: 'YEAR',
  leadOrganizationKey: 'za-nashite-detsa', // inferred, see above
  partners: [{ organizationKey: 'biomh-nbu', role: 'TRAINER' }],
  // The page names no municipality.
  municipalityCodes: [],
  themes: ['deinstitutionalization', 'capacity-building', 'child-protection', 'community-services'],
  targetGroups: ['municipal-staff', 'ngos', 'children-at-risk'],
  status: 'PUBLISHED',
  documents: [],
  indicators: [],
};
