/**
 * A labelled search fixture (issue 11): about 200 realistic, invented records of Bulgarian social
 * services — organizations, practices, projects and partner networks across many municipalities, in
 * Bulgarian with English on about half — for the search relevance test. queries.ts lists the queries
 * and the records each should find. It is loaded on its own into an empty database, like the demo
 * content (same DemoContent shape); municipality codes are NSI codes from data/bg-municipalities.csv.
 *
 * Built so that precision is a real test: many records share vocabulary (children, families, social
 * services, older people) and several share a municipality, while each topic a query asks about is
 * named only in the records that query expects. Titles vary, so that title matches can rank first.
 * A few practices and projects are DRAFT (keys ending in "-draft", listed in DRAFT_KEYS): they match
 * some queries, and the public must never see them.
 */
import { demoContent } from '../../seed/demo-content';
import type { DemoContent, SeedTaxonomy } from '../../seed/demo-content.types';
import { fixtureNetworks } from './fixture-networks';
import { fixtureOrganizations } from './fixture-organizations';
import { otherAdultPractices } from './fixture-practices-adults';
import { familyPractices } from './fixture-practices-families';
import { disabilityPractices } from './fixture-practices-disability';
import { elderlyPractices } from './fixture-practices-elderly';
import { povertyPractices } from './fixture-practices-poverty';
import { childrenPractices } from './fixture-practices-children';
import { otherProjects } from './fixture-projects-other';
import { placeProjects } from './fixture-projects-places';
import { serviceProjects } from './fixture-projects-services';

// The demo's themes and target groups (src/seed/demo-content.ts), then the ones this fixture adds.
const themes: SeedTaxonomy[] = [
  ...demoContent.themes,
  { slug: 'home-care', label: { bg: 'Грижи в дома', en: 'Home care' } },
  { slug: 'health', label: { bg: 'Здравеопазване', en: 'Health' } },
  { slug: 'education', label: { bg: 'Образование', en: 'Education' } },
  { slug: 'mental-health', label: { bg: 'Психично здраве', en: 'Mental health' } },
  { slug: 'homelessness', label: { bg: 'Бездомност', en: 'Homelessness' } },
  { slug: 'domestic-violence', label: { bg: 'Домашно насилие', en: 'Domestic violence' } },
  { slug: 'social-enterprise', label: { bg: 'Социално предприемачество', en: 'Social entrepreneurship' } },
];

const targetGroups: SeedTaxonomy[] = [
  ...demoContent.targetGroups,
  { slug: 'vazrastni-hora', label: { bg: 'Възрастни хора', en: 'Older people' } },
  { slug: 'roma', label: { bg: 'Роми', en: 'Roma' } },
  { slug: 'homeless-people', label: { bg: 'Бездомни хора', en: 'Homeless people' } },
  {
    slug: 'people-with-mental-illness',
    label: { bg: 'Хора с психични разстройства', en: 'People with mental disorders' },
  },
  { slug: 'victims-of-violence', label: { bg: 'Пострадали от насилие', en: 'Survivors of violence' } },
];

export const searchFixture: DemoContent = {
  themes,
  targetGroups,
  organizations: fixtureOrganizations,
  projects: [...serviceProjects, ...placeProjects, ...otherProjects],
  practices: [
    ...childrenPractices,
    ...familyPractices,
    ...elderlyPractices,
    ...povertyPractices,
    ...disabilityPractices,
    ...otherAdultPractices,
  ],
  networks: fixtureNetworks,
  volunteerProgrammes: [],
};
