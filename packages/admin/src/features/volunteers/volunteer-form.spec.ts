import type { VolunteerDetailFragment } from '../../gql/graphql';
import {
  consentInstant,
  createVolunteerInput,
  emptyVolunteerForm,
  updateVolunteerInput,
  validateVolunteerForm,
  volunteerFormPath,
  volunteerFormValues,
} from './volunteer-form';
import { sofiaDay } from '../../shared/sofia-day';

function volunteer(overrides: Partial<VolunteerDetailFragment> = {}): VolunteerDetailFragment {
  return {
    __typename: 'Volunteer',
    id: 'v1',
    version: 2,
    name: 'Георги Иванов',
    skills: ['менторство'],
    availability: 'събота',
    consentGivenAt: '2025-04-06T16:31:00.000Z',
    vettingStatus: 'APPROVED',
    updatedAt: '2025-05-01T10:00:00.000Z',
    contact: { __typename: 'VolunteerContact', email: 'georgi@example.org', phone: '+359 89 517 2643' },
    municipality: { __typename: 'Municipality', code: 'PDV01', nameBg: 'Асеновград', nameEn: 'Asenovgrad' },
    assignments: [],
    ...overrides,
  };
}

describe('consent day', () => {
  it('is sent as the first moment of the day in UTC, the same day in Sofia', () => {
    expect(consentInstant('2025-04-06')).toBe('2025-04-06T00:00:00.000Z');
    expect(sofiaDay(consentInstant('2025-04-06'))).toBe('2025-04-06');
    expect(consentInstant(null)).toBeNull();
    expect(consentInstant('6 April')).toBeNull();
  });
});

describe('volunteer inputs', () => {
  it('reads the form values', () => {
    expect(volunteerFormValues(volunteer())).toEqual({
      name: 'Георги Иванов',
      email: 'georgi@example.org',
      phone: '+359 89 517 2643',
      municipalityCode: ['PDV01'],
      skills: ['менторство'],
      availability: 'събота',
      consentDay: '2025-04-06',
      vettingStatus: 'APPROVED',
    });
  });

  it('creates with blanks as nulls', () => {
    const values = {
      ...emptyVolunteerForm(),
      name: ' Мария ',
      skills: [' готвене ', ''],
      consentDay: '2025-01-02',
    };
    expect(createVolunteerInput(values)).toEqual({
      name: 'Мария',
      municipalityCode: null,
      skills: ['готвене'],
      availability: null,
      vettingStatus: 'NOT_STARTED',
      email: null,
      phone: null,
      consentGivenAt: '2025-01-02T00:00:00.000Z',
    });
  });

  it('keeps the recorded consent moment when its day did not change', () => {
    const v = volunteer();
    const input = updateVolunteerInput(volunteerFormValues(v), v, v.version);
    expect(input).not.toHaveProperty('consentGivenAt');
    expect(input).toMatchObject({ id: 'v1', version: 2, email: 'georgi@example.org' });
    const changed = updateVolunteerInput({ ...volunteerFormValues(v), consentDay: null }, v, v.version);
    expect(changed.consentGivenAt).toBeNull();
  });

  it('never sends contact fields it could not read (that would erase them)', () => {
    const hidden = volunteer({ contact: null });
    const input = updateVolunteerInput(volunteerFormValues(hidden), hidden, hidden.version);
    expect(input).not.toHaveProperty('email');
    expect(input).not.toHaveProperty('phone');
  });
});

describe('validateVolunteerForm and volunteerFormPath', () => {
  it('checks name, e-mail and phone as the server does', () => {
    expect(validateVolunteerForm({ ...emptyVolunteerForm(), email: 'not-an-email', phone: 'abc' })).toEqual({
      name: 'volunteers.form.nameRequired',
      email: 'volunteers.form.emailInvalid',
      phone: 'volunteers.form.phoneInvalid',
    });
    expect(
      validateVolunteerForm({
        ...emptyVolunteerForm(),
        name: 'А',
        email: 'a@b.bg',
        phone: '+359 (2) 123-456',
      }),
    ).toEqual({});
  });

  it('maps server paths to form fields', () => {
    expect(volunteerFormPath('consentGivenAt')).toBe('consentDay');
    expect(volunteerFormPath('skills.2')).toBe('skills');
    expect(volunteerFormPath('email')).toBe('email');
    expect(volunteerFormPath('version')).toBeNull();
  });
});
