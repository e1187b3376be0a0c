import type { VolunteerProgrammeEditFragment } from '../../gql/graphql';
import {
  createProgrammeInput,
  emptyProgrammeForm,
  programmeFormPath,
  programmeFormValues,
  updateProgrammeInput,
  validateProgrammeForm,
} from './programme-form';

function programme(locale: 'BG' | 'EN', fallbackFields: string[] = []): VolunteerProgrammeEditFragment {
  return {
    __typename: 'VolunteerProgramme',
    id: 'vp1',
    version: 4,
    status: 'PUBLISHED',
    slug: 'golyam-brat',
    name: locale === 'BG' ? 'Голям брат / голяма сестра' : 'Big Brother / Big Sister',
    description: locale === 'BG' ? 'Менторство' : 'Mentoring',
    publishedAt: '2020-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    volunteerCount: 6,
    hoursLogged: '481.00',
    localization: {
      __typename: 'Localization',
      requested: locale,
      served: locale,
      stale: false,
      fallbackFields,
    },
    organization: {
      __typename: 'Organization',
      id: 'o1',
      name: 'НАРД',
      localization: { __typename: 'Localization', requested: locale },
    },
    project: null,
    municipalities: [
      { __typename: 'Municipality', code: 'PDV33' },
      { __typename: 'Municipality', code: 'PDV37' },
    ],
  };
}

describe('programmeFormValues', () => {
  it('reads both languages; English the server filled in from Bulgarian starts empty', () => {
    const values = programmeFormValues(programme('BG'), programme('EN', ['description']));
    expect(values).toEqual({
      name: { bg: 'Голям брат / голяма сестра', en: 'Big Brother / Big Sister' },
      description: { bg: 'Менторство', en: '' },
      status: 'PUBLISHED',
      organizationId: 'o1',
      projectId: null,
      municipalityCodes: ['PDV33', 'PDV37'],
    });
  });
});

describe('inputs', () => {
  it('creates with trimmed texts and clears empty optional ones', () => {
    const values = {
      ...emptyProgrammeForm(),
      name: { bg: '  Нова програма ', en: '' },
      municipalityCodes: ['SFO46'],
    };
    expect(createProgrammeInput(values)).toEqual({
      name: { bg: 'Нова програма', en: null },
      description: null,
      status: 'DRAFT',
      organizationId: null,
      projectId: null,
      municipalityCodes: ['SFO46'],
    });
  });

  it('updates at the version read, leaving the status out for roles that may not change it', () => {
    const values = programmeFormValues(programme('BG'), programme('EN'));
    expect(updateProgrammeInput(values, 'vp1', 4)).toMatchObject({
      id: 'vp1',
      version: 4,
      status: 'PUBLISHED',
    });
    expect(updateProgrammeInput(values, 'vp1', 4, false)).not.toHaveProperty('status');
  });
});

describe('validateProgrammeForm and programmeFormPath', () => {
  it('requires the Bulgarian name and Bulgarian beside English', () => {
    const values = { ...emptyProgrammeForm(), description: { bg: '', en: 'Only English' } };
    expect(validateProgrammeForm(values)).toEqual({
      'name.bg': 'programmes.form.nameRequired',
      'description.bg': 'programmes.form.bgRequired',
    });
  });

  it('puts server field errors on the form fields', () => {
    expect(programmeFormPath('name')).toBe('name.bg');
    expect(programmeFormPath('name.en')).toBe('name.en');
    expect(programmeFormPath('municipalityCodes.3')).toBe('municipalityCodes');
    expect(programmeFormPath('organizationId')).toBe('organizationId');
    expect(programmeFormPath('publishAt')).toBeNull();
  });
});
