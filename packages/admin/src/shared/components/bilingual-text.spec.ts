import { optionalTextInput, requiredTextInput, textFromInput } from './bilingual-text';

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
