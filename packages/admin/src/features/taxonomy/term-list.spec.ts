import { moveTerm, termLabelInput, termRows } from './term-list';
import type { TaxonomyTermsQuery } from '../../gql/graphql';

const node = (
  id: string,
  label: string,
  served: 'BG' | 'EN',
  usage?: { practices: number; projects: number },
) => ({
  __typename: 'ServiceType' as const,
  id,
  slug: id,
  version: 1,
  position: 1,
  label,
  localization: { __typename: 'Localization' as const, requested: served, served },
  usage: usage ? { __typename: 'TermUsage' as const, ...usage } : null,
});

const read = (nodes: ReturnType<typeof node>[]) =>
  ({
    themes: { edges: [] },
    targetGroups: { edges: [] },
    serviceTypes: { edges: nodes.map((n) => ({ node: n })) },
  }) as unknown as TaxonomyTermsQuery;

describe('moveTerm', () => {
  it('swaps a term with its neighbour and refuses to move past either end', () => {
    expect(moveTerm(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveTerm(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveTerm(['a', 'b', 'c'], 0, -1)).toBeNull();
    expect(moveTerm(['a', 'b', 'c'], 2, 1)).toBeNull();
  });
});

describe('termRows', () => {
  it('keeps the Bulgarian order and counts, and leaves the English label empty where it fell back', () => {
    const bg = read([
      node('day-care', 'Дневна грижа', 'BG', { practices: 3, projects: 1 }),
      node('shelter', 'Подслон', 'BG'),
    ]);
    const en = read([node('shelter', 'Подслон', 'BG'), node('day-care', 'Day care', 'EN')]);
    expect(termRows(bg, en, 'serviceTypes')).toEqual([
      {
        id: 'day-care',
        slug: 'day-care',
        version: 1,
        bg: 'Дневна грижа',
        en: 'Day care',
        practices: 3,
        projects: 1,
      },
      { id: 'shelter', slug: 'shelter', version: 1, bg: 'Подслон', en: '', practices: 0, projects: 0 },
    ]);
  });
});

describe('termLabelInput', () => {
  it('trims both labels and leaves out an empty English one', () => {
    expect(termLabelInput({ bg: ' Дневна грижа ', en: ' ' })).toEqual({ bg: 'Дневна грижа' });
    expect(termLabelInput({ bg: 'Дневна грижа', en: 'Day care ' })).toEqual({
      bg: 'Дневна грижа',
      en: 'Day care',
    });
  });
});
