import type {
  ContactInput,
  CreateOrganizationInput,
  OrganizationEditFragment,
  OrganizationKind,
  UpdateOrganizationInput,
} from '../../gql/graphql';
import {
  type BilingualText,
  optionalTextInput,
  requiredTextInput,
  checkTexts,
  nameAndDescription,
  textFromInput,
} from '../../shared/components/bilingual-text';
import { ORGANIZATION_KINDS } from './organization-list-state';

export const CONTACT_FIELDS = ['person', 'email', 'phone', 'website', 'address'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The form's values mirror the input's shape, so server field paths ("name.bg") fit as they are. */
export interface OrganizationFormValues {
  name: BilingualText;
  description: BilingualText;
  kind: OrganizationKind;
  contact: Record<ContactField, string>;
  municipalityCode: string | null;
}

export function emptyOrganizationForm(): OrganizationFormValues {
  return {
    name: { bg: '', en: '' },
    description: { bg: '', en: '' },
    kind: 'NGO',
    contact: { person: '', email: '', phone: '', website: '', address: '' },
    municipalityCode: null,
  };
}

/**
 * Form values from the organization read in Bulgarian and in English. English the server
 * filled in from Bulgarian (`localization.fallbackFields`) is no translation: it starts empty.
 */
export function organizationFormValues(
  bg: OrganizationEditFragment,
  en: OrganizationEditFragment | null | undefined,
): OrganizationFormValues {
  return {
    ...nameAndDescription(bg, en),
    kind: bg.kind,
    contact: {
      person: bg.contact.person ?? '',
      email: bg.contact.email ?? '',
      phone: bg.contact.phone ?? '',
      website: bg.contact.website ?? '',
      address: bg.contact.address ?? '',
    },
    municipalityCode: bg.municipality?.code ?? null,
  };
}

function contactInput(contact: OrganizationFormValues['contact']): ContactInput {
  const input: ContactInput = {};
  for (const field of CONTACT_FIELDS) input[field] = contact[field].trim() || null;
  return input;
}

export function createOrganizationInput(values: OrganizationFormValues): CreateOrganizationInput {
  return {
    name: requiredTextInput(values.name),
    description: optionalTextInput(values.description),
    kind: values.kind,
    contact: contactInput(values.contact),
    municipalityCode: values.municipalityCode,
  };
}

/** Updates name the version they were read at: a stale one is refused with CONFLICT. */
export function updateOrganizationInput(
  values: OrganizationFormValues,
  id: string,
  version: number,
): UpdateOrganizationInput {
  return { ...createOrganizationInput(values), id, version };
}

export type OrganizationFormProblem =
  | 'organizations.form.nameRequired'
  | 'organizations.form.bgRequired'
  | 'organizations.form.emailInvalid'
  | 'organizations.form.websiteInvalid';

/** Checks the browser can make before the server does; values name messages. */
export function validateOrganizationForm(
  values: OrganizationFormValues,
): Record<string, OrganizationFormProblem> {
  const problems: Record<string, OrganizationFormProblem> = checkTexts(values, ['name', 'description'], {
    required: 'organizations.form.nameRequired',
    bgRequired: 'organizations.form.bgRequired',
  });
  const email = values.contact.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems['contact.email'] = 'organizations.form.emailInvalid';
  const website = values.contact.website.trim();
  if (website && !/^https?:\/\/[^\s.]+\.[^\s]+$/i.test(website))
    problems['contact.website'] = 'organizations.form.websiteInvalid';
  return problems;
}

const FORM_PATHS = new Set<string>([
  'name.bg',
  'name.en',
  'description.bg',
  'description.en',
  'kind',
  'municipalityCode',
  ...CONTACT_FIELDS.map((f) => `contact.${f}`),
]);

/** Where a server field error shows: "name" on its Bulgarian field; null when the form has no such field. */
export function organizationFormPath(serverPath: string): string | null {
  if (FORM_PATHS.has(serverPath)) return serverPath;
  if (serverPath === 'name' || serverPath === 'description') return `${serverPath}.bg`;
  return null;
}

/**
 * Form values from an update input (merged after a conflict, or the server's current record in
 * that shape): the inverse of `updateOrganizationInput`. Fields the input lacks keep `base`'s.
 */
export function organizationValuesFromInput(
  input: Record<string, unknown>,
  base: OrganizationFormValues,
): OrganizationFormValues {
  const has = (field: string) => field in input && input[field] !== undefined;
  const values: OrganizationFormValues = { ...base };
  if (has('name')) values.name = textFromInput(input.name);
  if (has('description')) values.description = textFromInput(input.description);
  if (has('kind')) values.kind = ORGANIZATION_KINDS.find((k) => k === input.kind) ?? base.kind;
  if (has('municipalityCode')) {
    values.municipalityCode = typeof input.municipalityCode === 'string' ? input.municipalityCode : null;
  }
  if (has('contact')) {
    const contact = (input.contact ?? {}) as Record<string, unknown>;
    values.contact = { ...base.contact };
    for (const field of CONTACT_FIELDS) {
      values.contact[field] = typeof contact[field] === 'string' ? (contact[field] as string) : '';
    }
  }
  return values;
}
