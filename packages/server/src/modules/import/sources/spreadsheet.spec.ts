import type { OrganizationRecordDraft, PracticeDraft, ProjectDraft, SourceProblem } from '../import.types';
import { matchPlace } from '../places';
import { parseAmountText } from './money-text';
import {
  kindOfHeader,
  parseSpreadsheet,
  SPREADSHEET_COLUMNS,
  spreadsheetTemplate,
  type SpreadsheetKind,
} from './spreadsheet';

const parseOne = (name: string, text: string) => parseSpreadsheet([{ name, text }]);
const errors = (problems: SourceProblem[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => ({ reason: p.reason, ...p.args }));

describe('spreadsheetTemplate', () => {
  it.each<SpreadsheetKind>(['organization', 'practice', 'project'])(
    'the %s template parses back with no problem',
    (kind) => {
      const template = spreadsheetTemplate(kind);
      expect(template.startsWith('\uFEFF')).toBe(true);
      expect(template.split('\r\n')[0]).toBe(
        '\uFEFF' + SPREADSHEET_COLUMNS[kind].map((c) => c.name).join(';'),
      );
      const { drafts, refused, warnings } = parseOne(`${kind}.csv`, template);
      expect(refused).toEqual([]);
      expect(warnings).toEqual([]);
      expect(drafts).toHaveLength(1);
      expect(drafts[0]).toMatchObject({ type: kind, origin: `${kind}.csv:2`, problems: [] });
      expect(drafts[0].sourceKey).toMatch(
        new RegExp(`^csv:${kind}:${kind === 'organization' ? 'org' : kind}-001$`),
      );
      for (const place of drafts[0].places) expect(matchPlace(place)).toHaveProperty('code');
    },
  );

  it('gives an example project with exact money and the five Targovishte municipalities in the practice', () => {
    const project = parseOne('p.csv', spreadsheetTemplate('project')).drafts[0] as ProjectDraft;
    expect(project.budget).toEqual({ amount: '199994.17', currency: 'BGN' });
    expect(project.title.bg).toBe('Инициатива за развитие и социално включване – за нашите деца');
    expect(project.period).toEqual({ from: '2019-09-15', to: '2020-12-31', precision: 'DAY' });
    expect(project.places.map((p) => matchPlace(p))).toEqual(
      ['PDV22', 'PDV17', 'PDV28', 'PDV42', 'PDV26', 'PDV40', 'PDV41', 'PDV01'].map((code) => ({ code })),
    );
    const practice = parseOne('p.csv', spreadsheetTemplate('practice')).drafts[0] as PracticeDraft;
    expect(practice.places.map((p) => matchPlace(p))).toEqual(
      ['TGV02', 'TGV22', 'TGV23', 'TGV24', 'TGV35'].map((code) => ({ code })),
    );
    expect(practice.period).toEqual({ from: '2013-07-01', to: '2015-12-31', precision: 'DAY' });
  });
});

describe('parseSpreadsheet: encodings, delimiters, quoting', () => {
  const rows = [
    'id,name_bg,name_en,kind,municipality',
    'n1,Сдружение „Деца и семейство“,Children and Family Association,НПО,Община Търговище',
    '"n2","Фондация ""Искра""",,FOUNDATION,PDV26',
  ];

  it('reads a comma file without a BOM and a semicolon file with one alike, Cyrillic intact', () => {
    const comma = parseOne('orgs.csv', rows.join('\n'));
    const semicolon = parseOne(
      'orgs.csv',
      '\uFEFF' + rows.map((r) => r.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')).join('\r\n'),
    );
    for (const { drafts, refused } of [comma, semicolon]) {
      expect(refused).toEqual([]);
      expect(drafts as OrganizationRecordDraft[]).toEqual([
        {
          type: 'organization',
          sourceKey: 'csv:organization:n1',
          origin: 'orgs.csv:2',
          places: ['Община Търговище'],
          problems: [],
          organization: {
            name: { bg: 'Сдружение „Деца и семейство“', en: 'Children and Family Association' },
            kind: 'NGO',
          },
        },
        {
          type: 'organization',
          sourceKey: 'csv:organization:n2',
          origin: 'orgs.csv:3',
          places: ['PDV26'],
          problems: [],
          organization: { name: { bg: 'Фондация "Искра"' }, kind: 'FOUNDATION', municipalityCode: 'PDV26' },
        },
      ]);
    }
  });

  it('keeps line breaks of a quoted cell, and counts lines after it right', () => {
    const text = [
      'id;title_bg;activities_bg;activities_en;budget;currency;municipalities',
      'p1;Проект едно;"• Обучение на приемни родители',
      '• Кампания в общността";"Training foster parents',
      'Community campaign";199 994,17;лв.;Антоново | Омуртаг',
      'p2;Проект две;;;не е сума;BGN;TGV35, TGV02',
    ].join('\n');
    const { drafts } = parseOne('projects.csv', text);
    const [one, two] = drafts as ProjectDraft[];
    expect(one.activities).toEqual([
      { bg: 'Обучение на приемни родители', en: 'Training foster parents' },
      { bg: 'Кампания в общността', en: 'Community campaign' },
    ]);
    expect(one.budget).toEqual({ amount: '199994.17', currency: 'BGN' });
    expect(one.places).toEqual(['Антоново', 'Омуртаг']);
    expect(two.origin).toBe('projects.csv:5');
    expect(two.places).toEqual(['TGV35', 'TGV02']);
    expect(errors(two.problems)).toEqual([
      { reason: 'badAmount', row: 5, column: 'budget', value: 'не е сума' },
    ]);
  });

  it('refuses an organization row with a bad e-mail or kind, naming row and column', () => {
    const { drafts } = parseOne(
      'o.csv',
      'id;name_bg;kind;email\n1;Община Родопи;община;не-имейл\n2;Сдружение;клуб;',
    );
    expect(drafts.map((d) => errors(d.problems))).toEqual([
      [{ reason: 'badEmail', row: 2, column: 'email', value: 'не-имейл' }],
      [{ reason: 'badValue', row: 3, column: 'kind', value: 'клуб' }],
    ]);
  });

  it('refuses a file that is not CSV, naming the line', () => {
    const { refused, drafts } = parseOne('broken.csv', 'id;name_bg\n1;"Сдружение\n');
    expect(drafts).toEqual([]);
    expect(refused).toEqual([
      { origin: 'broken.csv:2', problems: [expect.objectContaining({ reason: 'badCsv' })] },
    ]);
  });
});

describe('parseSpreadsheet: the kind from the header', () => {
  it.each([
    [['id', 'name_bg'], 'organization'],
    [['id', 'title_bg', 'background_bg'], 'practice'],
    [['id', 'title_bg', 'budget', 'currency'], 'project'],
    [['id', 'title_bg', 'status', 'innovator', 'funder'], 'project'],
  ])('%j is %s', (header, kind) => {
    expect(kindOfHeader(header)).toBe(kind);
  });

  it('refuses an unrecognizable or ambiguous header, naming the expected columns', () => {
    const { refused } = parseSpreadsheet([
      { name: 'a.csv', text: 'номер;заглавие\n1;Нещо' },
      { name: 'b.csv', text: 'id;title_bg\n1;Нещо' },
    ]);
    expect(refused).toEqual([
      {
        origin: 'a.csv',
        problems: [
          expect.objectContaining({ reason: 'unknownHeader', message: expect.stringContaining('name_bg') }),
        ],
      },
      {
        origin: 'b.csv',
        problems: [
          expect.objectContaining({
            reason: 'ambiguousHeader',
            message: expect.stringContaining('practice and project'),
          }),
        ],
      },
    ]);
  });

  it('warns once per file about columns it does not know, and reads the rest', () => {
    const { drafts, warnings } = parseOne(
      'o.csv',
      'id;name_bg;бележка;color\n1;Община Родопи;x;y\n2;Община Кричим;x;y',
    );
    expect(drafts).toHaveLength(2);
    expect(warnings).toEqual([
      {
        origin: 'o.csv',
        problems: [
          expect.objectContaining({ reason: 'unknownColumns', args: { columns: 'бележка, color' } }),
        ],
      },
    ]);
  });
});

describe('parseSpreadsheet: bad cells refuse the row, naming row and column', () => {
  const header =
    'id;title_bg;title_en;period_from;period_to;status;budget;currency;eu_share_percent;source_url';
  const project = (cells: string) => {
    const { drafts, refused } = parseOne('p.csv', `${header}\n${cells}`);
    return { draft: drafts[0] as ProjectDraft | undefined, refused };
  };

  it('reads a good row in either date format and either amount format', () => {
    const { draft } = project(
      'x1;Заглавие;Title;01.06.2016;2018-05-31;в изпълнение;199994.17;EUR;85;https://example.bg/p',
    );
    expect(draft).toMatchObject({
      period: { from: '2016-06-01', to: '2018-05-31', precision: 'DAY' },
      implementationStatus: 'ONGOING',
      budget: { amount: '199994.17', currency: 'EUR' },
      euSharePercent: '85',
      sourceUrl: 'https://example.bg/p',
      problems: [],
    });
  });

  it.each([
    ['x;Заглавие;;32.01.2016;;;;;;', { reason: 'badDate', column: 'period_from', value: '32.01.2016' }],
    ['x;Заглавие;;2019;2018;;;;;', { reason: 'periodOrder', column: 'period_to' }],
    ['x;Заглавие;;;;спрян;;;;', { reason: 'badValue', column: 'status', value: 'спрян' }],
    ['x;Заглавие;;;;;1.999,999;BGN;;', { reason: 'badAmount', column: 'budget', value: '1.999,999' }],
    ['x;Заглавие;;;;;100;;;', { reason: 'missingCurrency', column: 'currency' }],
    ['x;Заглавие;;;;;100;USD;;', { reason: 'badCurrency', column: 'currency', value: 'USD' }],
    ['x;Заглавие;;;;;100 лв.;EUR;;', { reason: 'currencyConflict', column: 'budget' }],
    ['x;Заглавие;;;;;;;120;', { reason: 'badPercent', column: 'eu_share_percent', value: '120' }],
    [
      'x;Заглавие;;;;;;;;javascript:alert(1)',
      { reason: 'badUrl', column: 'source_url', value: 'javascript:alert(1)' },
    ],
    ['x;;Title only;;;;;;;', { reason: 'missingTitle', column: 'title_bg' }],
  ])('%s', (cells, problem) => {
    const { draft } = project(cells);
    expect(draft?.origin).toBe('p.csv:2');
    expect(errors(draft?.problems ?? [])).toEqual([{ row: 2, ...problem }]);
  });

  it('refuses a row without an id, and a second row with the same id', () => {
    const { drafts, refused } = parseOne(
      'p.csv',
      `${header}\n;Без ключ;;;;;;;;\na;Първи;;;;;;;;\na;Втори;;;;;;;;`,
    );
    expect(drafts.map((d) => d.sourceKey)).toEqual(['csv:project:a']);
    expect(refused).toEqual([
      {
        origin: 'p.csv:2',
        problems: [expect.objectContaining({ reason: 'missingId', args: { row: 2, column: 'id' } })],
      },
      {
        origin: 'p.csv:4',
        problems: [
          expect.objectContaining({ reason: 'duplicateId', args: { row: 4, column: 'id', value: 'a' } }),
        ],
      },
    ]);
  });
});

describe('amounts as written', () => {
  it.each([
    ['499,990.86', '499990.86'],
    ['499 990,86', '499990.86'],
    ['499990,86', '499990.86'],
    ['499\u00a0990,86 лв.', '499990.86'],
    ['1.234.567,89', '1234567.89'],
    ['1,500', '1500.00'],
    ['12,5', '12.50'],
    ['0.07', '0.07'],
  ])('%s → %s', (text, amount) => {
    expect(parseAmountText(text)?.amount).toBe(amount);
  });

  it.each(['499.990.86', '1,2,3', '12.345,6789', '49 99,00', 'abc', '-5', '1234567890123'])(
    '%s is no amount',
    (text) => {
      expect(parseAmountText(text)).toBeNull();
    },
  );
});
