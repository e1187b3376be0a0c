import type { OrganizationEditFragment } from '../../gql/graphql';
import {
  createOrganizationInput,
  emptyOrganizationForm,
  organizationFormPath,
  organizationFormValues,
  organizationValuesFromInput,
  updateOrganizationInput,
  validateOrganizationForm,
} from './organization-form';

function read(overrides: Partial<OrganizationEditFragment> = {}): OrganizationEditFragment {
  return {
    __typename: 'Organization',
    id: 'o1',
    version: 4,
    name: 'Клуб на нестопанските организации',
    slug: 'klub',
    kind: 'NGO',
    description: 'Описание',
    updatedAt: '2024-03-01T10:00:00.000Z',
    localization: {
      __typename: 'Localization',
      requested: 'BG',
      served: 'BG',
      stale: false,
      fallbackFields: [],
    },
    contact: {
      __typename: 'Contact',
      person: 'Мария',
      address: null,
      phone: null,
      email: 'club@example.bg',
      website: null,
    },
    municipality: { __typename: 'Municipality', code: 'TGV35' },
    ...overrides,
  };
}

describe('organization form', () => {
  it('starts from the Bulgarian and English reads, without fallback English', () => {
    const en = read({
      name: 'Club of NGOs',
      description: 'Описание',
      localization: {
        __typename: 'Localization',
        requested: 'EN',
        served: 'EN',
        stale: false,
        fallbackFields: ['description'],
      },
    });
    expect(organizationFormValues(read(), en)).toEqual({
      name: { bg: 'Клуб на нестопанските организации', en: 'Club of NGOs' },
      description: { bg: 'Описание', en: '' },
      kind: 'NGO',
      contact: { person: 'Мария', email: 'club@example.bg', phone: '', website: '', address: '' },
      municipalityCode: 'TGV35',
    });
  });

  it('sends trimmed texts, empty contact fields as null, and the version read', () => {
    const values = {
      ...emptyOrganizationForm(),
      name: { bg: ' Фондация ', en: '' },
      contact: { person: ' ', email: 'a@b.bg', phone: '', website: '', address: '' },
    };
    expect(createOrganizationInput(values)).toEqual({
      name: { bg: 'Фондация', en: null },
      description: null,
      kind: 'NGO',
      contact: { person: null, email: 'a@b.bg', phone: null, website: null, address: null },
      municipalityCode: null,
    });
    expect(updateOrganizationInput(values, 'o1', 4)).toMatchObject({ id: 'o1', version: 4 });
  });

  it('checks what the browser can', () => {
    const values = {
      ...emptyOrganizationForm(),
      description: { bg: '', en: 'Only English' },
      contact: { person: '', email: 'not-an-email', phone: '', website: 'example.bg', address: '' },
    };
    expect(validateOrganizationForm(values)).toEqual({
      'name.bg': 'organizations.form.nameRequired',
      'description.bg': 'organizations.form.bgRequired',
      'contact.email': 'organizations.form.emailInvalid',
      'contact.website': 'organizations.form.websiteInvalid',
    });
  });

  it('puts server errors on their fields', () => {
    expect(organizationFormPath('name.bg')).toBe('name.bg');
    expect(organizationFormPath('name')).toBe('name.bg');
    expect(organizationFormPath('contact.website')).toBe('contact.website');
    expect(organizationFormPath('slug')).toBeNull();
  });

  it('come back from an update input (after a conflict merge)', () => {
    const values = organizationFormValues(read(), null);
    expect(
      organizationValuesFromInput(updateOrganizationInput(values, 'o1', 4), emptyOrganizationForm()),
    ).toEqual(values);
    const current = {
      name: { bg: 'Ново име', en: null },
      contact: { person: null, email: 'x@y.bg' },
      _translation: {},
    };
    expect(organizationValuesFromInput(current, values)).toMatchObject({
      name: { bg: 'Ново име', en: '' },
      contact: { person: '', email: 'x@y.bg', phone: '', website: '', address: '' },
      kind: 'NGO',
      municipalityCode: 'TGV35',
    });
  });
});
