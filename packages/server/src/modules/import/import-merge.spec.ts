import { mergePlan, same } from './import-merge';

describe('re-import merge', () => {
  const sourceBefore = { title: { bg: 'А' }, results: { bg: 'Р1' }, innovator: 'ros' };
  const writtenBefore = { title: { bg: 'А' }, results: { bg: '<p>Р1</p>' }, innovator: 'ros' };

  it('changes nothing when the source is the same, whatever editors did since', () => {
    const current = { title: { bg: 'А (редактирано)' }, results: { bg: '<p>Р1</p>' }, innovator: 'ros' };
    expect(mergePlan(sourceBefore, sourceBefore, current, writtenBefore)).toEqual({ take: [], kept: [] });
  });

  it('takes a changed source field the editor did not touch, keeps the one they did', () => {
    const source = { title: { bg: 'Б' }, results: { bg: 'Р2' }, innovator: 'ros' };
    const current = { title: { bg: 'А (редактирано)' }, results: { bg: '<p>Р1</p>' }, innovator: 'ros' };
    expect(mergePlan(source, sourceBefore, current, writtenBefore)).toEqual({
      take: ['results'],
      kept: ['title'],
    });
  });

  it('compares as data: key order and empty values do not count', () => {
    expect(same({ a: 1, b: null, c: [] }, { a: 1 })).toBe(true);
    expect(same({ bg: 'x', en: '' }, { bg: 'x' })).toBe(true);
    expect(same({ from: '2013-07-01', to: '2015-12-31' }, { to: '2015-12-31', from: '2013-07-01' })).toBe(
      true,
    );
    expect(same(['PDV26', 'PDV37'], ['PDV37', 'PDV26'])).toBe(false);
    expect(same({ bg: 'x' }, { bg: 'y' })).toBe(false);
  });
});
