import {
  applyChoices,
  carryChoices,
  conflictDetails,
  defaultChoices,
  diffInputs,
  finalizeChoices,
  fromEditableText,
  normalizeValue,
  sameValue,
  toEditableText,
} from './conflict-merge';

const base = {
  id: 'p1',
  version: 3,
  title: { bg: 'Заглавие', en: 'Title' },
  summary: { bg: 'Резюме', en: null },
  status: 'DRAFT',
  municipalityCodes: ['PDV26', 'PDV39'],
  period: null as null | { from: string | null; to: string | null; precision: string },
  budget: { amount: '199994.17', currency: 'BGN' },
};

/** The server's `extensions.current`: stored shape, with bookkeeping and fields the form never sends. */
const current = {
  title: { bg: 'Заглавие', en: 'Title' },
  summary: { bg: 'Резюме, допълнено от колега', en: null },
  status: 'DRAFT',
  municipalityCodes: ['PDV39', 'PDV26'],
  period: { from: null, to: null, precision: 'DAY' },
  budget: { amount: '199994.17', currency: 'BGN' },
  indicators: [],
  _translation: { bg: '2024-01-01T00:00:00.000Z', en: null },
};

describe('conflictDetails', () => {
  it('reads the current version and record of a CONFLICT', () => {
    const error = {
      errors: [{ message: 'stale', extensions: { code: 'CONFLICT', currentVersion: 4, current } }],
    };
    expect(conflictDetails(error)).toEqual({ currentVersion: 4, current });
  });

  it('is null for other errors and for a CONFLICT without the record', () => {
    expect(
      conflictDetails({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }),
    ).toBeNull();
    expect(
      conflictDetails({ errors: [{ message: 'x', extensions: { code: 'CONFLICT', currentVersion: 4 } }] }),
    ).toBeNull();
    expect(conflictDetails(new Error('network'))).toBeNull();
  });
});

describe('normalizeValue', () => {
  it('treats what the server stores the same as what the form sends', () => {
    expect(sameValue({ bg: ' Текст ', en: '' }, { bg: 'Текст', en: null })).toBe(true);
    expect(sameValue({ bg: '', en: '' }, null)).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue([], null)).toBe(true);
    expect(sameValue(null, { from: null, to: null, precision: 'DAY' }, 'period')).toBe(true);
    expect(sameValue(['PDV39', 'PDV26'], ['PDV26', 'PDV39'], 'municipalityCodes')).toBe(true);
    expect(
      sameValue({ amount: '100', currency: 'EUR' }, { amount: '100.00', currency: 'EUR' }, 'budget'),
    ).toBe(true);
    // Indicator values as typed and as the server stores them (two decimals, maybe negative).
    const indicator = (value: string) => ({
      label: { bg: 'Деца', en: null },
      value,
      unit: { bg: 'бр.', en: null },
    });
    expect(
      sameValue(
        [indicator('120'), indicator('-3.5')],
        [indicator('120.00'), indicator('-3.50')],
        'indicators',
      ),
    ).toBe(true);
    expect(sameValue([indicator('120')], [indicator('-120.00')], 'indicators')).toBe(false);
  });

  it('keeps order where it matters and English where it differs', () => {
    expect(sameValue([{ bg: 'а' }, { bg: 'б' }], [{ bg: 'б' }, { bg: 'а' }], 'specificObjectives')).toBe(
      false,
    );
    expect(sameValue({ bg: 'Текст', en: 'Text' }, { bg: 'Текст', en: null })).toBe(false);
    expect(sameValue({ amount: '100.5', currency: 'BGN' }, { amount: '100.50', currency: 'EUR' })).toBe(
      false,
    );
  });

  it('drops bookkeeping keys', () => {
    expect(normalizeValue({ a: 1, _translation: { bg: 'x' } })).toEqual({ a: 1 });
  });
});

describe('diffInputs', () => {
  const mine = { ...base, title: { bg: 'Моето ново заглавие', en: 'Title' } };

  it('lists the fields my input sends that differ from the current record, in the form order', () => {
    const diffs = diffInputs(mine, current, { base, order: ['summary', 'title'] });
    expect(diffs.map((d) => d.field)).toEqual(['summary', 'title']);
    expect(diffs[0]).toMatchObject({ field: 'summary', changedByMe: false, changedByThem: true });
    expect(diffs[1]).toMatchObject({ field: 'title', changedByMe: true, changedByThem: false });
  });

  it('never compares id, version, bookkeeping, or fields the server did not send', () => {
    const diffs = diffInputs({ ...mine, version: 1, extra: 'x', _translation: 1 }, current);
    expect(diffs.map((d) => d.field).sort()).toEqual(['summary', 'title']);
  });

  it('assumes both changed everything when there is no base', () => {
    const [first] = diffInputs(mine, current);
    expect(first).toMatchObject({ changedByMe: true, changedByThem: true });
  });

  it('finds nothing when the other save changed the same way', () => {
    expect(diffInputs({ ...base, summary: current.summary }, current, { base })).toEqual([]);
  });
});

describe('choices', () => {
  const mine = {
    ...base,
    title: { bg: 'Моето', en: 'Mine' },
    summary: { bg: 'Моето резюме', en: null },
  };
  const theirs = { ...current, title: { bg: 'Тяхното', en: 'Theirs' } };

  it('default to theirs only where they alone changed a field', () => {
    const diffs = diffInputs(mine, theirs, { base: { ...base, summary: mine.summary } });
    expect(defaultChoices(diffs)).toEqual({ title: { side: 'mine' }, summary: { side: 'theirs' } });
  });

  it('merge into my input at the current version, with edited texts', () => {
    const diffs = diffInputs(mine, theirs, { base });
    const merged = applyChoices(
      mine,
      diffs,
      { title: { side: 'theirs' }, summary: { side: 'edited', value: { bg: 'Слято', en: null } } },
      7,
    );
    expect(merged).toEqual({
      ...mine,
      version: 7,
      title: { bg: 'Тяхното', en: 'Theirs' },
      summary: { bg: 'Слято', en: null },
    });
    // A copy: editing the merged input later cannot change the server's record object.
    (merged.title as { bg: string }).bg = 'x';
    expect(theirs.title.bg).toBe('Тяхното');
  });

  it('keep my values for fields without a choice', () => {
    const diffs = diffInputs(mine, theirs);
    expect(applyChoices(mine, diffs, {}, 5)).toEqual({ ...mine, version: 5 });
  });

  it('carry over to a newer conflict for the fields that still differ', () => {
    const diffs = diffInputs(mine, theirs, { base });
    const carried = carryChoices({ title: { side: 'theirs' }, status: { side: 'mine' } }, diffs);
    // Both changed the summary: mine by default.
    expect(carried).toEqual({ title: { side: 'theirs' }, summary: { side: 'mine' } });
  });
});

describe('finalizeChoices', () => {
  it('turns texts edited in the dialog into input texts', () => {
    expect(
      finalizeChoices({
        title: { side: 'theirs' },
        summary: { side: 'edited', value: { bg: ' Слято ', en: '' } },
        results: { side: 'edited', value: { bg: '', en: ' ' } },
      }),
    ).toEqual({
      title: { side: 'theirs' },
      summary: { side: 'edited', value: { bg: 'Слято', en: null } },
      results: { side: 'edited', value: null },
    });
  });
});

describe('editable texts', () => {
  it('turn stored texts into two strings and back', () => {
    expect(toEditableText({ bg: 'а', en: null })).toEqual({ bg: 'а', en: '' });
    expect(toEditableText(null)).toEqual({ bg: '', en: '' });
    expect(fromEditableText({ bg: ' а ', en: ' ' })).toEqual({ bg: 'а', en: null });
    expect(fromEditableText({ bg: '', en: '' })).toBeNull();
  });
});
