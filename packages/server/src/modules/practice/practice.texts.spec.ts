import { describeLocalization, Locale } from '../../common/localized';
import { Practice } from './practice.entity';
import { assignTexts } from '../../common/texts';

function practice(): Practice {
  const record = new Practice();
  record.bgRevisedAt = new Date('2020-01-01T00:00:00Z');
  record.enRevisedAt = null;
  return record;
}

describe('bilingual texts', () => {
  it('trims texts and stores a blank English text as missing', () => {
    const record = practice();
    assignTexts(record, { title: { bg: '  Ранна интервенция ', en: '   ' } }, ['title']);
    expect(record.title).toEqual({ bg: 'Ранна интервенция', en: null });
  });

  it('marks English stale when only the Bulgarian source changes afterwards', () => {
    const record = practice();
    assignTexts(record, { title: { bg: 'Заглавие', en: 'Title' } }, ['title'], new Date('2021-01-01'));
    expect(describeLocalization(record, Locale.EN).stale).toBe(false);
    assignTexts(record, { title: { bg: 'Ново заглавие', en: 'Title' } }, ['title'], new Date('2022-01-01'));
    expect(describeLocalization(record, Locale.EN).stale).toBe(true);
    assignTexts(
      record,
      { title: { bg: 'Ново заглавие', en: 'New title' } },
      ['title'],
      new Date('2023-01-01'),
    );
    expect(describeLocalization(record, Locale.EN).stale).toBe(false);
  });

  it('sees changes inside ordered lists of texts', () => {
    const record = practice();
    record.bgRevisedAt = new Date('2020-01-01');
    assignTexts(record, { title: [{ bg: 'а' }, { bg: 'б' }] }, ['title'], new Date('2024-01-01'));
    expect(record.bgRevisedAt.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(record.enRevisedAt).toBeNull();
  });

  it('reports the fields served in Bulgarian for an English request', () => {
    const record = practice();
    assignTexts(record, { title: { bg: 'Заглавие', en: 'Title' }, results: { bg: 'Резултати' } }, [
      'title',
      'results',
    ]);
    const localization = describeLocalization(record, Locale.EN);
    expect(localization.served).toBe(Locale.EN);
    expect(localization.fallbackFields).toEqual(['results']);
    expect(describeLocalization(record, Locale.BG).fallbackFields).toEqual([]);
  });
});
