import { groupViews, isShowing, nameTaken, saveFailureKey, viewParams, viewQuery } from './saved-view-state';

const params = (query: string) => new URLSearchParams(query);
const view = (name: string, query: string, mine: boolean, shared = false) => ({
  id: name,
  name,
  query,
  mine,
  shared,
});

describe('a saved view’s query string', () => {
  it('keeps the filters and order but not the page, in a fixed parameter order', () => {
    expect(viewQuery(params('status=DRAFT&after=YWJj&sort=title&districts=TGV,VAR'))).toBe(
      'districts=TGV%2CVAR&sort=title&status=DRAFT',
    );
    expect(viewQuery(params('before=YWJj'))).toBe('');
    expect(viewQuery(params('q=%D0%BC%D0%B0%D1%80%D0%B8%D1%8F&sort=title'))).toBe(
      'q=%D0%BC%D0%B0%D1%80%D0%B8%D1%8F&sort=title',
    );
  });

  it('applies as the URL of its filters, and is "on" whatever page the list shows', () => {
    const saved = view('Чернови', 'districts=TGV&status=DRAFT', true);
    expect(viewParams(saved).get('status')).toBe('DRAFT');
    expect(isShowing(saved, params('status=DRAFT&districts=TGV&after=YWJj'))).toBe(true);
    expect(isShowing(saved, params('status=DRAFT'))).toBe(false);
    expect(isShowing(saved, params('status=DRAFT&districts=TGV&sort=title'))).toBe(false);
  });
});

describe('the views menu', () => {
  it('lists my views first, then the shared ones of others, each by name in Bulgarian order', () => {
    const { mine, shared } = groupViews([
      view('Юг', '', false, true),
      view('Проекти', '', true),
      view('Бюджет', '', true, true),
      view('Архив', '', false, true),
    ]);
    expect(mine.map((v) => v.name)).toEqual(['Бюджет', 'Проекти']);
    expect(shared.map((v) => v.name)).toEqual(['Архив', 'Юг']);
  });

  it('tells a name I already use for another view, whatever its case, but not another’s name', () => {
    const views = [view('Чернови', '', true), view('Общ', '', false, true)];
    expect(nameTaken('  черновИ ', views)).toBe(true);
    expect(nameTaken('Чернови', views, 'Чернови')).toBe(false);
    expect(nameTaken('Общ', views)).toBe(false);
  });

  it('words a refused save: a name in use, a stale version, anything else', () => {
    const answer = (extensions: Record<string, unknown>) => ({ errors: [{ message: 'x', extensions }] });
    expect(saveFailureKey(answer({ code: 'CONFLICT', reason: 'taken', field: 'name' }))).toBe(
      'savedViews.nameTaken',
    );
    expect(saveFailureKey(answer({ code: 'CONFLICT', currentVersion: 3 }))).toBe(
      'savedViews.changedMeanwhile',
    );
    expect(saveFailureKey(answer({ code: 'FORBIDDEN' }))).toBe('errors.forbidden');
  });
});
