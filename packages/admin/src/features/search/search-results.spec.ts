import { flatItems, groupResults, type RecordPath, type SearchEdge } from './search-results';

const PATHS: Record<string, string> = {
  Practice: '/practices',
  Project: '/projects',
  Organization: '/organizations',
  PartnerNetwork: '/networks',
};
const recordPath: RecordPath = (typename, id) => (PATHS[typename] ? `${PATHS[typename]}/${id}` : null);

const localization = { __typename: 'Localization', requested: 'BG' } as const;
const highlight = (field: string, snippet: string) => ({ __typename: 'Highlight' as const, field, snippet });

function practice(id: string, title: string, highlights = [highlight('title', title)]): SearchEdge {
  return {
    __typename: 'SearchEdge',
    cursor: `c-${id}`,
    highlights,
    node: { __typename: 'Practice', id, title, status: 'PUBLISHED', localization },
  };
}
function project(id: string, title: string, status: 'DRAFT' | 'PUBLISHED' = 'PUBLISHED'): SearchEdge {
  return {
    __typename: 'SearchEdge',
    cursor: `c-${id}`,
    highlights: [],
    node: { __typename: 'Project', id, title, status, localization },
  };
}
function organization(id: string, name: string, highlights = [highlight('name', name)]): SearchEdge {
  return {
    __typename: 'SearchEdge',
    cursor: `c-${id}`,
    highlights,
    node: { __typename: 'Organization', id, name, localization },
  };
}
function network(id: string, name: string): SearchEdge {
  return {
    __typename: 'SearchEdge',
    cursor: `c-${id}`,
    highlights: [],
    node: { __typename: 'PartnerNetwork', id, name, localization },
  };
}

describe('groupResults', () => {
  it('groups by type, groups in the order of their best result, ranking kept within each', () => {
    const groups = groupResults(
      [
        organization('o1', 'Клуб на НПО – Търговище'),
        practice('p1', 'Ранна интервенция в Търговище'),
        organization('o2', 'Община Търговище'),
        network('n1', 'Мрежа Търговище'),
        practice('p2', 'Социални услуги в Търговище'),
        project('j1', 'Проект Търговище', 'DRAFT'),
      ],
      recordPath,
    );
    expect(groups.map((g) => [g.typename, g.items.map((i) => i.id)])).toEqual([
      ['Organization', ['o1', 'o2']],
      ['Practice', ['p1', 'p2']],
      ['PartnerNetwork', ['n1']],
      ['Project', ['j1']],
    ]);
    // The keyboard goes through them as shown: the first is the best match overall.
    expect(flatItems(groups).map((i) => i.key)).toEqual([
      'Organization-o1',
      'Organization-o2',
      'Practice-p1',
      'Practice-p2',
      'PartnerNetwork-n1',
      'Project-j1',
    ]);
  });

  it('links each result to its record, with its status where it has one', () => {
    const [practices, projects, organizations] = groupResults(
      [practice('p1', 'Дневен център'), project('j1', 'Проект', 'DRAFT'), organization('o1', 'Сдружение')],
      recordPath,
    );
    expect(practices.items[0]).toMatchObject({
      path: '/practices/p1',
      title: 'Дневен център',
      status: 'PUBLISHED',
    });
    expect(projects.items[0]).toMatchObject({ path: '/projects/j1', status: 'DRAFT' });
    expect(organizations.items[0]).toMatchObject({
      path: '/organizations/o1',
      title: 'Сдружение',
      status: null,
    });
  });

  it('marks the title when the match is in it, and shows the first other passage as the snippet', () => {
    const [group] = groupResults(
      [
        practice('p1', 'Деца в риск', [
          highlight('title', '<mark>Деца</mark> в риск'),
          highlight('summary', 'Услуги за <mark>децата</mark> и семействата'),
          highlight('results', 'Обхванати 40 <mark>деца</mark>'),
        ]),
      ],
      recordPath,
    );
    const [item] = group.items;
    expect(item.titleParts).toEqual([
      { text: 'Деца', marked: true },
      { text: ' в риск', marked: false },
    ]);
    expect(item.snippet).toEqual([
      { text: 'Услуги за ', marked: false },
      { text: 'децата', marked: true },
      { text: ' и семействата', marked: false },
    ]);
  });

  it('shows the title as the record has it when the highlighted one differs (shortened, other language)', () => {
    const [group] = groupResults(
      [
        organization('o1', 'Фондация „Деца & семейства“', [
          highlight('name', 'Фондация „<mark>Деца</mark> &amp; семейства“'),
        ]),
        organization('o2', 'Children Foundation', [highlight('name', '<mark>Деца</mark> фондация')]),
      ],
      recordPath,
    );
    expect(group.items[0].titleParts).not.toBeNull();
    expect(group.items[1].titleParts).toBeNull();
    expect(group.items[1].title).toBe('Children Foundation');
    expect(group.items[1].snippet).toBeNull();
  });

  it('leaves out records the admin has no page for, and an empty answer has no groups', () => {
    const noNetworks: RecordPath = (typename, id) =>
      typename === 'PartnerNetwork' ? null : recordPath(typename, id);
    const groups = groupResults([network('n1', 'Мрежа'), practice('p1', 'Практика')], noNetworks);
    expect(groups.map((g) => g.typename)).toEqual(['Practice']);
    expect(groupResults([], recordPath)).toEqual([]);
  });
});
