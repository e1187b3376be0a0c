import { startModuleServer, type TestServer } from '../../test/harness';
import { statistics } from '.';
import { peopleServedRows } from './people-served';

/* The rule of people-served.ts, run by the database it runs in (PGlite, or PostgreSQL). */

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([statistics]);
});
afterAll(() => server.stop());

interface Text {
  bg: string;
  en?: string;
}

async function counts(unit: Text, label: Text = { bg: 'Обслужени' }, value = '10.00'): Promise<boolean> {
  const [row] = await server.obmen.database.dataSource.query(
    'WITH measured AS (SELECT * FROM (VALUES ($1::jsonb, $2::jsonb, $3::numeric)) AS v(unit, label, value)) ' +
      `SELECT counts FROM (${peopleServedRows('measured')}) r`,
    [JSON.stringify(unit), JSON.stringify(label), value],
  );
  return row.counts;
}

describe('people served', () => {
  it.each([
    'лица',
    'души',
    'деца',
    'деца и лица',
    'потребители',
    'потребители (деца и лица с увреждания)',
    'лица и семейства',
    'участници',
    'ученици',
    'бенефициенти',
  ])('counts a unit that names people: %s', async (unit) => {
    expect(await counts({ bg: unit })).toBe(true);
  });

  it.each([
    'people',
    'children and adults',
    'users (children and adults with disabilities)',
    'people and families',
    'beneficiaries',
    'young people',
  ])('counts an English unit that names people: %s', async (unit) => {
    expect(await counts({ bg: 'бр.', en: unit })).toBe(true);
  });

  it.each([
    ['приемни семейства', 'foster families'],
    ['кръгли маси', 'round tables'],
    ['лични асистенти', 'personal assistants'],
    ['доброволци', 'volunteers'],
    ['потребители месечно', 'users per month'],
    ['лица годишно', 'people a year'],
    ['деца на ден', 'children per day'],
    ['лева', 'BGN'],
    ['%', '%'],
  ])('leaves out families, events, staff, rates and other units: %s', async (bg, en) => {
    expect(await counts({ bg })).toBe(false);
    expect(await counts({ bg: 'бр.', en })).toBe(false);
  });

  it('leaves out a rate or staff named in either language', async () => {
    expect(await counts({ bg: 'потребители', en: 'users per month' })).toBe(false);
    expect(await counts({ bg: 'лица', en: 'staff' })).toBe(false);
  });

  it('leaves out capacities and planned figures whatever the unit', async () => {
    expect(await counts({ bg: 'потребители' }, { bg: 'Капацитет на планирания център' })).toBe(false);
    expect(await counts({ bg: 'лица' }, { bg: 'Планирани участници' })).toBe(false);
    expect(await counts({ bg: 'лица' }, { bg: 'Обслужени', en: 'Capacity of the centre' })).toBe(false);
    expect(await counts({ bg: 'лица' }, { bg: 'Капацитетът е достигнат' })).toBe(false);
  });

  it('matches whole words only, in either case', async () => {
    expect(await counts({ bg: 'лицензи' })).toBe(false);
    expect(await counts({ bg: 'mentors', en: 'mentors' })).toBe(false);
    expect(await counts({ bg: 'бр.', en: 'superusers' })).toBe(false);
    expect(await counts({ bg: 'ДЕЦА' })).toBe(true);
    expect(await counts({ bg: 'Лица' })).toBe(true);
    expect(await counts({ bg: 'бр.', en: 'PEOPLE' })).toBe(true);
  });

  it('leaves out negative values, and counts zero', async () => {
    expect(await counts({ bg: 'лица' }, undefined, '-5.00')).toBe(false);
    expect(await counts({ bg: 'лица' }, undefined, '0.00')).toBe(true);
  });
});
