import {
  diffView,
  fieldDiff,
  type FormatContext,
  formatValue,
  inFormOrder,
  isLocalizedText,
  wordDiff,
} from './diff-format';
import { authorLabel, comparePair, snapshotTitle, toggleCompare } from './history-state';

const ctx: FormatContext = {
  formatDate: (value) => `D(${value})`,
  formatDateTime: (value) => `DT(${value})`,
  yes: 'да',
  no: 'не',
};

const join = (segments: { text: string }[] | null) => segments?.map((s) => s.text).join('') ?? null;
const changed = (segments: { text: string; changed: boolean }[] | null) =>
  segments?.filter((s) => s.changed).map((s) => s.text.trim()) ?? [];

describe('values', () => {
  it('format scalars, dates and empty values', () => {
    expect(formatValue(null, ctx)).toBeNull();
    expect(formatValue('', ctx)).toBeNull();
    expect(formatValue(true, ctx)).toBe('да');
    expect(formatValue(12.5, ctx)).toBe('12.5');
    expect(formatValue('2015-05-25', ctx)).toBe('D(2015-05-25)');
    expect(formatValue('2025-03-01T10:00:00.000Z', ctx)).toBe('DT(2025-03-01T10:00:00.000Z)');
    expect(formatValue('PUBLISHED', ctx)).toBe('PUBLISHED');
  });

  it('format objects as key: value, skipping empty and bookkeeping keys', () => {
    expect(formatValue({ municipalityCode: 'PDV26', year: 2015, note: null, _x: 1 }, ctx)).toBe(
      'municipalityCode: PDV26 · year: 2015',
    );
    expect(formatValue({ bg: 'Заглавие', en: null }, ctx)).toBe('BG: Заглавие');
    expect(formatValue({ note: null }, ctx)).toBeNull();
  });

  it('recognise bilingual texts', () => {
    expect(isLocalizedText({ bg: 'а', en: null })).toBe(true);
    expect(isLocalizedText({ bg: 'а', fr: 'b' })).toBe(false);
    expect(isLocalizedText({})).toBe(false);
    expect(isLocalizedText(['bg'])).toBe(false);
  });
});

describe('word diff', () => {
  it('marks only the words that changed, keeping the texts whole', () => {
    const diff = wordDiff(
      'Обучение на социални работници в Пловдив',
      'Обучение на млади социални работници в Родопи',
    );
    expect(join(diff.before)).toBe('Обучение на социални работници в Пловдив');
    expect(join(diff.after)).toBe('Обучение на млади социални работници в Родопи');
    expect(changed(diff.before)).toEqual(['Пловдив']);
    expect(changed(diff.after)).toEqual(['млади', 'Родопи']);
  });

  it('handles identical, empty and completely different texts', () => {
    expect(changed(wordDiff('едно и също', 'едно и също').after)).toEqual([]);
    expect(join(wordDiff('', 'ново').after)).toBe('ново');
    expect(changed(wordDiff('', 'ново').after)).toEqual(['ново']);
    expect(changed(wordDiff('а б', 'в г').before)).toEqual(['а б']);
  });

  it('does not count whitespace alone as a change', () => {
    const diff = wordDiff('a b', 'a  b');
    expect(changed(diff.after)).toEqual([]);
  });

  it('copes with long texts', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const diff = wordDiff(long, long.replace('w1500', 'нова'));
    expect(changed(diff.before)).toEqual(['w1500']);
    expect(changed(diff.after)).toEqual(['нова']);
  });
});

describe('field diffs', () => {
  it('show bilingual texts per language, side by side', () => {
    const diff = fieldDiff(
      {
        field: 'summary',
        before: { bg: 'Старо резюме', en: null },
        after: { bg: 'Ново резюме', en: 'New summary' },
      },
      ctx,
    );
    expect(diff.kind).toBe('text');
    if (diff.kind !== 'text') return;
    expect(diff.rows.map((r) => [r.lang, join(r.before), join(r.after), r.changed])).toEqual([
      ['bg', 'Старо резюме', 'Ново резюме', true],
      ['en', null, 'New summary', true],
    ]);
  });

  it('compare rich texts by what they read, one paragraph per line', () => {
    const diff = fieldDiff(
      {
        field: 'background',
        before: { bg: 'Стар абзац.\n\nВтори абзац.' },
        after: { bg: '<p>Нов абзац.</p><p>Втори <strong>абзац</strong>.</p>', en: '<p>Tom &amp; Jerry</p>' },
      },
      ctx,
    );
    if (diff.kind !== 'text') throw new Error(diff.kind);
    const [bg, en] = diff.rows;
    expect(join(bg.after)).toBe('Нов абзац.\nВтори абзац.');
    expect(changed(bg.before)).toEqual(['Стар']);
    expect(changed(bg.after)).toEqual(['Нов']);
    expect(join(en.after)).toBe('Tom & Jerry');
  });

  it('count a change of formatting alone as a change, with no word marked', () => {
    const diff = fieldDiff(
      { field: 'summary', before: { bg: '<p>Деца</p>' }, after: { bg: '<p><em>Деца</em></p>' } },
      ctx,
    );
    if (diff.kind !== 'text') throw new Error(diff.kind);
    expect(diff.rows[0].changed).toBe(true);
    expect(changed(diff.rows[0].after)).toEqual([]);
  });

  it('treat a text that appears from nothing as a text', () => {
    const diff = fieldDiff({ field: 'results', before: null, after: { bg: 'Резултат' } }, ctx);
    expect(diff.kind).toBe('text');
  });

  it('show lists as added and removed items', () => {
    expect(
      fieldDiff({ field: 'themes', before: ['deca', 'obrazovanie'], after: ['obrazovanie', 'zdrave'] }, ctx),
    ).toEqual({
      kind: 'list',
      field: 'themes',
      added: ['zdrave'],
      removed: ['deca'],
      kept: 1,
    });
    expect(fieldDiff({ field: 'municipalityCodes', before: null, after: ['PDV26'] }, ctx)).toEqual({
      kind: 'list',
      field: 'municipalityCodes',
      added: ['PDV26'],
      removed: [],
      kept: 0,
    });
  });

  it('compare list items of objects by content, counting repeats', () => {
    const diff = fieldDiff(
      {
        field: 'indicators',
        before: [
          { label: 'Деца', value: '40' },
          { label: 'Деца', value: '40' },
        ],
        after: [
          { label: 'Деца', value: '40' },
          { label: 'Семейства', value: '12' },
        ],
      },
      ctx,
    );
    expect(diff).toEqual({
      kind: 'list',
      field: 'indicators',
      added: ['label: Семейства · value: 12'],
      removed: ['label: Деца · value: 40'],
      kept: 1,
    });
  });

  it('show small objects per key', () => {
    const diff = fieldDiff(
      {
        field: 'period',
        before: { to: null, precision: 'MONTH', from: '2013-07-01' },
        after: { extra: 'x', precision: 'MONTH', to: '2015-12-31', from: '2013-07-01' },
      },
      ctx,
    );
    expect(diff).toEqual({
      kind: 'object',
      field: 'period',
      rows: [
        { key: 'from', before: 'D(2013-07-01)', after: 'D(2013-07-01)', changed: false },
        { key: 'to', before: null, after: 'D(2015-12-31)', changed: true },
        { key: 'precision', before: 'MONTH', after: 'MONTH', changed: false },
        { key: 'extra', before: null, after: 'x', changed: true },
      ],
    });
  });

  it('show other values as before → after, long plain texts side by side', () => {
    expect(fieldDiff({ field: 'status', before: 'DRAFT', after: 'PUBLISHED' }, ctx)).toEqual({
      kind: 'value',
      field: 'status',
      before: 'DRAFT',
      after: 'PUBLISHED',
    });
    expect(
      fieldDiff({ field: 'publishedAt', before: null, after: '2025-01-02T08:00:00Z' }, ctx),
    ).toMatchObject({
      kind: 'value',
      before: null,
      after: 'DT(2025-01-02T08:00:00Z)',
    });
    expect(fieldDiff({ field: 'innovator', before: 'ros', after: 'a\nb' }, ctx).kind).toBe('text');
  });

  it('name codes through the context', () => {
    const named = {
      ...ctx,
      label: (field: string, value: string) =>
        field === 'municipalityCodes' ? { PDV26: 'Родопи' }[value] : undefined,
    };
    expect(
      fieldDiff({ field: 'municipalityCodes', before: ['XXX01'], after: ['PDV26', 'XXX01'] }, named),
    ).toMatchObject({
      added: ['Родопи'],
      kept: 1,
    });
    expect(fieldDiff({ field: 'themes', before: [], after: ['PDV26'] }, named)).toMatchObject({
      added: ['PDV26'],
    });
  });

  it('orders fields as the form does and leaves bookkeeping out', () => {
    const changes = [
      { field: 'themes', before: [], after: ['a'] },
      { field: 'zzz', before: 1, after: 2 },
      { field: '_translation', before: {}, after: {} },
      { field: 'title', before: { bg: 'А' }, after: { bg: 'Б' } },
      { field: 'aaa', before: 1, after: 2 },
    ];
    expect(diffView(changes, ctx, ['title', 'summary', 'themes']).map((d) => d.field)).toEqual([
      'title',
      'themes',
      'aaa',
      'zzz',
    ]);
    // Another type's form, another order; without one, by name.
    expect(diffView(changes, ctx, ['themes', 'title']).map((d) => d.field)).toEqual([
      'themes',
      'title',
      'aaa',
      'zzz',
    ]);
    expect(diffView(changes, ctx, []).map((d) => d.field)).toEqual(['aaa', 'themes', 'title', 'zzz']);
  });
});

describe('revision list', () => {
  it('names authors', () => {
    expect(authorLabel({ kind: 'user', name: 'Мария' })).toEqual({ key: 'person', name: 'Мария' });
    expect(authorLabel({ kind: 'system:scheduler' })).toEqual({ key: 'system', name: 'scheduler' });
    expect(authorLabel({ kind: 'public' })).toEqual({ key: 'public' });
    expect(authorLabel(null)).toEqual({ key: 'unknown' });
  });

  it('compares at most two revisions, older to newer', () => {
    let selected = toggleCompare([], 'r3');
    selected = toggleCompare(selected, 'r1');
    expect(selected).toEqual(['r3', 'r1']);
    selected = toggleCompare(selected, 'r2');
    expect(selected).toEqual(['r1', 'r2']);
    expect(toggleCompare(selected, 'r1')).toEqual(['r2']);
    const revisions = [
      { id: 'r3', version: 3 },
      { id: 'r2', version: 2 },
      { id: 'r1', version: 1 },
    ];
    expect(comparePair(['r3', 'r1'], revisions)).toEqual({ fromId: 'r1', toId: 'r3' });
    expect(comparePair(['r1'], revisions)).toBeNull();
    expect(comparePair(['r1', 'gone'], revisions)).toBeNull();
  });

  it('reads the title from a snapshot', () => {
    expect(snapshotTitle({ title: { bg: 'Практика', en: 'Practice' } })).toBe('Практика');
    expect(snapshotTitle({ name: 'Мрежа' })).toBe('Мрежа');
    expect(snapshotTitle({})).toBeNull();
  });
});

describe('inFormOrder', () => {
  it("lists a revision's changed fields as its form shows them, unknown ones last by name", () => {
    const project = ['title', 'summary', 'activities', 'budget', 'partners', 'documents'];
    expect(
      inFormOrder(['documents', 'activities', 'title', 'zeta', 'budget', '_translatedAt'], project),
    ).toEqual(['title', 'activities', 'budget', 'documents', 'zeta']);
  });
});
