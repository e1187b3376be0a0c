/**
 * Shapes of the demo content that seeds Obmen: the five real seed pages (two FLGR practices, three
 * project pages) turned into typed data. Pure data — no database code lives here.
 */

/** A localized text: Bulgarian is required, English optional (the product falls back to Bulgarian). */
export interface L {
  bg: string;
  en?: string;
}
export type OrganizationKind =
  'NGO' | 'MUNICIPALITY' | 'FOUNDATION' | 'FUNDER' | 'PUBLIC_AGENCY' | 'ACADEMIC' | 'BUSINESS';
export type ContentStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export type PeriodPrecision = 'DAY' | 'MONTH' | 'YEAR';
export type Currency = 'BGN' | 'EUR';
export type ProjectPartnerRole = 'PARTNER' | 'ASSOCIATE' | 'IMPLEMENTER' | 'TRAINER' | 'CO_FUNDER';
export type NetworkScope = 'MUNICIPAL' | 'REGIONAL' | 'NATIONAL';
export type MembershipRole = 'COORDINATOR' | 'MEMBER' | 'OBSERVER';
export type NominationStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SPAM';
export type VettingStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'APPROVED' | 'REJECTED';
export interface SeedContact {
  person?: string;
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
}
/** A theme or target group; `slug` is kebab-case Latin. */
export interface SeedTaxonomy {
  slug: string;
  label: L;
}
export interface SeedIndicator {
  label: L;
  value: string /* decimal as string */;
  unit: L;
  period?: string /* free text like '2016–2018' */;
  targetGroup?: string; /* target group slug */
}
/** `municipalityCode` is an NSI municipality code, e.g. PDV26 (Родопи). */
export interface SeedOrganization {
  key: string;
  name: L;
  kind: OrganizationKind;
  municipalityCode?: string;
  description?: L;
  contact?: SeedContact;
}
export interface SeedNomination {
  name: string;
  email: string;
  organization?: string;
  reason: string;
  status: NominationStatus;
  createdAt: string; /* ISO date-time */
}
export interface SeedPractice {
  key: string;
  title: L;
  summary: L;
  background: L;
  practice: L;
  results: L;
  periodFrom?: string;
  periodTo?: string;
  periodPrecision: PeriodPrecision; // dates as YYYY-MM-DD
  municipalityCodes: string[];
  organizationKey: string;
  innovator: string;
  contact?: SeedContact;
  themes: string[];
  targetGroups: string[];
  /** Slugs of the service types the migration seeds (TaxonomyServiceTypes). */
  serviceTypes?: string[];
  indicators: SeedIndicator[];
  relatedProjectKeys: string[];
  adoptions: { municipalityCode: string; year: number; note?: L }[];
  status: ContentStatus;
  publishedAt?: string /* ISO date-time */;
  nominations: SeedNomination[];
}
export interface SeedProgramme {
  name: L;
  description?: L;
}
export interface SeedProject {
  key: string;
  title: L;
  summary: L;
  generalGoal: L;
  specificObjectives: L[];
  programmes: SeedProgramme[];
  activities: SeedProgramme[];
  expectedResults: L[];
  startDate?: string;
  endDate?: string;
  periodPrecision: PeriodPrecision;
  budget?: { amount: string; currency: Currency };
  funderKey?: string;
  fundingProgramme?: L;
  referenceNumber?: string;
  leadOrganizationKey: string;
  partners: { organizationKey: string; role: ProjectPartnerRole }[];
  municipalityCodes: string[];
  themes: string[];
  targetGroups: string[];
  status: ContentStatus;
  documents: { title: L; url: string }[];
  indicators: SeedIndicator[];
}
export interface SeedNetwork {
  key: string;
  name: L;
  description?: L;
  scope: NetworkScope;
  coordinatorKey: string;
  memberships: {
    organizationKey: string;
    role: MembershipRole;
    joinedOn: string;
    leftOn?: string;
  }[];
}
export interface SeedVolunteerProgramme {
  key: string;
  name: L;
  description?: L;
  organizationKey: string;
  projectKey?: string;
  municipalityCodes: string[];
  status: ContentStatus;
}
export interface SeedVolunteer {
  name: string;
  email: string;
  phone?: string;
  municipalityCode?: string;
  skills: string[];
  availability?: string;
  consentGivenAt?: string;
  vettingStatus: VettingStatus;
  assignments: {
    programmeKey: string;
    role: string;
    from: string;
    to?: string;
    hoursLogged: string;
  }[];
}
export interface DemoContent {
  themes: SeedTaxonomy[];
  targetGroups: SeedTaxonomy[];
  organizations: SeedOrganization[];
  projects: SeedProject[];
  practices: SeedPractice[];
  networks: SeedNetwork[];
  volunteerProgrammes: SeedVolunteerProgramme[];
}
