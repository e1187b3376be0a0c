import { checkTexts, optionalTextInput, requiredTextInput, textFromInput } from './bilingual-text';

describe('bilingual texts for the API', () => {
  it('trims texts; empty English is null; an empty optional text is cleared', () => {
    expect(optionalTextInput({ bg: ' Заглавие ', en: '  ' })).toEqual({ bg: 'Заглавие', en: null });
    expect(optionalTextInput({ bg: '', en: '' })).toBeNull();
    expect(optionalTextInput({ bg: '', en: 'Only English' })).toEqual({ bg: '', en: 'Only English' });
  });

  it('sends a required text even when empty, so the server names the field', () => {
    expect(requiredTextInput({ bg: ' ', en: '' })).toEqual({ bg: '', en: null });
  });

  it('reads back an input or stored text, anything else as empty', () => {
    expect(textFromInput({ bg: 'Име', en: null })).toEqual({ bg: 'Име', en: '' });
    expect(textFromInput(null)).toEqual({ bg: '', en: '' });
  });
});

describe('checkTexts', () => {
  const keys = { required: 'nameRequired', bgRequired: 'bgRequired' };
  it('needs the first text in Bulgarian and the Bulgarian of any other text given in English', () => {
    const values = { name: { bg: ' ', en: 'Name' }, description: { bg: '', en: 'Only English' } };
    expect(checkTexts(values, ['name', 'description'], keys)).toEqual({
      'name.bg': 'nameRequired',
      'description.bg': 'bgRequired',
    });
  });

  it('accepts empty optional texts and Bulgarian without English', () => {
    const values = { name: { bg: 'Име', en: '' }, description: { bg: '', en: ' ' } };
    expect(checkTexts(values, ['name', 'description'], keys)).toEqual({});
  });
});
