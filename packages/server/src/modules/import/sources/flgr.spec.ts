import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoContent } from '../../../seed/demo-content';
import type { PracticeDraft, SourceFile } from '../import.types';
import { parseFlgr } from './flgr';

/**
 * The FLGR pages of shared/seeds (000, 004) read as the demo content reads them: every field the
 * demo takes from a page is what the parser takes from it.
 */

const SEEDS = path.resolve(__dirname, '../../../../../../../shared/seeds');
const seed = (prefix: string): SourceFile => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix))!;
  return { name, text: readFileSync(path.join(SEEDS, name), 'utf8') };
};
const only = (files: SourceFile[]): PracticeDraft => {
  const { drafts, refused } = parseFlgr(files);
  expect(refused).toEqual([]);
  expect(drafts).toHaveLength(1);
  return drafts[0] as PracticeDraft;
};
const demo = (key: string) => demoContent.practices.find((p) => p.key === key)!;
const organization = (key: string) => demoContent.organizations.find((o) => o.key === key)!;
const reasons = (draft: PracticeDraft) => draft.problems.map((p) => p.reason).sort();

describe('FLGR practice pages', () => {
  it.each([
    ['000', 'targovishte-early-intervention'],
    ['004', 'rodopi-road-map-with-people-in-mind'],
  ])('seed %s gives the demo practice %s', (prefix, key) => {
    const draft = only([seed(prefix)]);
    const practice = demo(key);
    expect(draft.background).toEqual({ bg: practice.background.bg });
    expect(draft.practice).toEqual({ bg: practice.practice.bg });
    expect(draft.results).toEqual({ bg: practice.results.bg });
    expect(draft.period).toEqual({
      from: practice.periodFrom,
      to: practice.periodTo,
      precision: practice.periodPrecision,
    });
    expect(draft.innovator).toBe(practice.innovator);
    expect(draft.publishedAt).toBe(practice.publishedAt);
    expect(draft.contact).toEqual(practice.contact);
    expect(draft.organization?.name.bg).toBe(organization(practice.organizationKey).name.bg);
    expect(draft.organization?.kind).toBe(organization(practice.organizationKey).kind);
    // Neither saved copy has its title line: the report asks for one.
    expect(reasons(draft)).toContain('titleDerived');
  });

  it('collects the places the text names when the page has no municipality line', () => {
    expect(only([seed('000')])).toMatchObject({
      places: ['Търговищка община'],
      districts: [{ name: 'Търговище', count: 5 }],
    });
    expect(only([seed('004')]).places).toEqual(['Община Родопи']);
  });

  it('says what it left out: the hidden e-mail, the inferred organization', () => {
    expect(reasons(only([seed('000')]))).toEqual(['hiddenEmail', 'placesFromText', 'titleDerived']);
    expect(reasons(only([seed('004')]))).toEqual(['organizationInferred', 'placesFromText', 'titleDerived']);
  });

  it('reads a title and a municipality line, and pairs the English page by its address', () => {
    const bg = [
      'Иновационни практики в България',
      'http://www.flgr.bg/inovacii/practice.php?id=812&lang=bg',
      'Социален патронаж за възрастни хора',
      'Община: Родопи',
      'Предистория',
      '',
      'Много възрастни хора живеят сами.',
      'Практика',
      'Обяд се доставя до дома.',
      'Резултати',
      '',
      '',
      'Иноватор: ros',
      'Дата на публикация: 17 март 2019',
      'Номинации: 2',
    ].join('\n');
    const en = [
      'Innovative practices in Bulgaria',
      'http://www.flgr.bg/inovacii/practice.php?lang=en&id=812',
      'Social patronage for older people',
      'Municipality: Rodopi',
      'Background',
      'Many older people live alone.',
      'Practice',
      'Lunch is delivered to their homes.',
      'Results',
      'Innovator: ros',
      'Publication Date: 17 March 2019',
      'Nominations: 2',
    ].join('\n');
    const draft = only([
      { name: 'en.txt', text: en },
      { name: 'bg.txt', text: bg },
    ]);
    expect(draft).toMatchObject({
      sourceKey: 'flgr:www.flgr.bg/inovacii/practice.php?id=812',
      origin: 'bg.txt + en.txt',
      title: { bg: 'Социален патронаж за възрастни хора', en: 'Social patronage for older people' },
      background: { bg: 'Много възрастни хора живеят сами.', en: 'Many older people live alone.' },
      practice: { bg: 'Обяд се доставя до дома.', en: 'Lunch is delivered to their homes.' },
      places: ['Родопи'],
      publishedAt: '2019-03-17T09:00:00+02:00',
    });
    // An empty section stays empty: nothing is invented for it.
    expect(draft.results).toBeUndefined();
    expect(draft.problems).toEqual([]);
  });

  it('refuses a file that is not a practice page, and keeps the others', () => {
    const { drafts, refused } = parseFlgr([
      { name: 'notes.txt', text: 'Нещо друго\nбез раздели' },
      seed('004'),
    ]);
    expect(drafts).toHaveLength(1);
    expect(refused).toEqual([
      { origin: 'notes.txt', problems: [expect.objectContaining({ reason: 'notFlgrPage' })] },
    ]);
  });

  it('re-reading the same page gives the same identity (re-imports update, not duplicate)', () => {
    expect(only([seed('000')]).sourceKey).toBe(only([seed('000')]).sourceKey);
    expect(only([seed('000')]).sourceKey).not.toBe(only([seed('004')]).sourceKey);
  });
});
