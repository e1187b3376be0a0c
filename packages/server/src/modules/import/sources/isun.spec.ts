import { readFileSync } from 'node:fs';
import type { ProjectDraft, SourceProblem } from '../import.types';
import { matchPlace } from '../places';
import { parseBgDate, parseBgMonth, parseDateText } from './dates-text';
import { parseIsun } from './isun';

import { ISUN_EN_PAGE as enPage, ISUN_NUMBER as NUMBER, ISUN_SAMPLE } from './isun.fixture';

const bgPage = readFileSync(ISUN_SAMPLE, 'utf8');

const only = (drafts: unknown[]): ProjectDraft => {
  expect(drafts).toHaveLength(1);
  return drafts[0] as ProjectDraft;
};
const reasons = (problems: SourceProblem[]): string[] => problems.map((p) => `${p.severity}:${p.reason}`);
/** The sample with one line replaced (or removed when `to` is null). */
const edited = (from: RegExp, to: string | null): string =>
  bgPage
    .split('\n')
    .filter((l) => to !== null || !from.test(l))
    .map((l) => (to !== null && from.test(l) ? to : l))
    .join('\n');

describe('parseIsun: the real sample page', () => {
  const { drafts, refused } = parseIsun([{ name: 'isun-project-record-bg.txt', text: bgPage }]);
  const draft = only(drafts);

  it('reads every field of the page', () => {
    expect(refused).toEqual([]);
    expect(draft).toEqual({
      type: 'project',
      sourceKey: `isun:${NUMBER}`,
      origin: 'isun-project-record-bg.txt',
      sourceUrl: 'https://umispublic.government.bg/srchProjectInfo.aspx?id=94435',
      referenceNumber: NUMBER,
      contractNumber: 'BG051PO001-5.2.12/D01-12',
      title: { bg: '"Моят дом" - 3 ЦНСТ за деца с увреждания и ЗЖ' },
      leadOrganization: { name: { bg: 'Община Монтана' }, kind: 'MUNICIPALITY' },
      funder: { name: { bg: 'Европейски социален фонд', en: 'European Social Fund' }, kind: 'FUNDER' },
      fundingProgramme: { bg: 'Оперативна програма "Развитие на човешките ресурси"' },
      contractDate: '2013-08-06',
      period: { from: '2013-08-29', to: '2015-01-01', precision: 'DAY' },
      implementationStatus: 'COMPLETED',
      places: ['Монтана > Монтана'],
      summary: {
        bg: expect.stringMatching(/^Съобразно Националните карти .* според най-добрия интерес на детето\.$/),
      },
      activities: [{ bg: 'Организация и управление на проекта' }],
      problems: [],
    });
  });

  it('places the project in Montana municipality', () => {
    expect(matchPlace(draft.places[0])).toEqual({ code: 'MON29' });
  });

  it('reads the page without its provenance header too', () => {
    const body = bgPage.slice(bgPage.indexOf('---\n') + 4);
    const bare = only(parseIsun([{ name: 'bare.txt', text: body }]).drafts);
    const { sourceUrl: _url, origin: _origin, ...rest } = draft;
    expect(bare).toEqual({ ...rest, origin: 'bare.txt' });
  });
});

describe('parseIsun: the Bulgarian and English pages of one project', () => {
  const { drafts, refused } = parseIsun([
    { name: 'bg.txt', text: bgPage },
    { name: 'en.txt', text: enPage },
  ]);
  const draft = only(drafts);

  it('become one draft with both languages', () => {
    expect(refused).toEqual([]);
    expect(draft.origin).toBe('bg.txt + en.txt');
    expect(draft.title).toEqual({
      bg: '"Моят дом" - 3 ЦНСТ за деца с увреждания и ЗЖ',
      en: '"My Home" - 3 family-type placement centres for children with disabilities and a protected home',
    });
    expect(draft.leadOrganization).toEqual({
      name: { bg: 'Община Монтана', en: 'Municipality of Montana' },
      kind: 'MUNICIPALITY',
    });
    expect(draft.fundingProgramme).toEqual({
      bg: 'Оперативна програма "Развитие на човешките ресурси"',
      en: 'Operational Programme "Human Resources Development"',
    });
    expect(draft.summary?.en).toBe(
      'Three family-type placement centres and one protected home offer individual care to children and young people with disabilities.',
    );
    expect(draft.activities).toEqual([
      { bg: 'Организация и управление на проекта', en: 'Project organisation and management' },
    ]);
    expect(draft.places).toEqual(['Монтана > Монтана']);
    expect(draft.problems).toEqual([]);
  });

  it('takes the money from the English page, exact to the stotinka, in BGN (contracted in 2013)', () => {
    expect(draft.budget).toEqual({ amount: '499990.86', currency: 'BGN' });
    expect(draft.grant).toEqual({ amount: '424992.23', currency: 'BGN' });
    expect(draft.selfFinance).toEqual({ amount: '74998.63', currency: 'BGN' });
    expect(draft.totalPaid).toEqual({ amount: '468734.12', currency: 'BGN' });
    expect(draft.euSharePercent).toBe('85.00');
    expect(draft.period).toEqual({ from: '2013-08-29', to: '2015-01-01', precision: 'DAY' });
    expect(draft.implementationStatus).toBe('COMPLETED');
  });

  it('merges in either order, and says where the two pages disagree', () => {
    const reversed = only(
      parseIsun([
        { name: 'en.txt', text: enPage },
        { name: 'bg.txt', text: bgPage },
      ]).drafts,
    );
    expect(reversed.title).toEqual(draft.title);
    const conflicting = enPage.replace('Start date: 29 Aug, 2013', 'Start date: 30 Aug, 2013');
    const merged = only(
      parseIsun([
        { name: 'bg.txt', text: bgPage },
        { name: 'en.txt', text: conflicting },
      ]).drafts,
    );
    expect(merged.period?.from).toBe('2013-08-29');
    expect(merged.problems).toEqual([
      expect.objectContaining({
        reason: 'languageConflict',
        severity: 'warning',
        args: expect.objectContaining({ field: 'from' }),
      }),
    ]);
  });

  it('refuses a second page in the same language of the same number', () => {
    const { drafts: again, refused: second } = parseIsun([
      { name: 'a.txt', text: bgPage },
      { name: 'b.txt', text: bgPage },
    ]);
    expect(again).toHaveLength(1);
    expect(second).toEqual([
      { origin: 'b.txt', problems: [expect.objectContaining({ reason: 'duplicatePage' })] },
    ]);
  });

  it('refuses a record with only an English page: Obmen needs the Bulgarian title', () => {
    const english = only(parseIsun([{ name: 'en.txt', text: enPage }]).drafts);
    expect(reasons(english.problems)).toContain('error:missingTitle');
  });
});

describe('parseIsun: Bulgarian amounts and currencies', () => {
  const withMoney = (lines: string): ProjectDraft =>
    only(
      parseIsun([{ name: 'p.txt', text: bgPage.replace('Статус: Приключен', `Статус: Приключен\n${lines}`) }])
        .drafts,
    );

  it('reads "499 990,86" and "499990,86" exactly, BGN before 2026', () => {
    const draft = withMoney('Обща стойност: 499 990,86\nБезвъзмездна финансова помощ: 424992,23 лв.');
    expect(draft.budget).toEqual({ amount: '499990.86', currency: 'BGN' });
    expect(draft.grant).toEqual({ amount: '424992.23', currency: 'BGN' });
  });

  it('keeps a stated currency, and takes EUR for a project contracted from 2026', () => {
    expect(withMoney('Обща стойност: 255 643,10 EUR').budget).toEqual({
      amount: '255643.10',
      currency: 'EUR',
    });
    const later = bgPage
      .replace(
        'Дата на решение на договарящия орган: 06.08.2013',
        'Дата на решение на договарящия орган: 15.01.2026',
      )
      .replace('Статус: Приключен', 'Статус: Договориран\nОбща стойност: 120 000,00');
    const draft = only(parseIsun([{ name: 'p.txt', text: later }]).drafts);
    expect(draft.budget).toEqual({ amount: '120000.00', currency: 'EUR' });
    expect(draft.implementationStatus).toBe('CONTRACTED');
  });
});

describe('parseIsun: broken pages', () => {
  const problemsOf = (text: string): string[] =>
    reasons(only(parseIsun([{ name: 'p.txt', text }]).drafts).problems);

  it('a page without a title is refused', () => {
    expect(problemsOf(edited(/^Наименование:/, null))).toEqual(['error:missingTitle']);
  });

  it('a date that is no date is refused, naming the value', () => {
    const draft = only(
      parseIsun([{ name: 'p.txt', text: edited(/^Начална дата:/, 'Начална дата: 31.02.2013') }]).drafts,
    );
    expect(draft.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        reason: 'badDate',
        args: { field: 'startDate', value: '31.02.2013', line: 14 },
      }),
    ]);
  });

  it('an amount that is no amount is refused', () => {
    const text = bgPage.replace('Статус: Приключен', 'Статус: Приключен\nОбща стойност: 499.990.86');
    expect(problemsOf(text)).toEqual(['error:badAmount']);
  });

  it('a project that ends before it starts is refused', () => {
    expect(problemsOf(edited(/^Дата на приключване:/, 'Дата на приключване: 01.01.2012'))).toEqual([
      'error:periodOrder',
    ]);
  });

  it('an unknown label is a warning and the rest is read', () => {
    const text = bgPage.replace('Статус: Приключен', 'Статус: Приключен\nТематична цел: Социално включване');
    const draft = only(parseIsun([{ name: 'p.txt', text }]).drafts);
    expect(draft.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        reason: 'unknownLabel',
        args: { label: 'Тематична цел', line: 17 },
      }),
    ]);
    expect(draft.implementationStatus).toBe('COMPLETED');
  });

  it('an unknown status is a warning', () => {
    expect(problemsOf(edited(/^Статус:/, 'Статус: Спрян временно'))).toEqual(['warning:unknownStatus']);
  });

  it('a place that stops at the district is a warning naming it; an unknown municipality is reported by matching', () => {
    const text = edited(
      /^Място на изпълнение:/,
      'Място на изпълнение: БЪЛГАРИЯ > СЕВЕРНА И ЮГОИЗТОЧНА БЪЛГАРИЯ > Северозападен > Монтана; БЪЛГАРИЯ > СЕВЕРНА И ЮГОИЗТОЧНА БЪЛГАРИЯ > Северозападен > Монтана > Атлантида',
    );
    const draft = only(parseIsun([{ name: 'p.txt', text }]).drafts);
    expect(draft.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        reason: 'placeNotMunicipality',
        args: { place: 'БЪЛГАРИЯ > СЕВЕРНА И ЮГОИЗТОЧНА БЪЛГАРИЯ > Северозападен > Монтана', line: 17 },
      }),
    ]);
    expect(draft.places).toEqual(['Монтана > Атлантида']);
    expect(matchPlace(draft.places[0])).toMatchObject({ reason: 'unknownPlace' });
  });

  it('reads several places, one per line', () => {
    const text = edited(
      /^Място на изпълнение:/,
      'Място на изпълнение:\nБЪЛГАРИЯ > СЕВЕРНА И ЮГОИЗТОЧНА БЪЛГАРИЯ > Северозападен > Монтана > Монтана\nБЪЛГАРИЯ > СЕВЕРНА И ЮГОИЗТОЧНА БЪЛГАРИЯ > Северозападен > Монтана > Берковица',
    );
    const draft = only(parseIsun([{ name: 'p.txt', text }]).drafts);
    expect(draft.places.map((p) => matchPlace(p))).toEqual([{ code: 'MON29' }, { code: 'MON02' }]);
  });

  it('refuses a file with no register number, or with no ИСУН label at all', () => {
    const { drafts, refused } = parseIsun([
      { name: 'no-number.txt', text: edited(/^Номер на проект от ИСУН:/, null) },
      { name: 'letter.txt', text: 'Уважаеми колеги,\nмоля вижте приложението.' },
    ]);
    expect(drafts).toEqual([]);
    expect(refused).toEqual([
      {
        origin: 'no-number.txt',
        problems: [expect.objectContaining({ reason: 'missingReference', severity: 'error' })],
      },
      {
        origin: 'letter.txt',
        problems: [expect.objectContaining({ reason: 'notIsunPage', severity: 'error' })],
      },
    ]);
  });
});

describe('parseIsun: beneficiaries and funds', () => {
  const lead = (name: string) =>
    only(parseIsun([{ name: 'p.txt', text: edited(/^Бенефициент:/, `Бенефициент: ${name}`) }]).drafts)
      .leadOrganization;

  it.each([
    ['ОБЩИНА СТАРА ЗАГОРА', { name: { bg: 'Община Стара Загора' }, kind: 'MUNICIPALITY' }],
    [
      'СДРУЖЕНИЕ "КЛУБ НА НЕСТОПАНСКИТЕ ОРГАНИЗАЦИИ - ТЪРГОВИЩЕ"',
      { name: { bg: 'Сдружение "Клуб на нестопанските организации - Търговище"' }, kind: 'NGO' },
    ],
    ['ФОНДАЦИЯ "ЗА НАШИТЕ ДЕЦА"', { name: { bg: 'Фондация "За нашите деца"' }, kind: 'FOUNDATION' }],
    ['"ЗОРА - 2000" ЕООД', { name: { bg: '"Зора - 2000" ЕООД' } }],
    ['ДСП ГАБРОВО', { name: { bg: 'ДСП Габрово' } }],
    ['Фондация „За Нашите Деца“', { name: { bg: 'Фондация „За Нашите Деца“' }, kind: 'FOUNDATION' }],
  ])('%s', (written, expected) => {
    expect(lead(written)).toEqual(expected);
  });

  it('expands a fund abbreviation, and keeps an unknown one as written', () => {
    const funderOf = (source: string) =>
      only(
        parseIsun([
          { name: 'p.txt', text: edited(/^Източник на финансиране:/, `Източник на финансиране: ${source}`) },
        ]).drafts,
      );
    expect(funderOf('ЕФРР ==> Оперативна програма "Региони в растеж"').funder).toEqual({
      name: { bg: 'Европейски фонд за регионално развитие', en: 'European Regional Development Fund' },
      kind: 'FUNDER',
    });
    const unknown = funderOf('ФОНД X ==> Програма Y');
    expect(unknown.funder).toEqual({ name: { bg: 'ФОНД X' }, kind: 'FUNDER' });
    expect(unknown.fundingProgramme).toEqual({ bg: 'Програма Y' });
  });
});

describe('dates as written', () => {
  it.each([
    ['06.08.2013', { date: '2013-08-06', precision: 'DAY' }],
    ['6.8.2013 г.', { date: '2013-08-06', precision: 'DAY' }],
    ['01 Jun, 2016', { date: '2016-06-01', precision: 'DAY' }],
    ['29 Aug, 2013', { date: '2013-08-29', precision: 'DAY' }],
    ['June 1, 2016', { date: '2016-06-01', precision: 'DAY' }],
    ['25 май 2015', { date: '2015-05-25', precision: 'DAY' }],
    ['25 май 2015 г.', { date: '2015-05-25', precision: 'DAY' }],
    ['юли 2013 г.', { date: '2013-07-01', precision: 'MONTH' }],
    ['Септември 2014', { date: '2014-09-01', precision: 'MONTH' }],
    ['2013-08-06', { date: '2013-08-06', precision: 'DAY' }],
  ])('%s', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });

  it('knows the Bulgarian months, and no impossible day', () => {
    expect(
      [
        'януари',
        'февр.',
        'март',
        'април',
        'май',
        'юни',
        'юли',
        'авг.',
        'септември',
        'окт',
        'ноември',
        'декември',
      ].map(parseBgMonth),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(parseBgDate('29.02.2015')).toBeNull();
    expect(parseBgDate('29.02.2016')).toEqual({ date: '2016-02-29', precision: 'DAY' });
    expect(parseBgDate('32 май 2015')).toBeNull();
    expect(parseDateText('Jun 2016x')).toBeNull();
  });
});
