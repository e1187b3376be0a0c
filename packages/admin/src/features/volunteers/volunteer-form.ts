import type {
  CreateVolunteerInput,
  UpdateVolunteerInput,
  VettingStatus,
  VolunteerDetailFragment,
} from '../../gql/graphql';
import { sofiaDay } from '../../shared/sofia-day';

export interface VolunteerFormValues {
  name: string;
  email: string;
  phone: string;
  /** The municipality as a one-item list (the grouped municipality picker is a multi-select). */
  municipalityCode: string[];
  skills: string[];
  availability: string;
  /** The day of consent, "2025-01-24" (Sofia time); null: no consent recorded. */
  consentDay: string | null;
  vettingStatus: VettingStatus;
}

export function emptyVolunteerForm(): VolunteerFormValues {
  return {
    name: '',
    email: '',
    phone: '',
    municipalityCode: [],
    skills: [],
    availability: '',
    consentDay: null,
    vettingStatus: 'NOT_STARTED',
  };
}

/** A chosen day as the API's DateTime: its first moment in UTC, which is the same day in Sofia. */
export function consentInstant(day: string | null): string | null {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00.000Z` : null;
}

export function volunteerFormValues(volunteer: VolunteerDetailFragment): VolunteerFormValues {
  return {
    name: volunteer.name,
    email: volunteer.contact?.email ?? '',
    phone: volunteer.contact?.phone ?? '',
    municipalityCode: volunteer.municipality ? [volunteer.municipality.code] : [],
    skills: [...volunteer.skills],
    availability: volunteer.availability ?? '',
    consentDay: sofiaDay(volunteer.consentGivenAt),
    vettingStatus: volunteer.vettingStatus,
  };
}

function profileInput(values: VolunteerFormValues) {
  return {
    name: values.name.trim(),
    municipalityCode: values.municipalityCode[0] ?? null,
    skills: values.skills.map((s) => s.trim()).filter(Boolean),
    availability: values.availability.trim() || null,
    vettingStatus: values.vettingStatus,
  };
}

export function createVolunteerInput(values: VolunteerFormValues): CreateVolunteerInput {
  return {
    ...profileInput(values),
    email: values.email.trim() || null,
    phone: values.phone.trim() || null,
    consentGivenAt: consentInstant(values.consentDay),
  };
}

/**
 * An update at the version read. Contact data is sent only when the server showed it
 * (`contact` is null for those who may not see it: sending blanks would erase it), and the
 * consent only when its day changed, so the recorded moment is kept as it was.
 */
export function updateVolunteerInput(
  values: VolunteerFormValues,
  volunteer: Pick<VolunteerDetailFragment, 'id' | 'contact' | 'consentGivenAt'>,
  version: number,
): UpdateVolunteerInput {
  const input: UpdateVolunteerInput = { ...profileInput(values), id: volunteer.id, version };
  if (volunteer.contact) {
    input.email = values.email.trim() || null;
    input.phone = values.phone.trim() || null;
  }
  if (values.consentDay !== sofiaDay(volunteer.consentGivenAt)) {
    input.consentGivenAt = consentInstant(values.consentDay);
  }
  return input;
}

export type VolunteerFormProblem =
  'volunteers.form.nameRequired' | 'volunteers.form.emailInvalid' | 'volunteers.form.phoneInvalid';

/** The checks the server makes too (name, e-mail, phone), before sending. */
export function validateVolunteerForm(values: VolunteerFormValues): Record<string, VolunteerFormProblem> {
  const problems: Record<string, VolunteerFormProblem> = {};
  if (!values.name.trim()) problems.name = 'volunteers.form.nameRequired';
  const email = values.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = 'volunteers.form.emailInvalid';
  const phone = values.phone.trim();
  if (phone && !/^\+?[0-9 ()-]{6,20}$/.test(phone)) problems.phone = 'volunteers.form.phoneInvalid';
  return problems;
}

/** Where a server field error shows; consent and the municipality have their own form names. */
export function volunteerFormPath(serverPath: string): string | null {
  if (['name', 'email', 'phone', 'skills', 'availability', 'vettingStatus'].includes(serverPath))
    return serverPath;
  if (serverPath === 'municipalityCode') return 'municipalityCode';
  if (serverPath === 'consentGivenAt') return 'consentDay';
  if (/^skills\.\d+$/.test(serverPath)) return 'skills';
  return null;
}
