import {
  contactInput,
  contactValues,
  contactValuesFromInput,
  formatContactInput,
  validateContact,
} from './contact-input';

describe('contact', () => {
  it('reads, sends trimmed with empty details cleared, and comes back the same', () => {
    const values = contactValues({ person: 'Мария Иванова', email: ' maria@example.org ', phone: null });
    expect(values).toEqual({
      person: 'Мария Иванова',
      email: ' maria@example.org ',
      phone: '',
      website: '',
      address: '',
    });
    const input = contactInput(values);
    expect(input).toEqual({
      person: 'Мария Иванова',
      email: 'maria@example.org',
      phone: null,
      website: null,
      address: null,
    });
    expect(contactValuesFromInput(input)).toEqual({ ...values, email: 'maria@example.org' });
    expect(formatContactInput(input)).toBe('Мария Иванова, maria@example.org');
  });

  it('checks the e-mail and website before the server does', () => {
    const values = { ...contactValues(), email: 'maria@', website: 'www.example.org' };
    expect(validateContact(values)).toEqual({
      'contact.email': 'contact.problems.emailInvalid',
      'contact.website': 'contact.problems.websiteInvalid',
    });
    expect(validateContact({ ...values, email: 'a@b.bg', website: 'https://example.org' })).toEqual({});
  });
});
