/** Public contact details (person, address, phone, e-mail, website) as a form edits them. */
import type { ContactInput } from '../../gql/graphql';

export const CONTACT_FIELDS = ['person', 'email', 'phone', 'website', 'address'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactValues = Record<ContactField, string>;

type ContactRead = Partial<Record<ContactField, string | null>> | null | undefined;

export function contactValues(read?: ContactRead): ContactValues {
  return {
    person: read?.person ?? '',
    email: read?.email ?? '',
    phone: read?.phone ?? '',
    website: read?.website ?? '',
    address: read?.address ?? '',
  };
}

/** Trimmed; an empty detail is null (cleared). */
export function contactInput(values: ContactValues): ContactInput {
  const input: ContactInput = {};
  for (const field of CONTACT_FIELDS) input[field] = values[field].trim() || null;
  return input;
}

/** Contact values from an input, or the server's record in that shape. */
export function contactValuesFromInput(value: unknown): ContactValues {
  const input = (value ?? {}) as Record<string, unknown>;
  const read: Partial<Record<ContactField, string>> = {};
  for (const field of CONTACT_FIELDS) if (typeof input[field] === 'string') read[field] = input[field];
  return contactValues(read);
}

/** An http(s) address, as the server takes for websites and documents. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/[^\s.]+\.\S+$/i.test(text.trim());
}

export type ContactProblem = 'contact.problems.emailInvalid' | 'contact.problems.websiteInvalid';

/** What the browser can check before the server does, by form path (`contact.email`). */
export function validateContact(values: ContactValues, field = 'contact'): Record<string, ContactProblem> {
  const problems: Record<string, ContactProblem> = {};
  const email = values.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems[`${field}.email`] = 'contact.problems.emailInvalid';
  const website = values.website.trim();
  if (website && !isWebAddress(website)) problems[`${field}.website`] = 'contact.problems.websiteInvalid';
  return problems;
}

/** "Мария Иванова, maria@example.org, 032 123 456": a contact in one line, for comparisons. */
export function formatContactInput(value: unknown): string {
  const values = contactValuesFromInput(value);
  return CONTACT_FIELDS.map((field) => values[field].trim())
    .filter(Boolean)
    .join(', ');
}
