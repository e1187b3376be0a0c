import { practicesByDistrict, projectsByFunder, statusRows, sumAmounts } from './dashboard-stats';

const place = (code: string, nameBg: string, nameEn: string) => ({
  district: { code, nameBg, nameEn },
});

describe('statusRows', () => {
  it('turns the aliased counts into a row per kind with its total', () => {
    const rows = statusRows({
      practicesDraft: { totalCount: 2 },
      practicesInReview: { totalCount: 1 },
      practicesPublished: { totalCount: 5 },
      practicesArchived: { totalCount: 0 },
      projectsPublished: { totalCount: 3 },
    });
    expect(rows).toEqual([
      { kind: 'practices', counts: { DRAFT: 2, IN_REVIEW: 1, PUBLISHED: 5, ARCHIVED: 0 }, total: 8 },
      { kind: 'projects', counts: { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 3, ARCHIVED: 0 }, total: 3 },
    ]);
  });
});

describe('practicesByDistrict', () => {
  const tgv = place('TGV', 'Търговище', 'Targovishte');
  const pdv = place('PDV', 'Пловдив', 'Plovdiv');
  const sfo = place('SFO', 'София', 'Sofia');

  it('counts a practice once per district it runs in, most first, then by name', () => {
    const { districts, unplaced } = practicesByDistrict(
      [
        { municipalities: [tgv, tgv, tgv] },
        { municipalities: [pdv, tgv] },
        { municipalities: [sfo] },
        { municipalities: [] },
      ],
      'bg',
    );
    expect(districts).toEqual([
      { code: 'TGV', name: 'Търговище', practices: 2 },
      { code: 'PDV', name: 'Пловдив', practices: 1 },
      { code: 'SFO', name: 'София', practices: 1 },
    ]);
    expect(unplaced).toBe(1);
  });

  it('names districts in English for the English interface', () => {
    expect(practicesByDistrict([{ municipalities: [pdv] }], 'en').districts[0].name).toBe('Plovdiv');
  });
});

describe('sumAmounts', () => {
  it('adds decimal strings exactly', () => {
    expect(sumAmounts(['102255.40', '0.10', '0.2', '7'])).toBe('102262.70');
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts([])).toBe('0.00');
    expect(sumAmounts(['abc', '1.005', '2'])).toBe('2.00');
  });
});

describe('projectsByFunder', () => {
  it('groups projects by funder with their EUR budgets, largest budget first', () => {
    const esf = { id: 'f1', name: 'Европейски социален фонд' };
    const phare = { id: 'f2', name: 'Програма ФАР' };
    const result = projectsByFunder([
      { funder: esf, budget: { amountEur: '102255.40' } },
      { funder: esf, budget: { amountEur: '1000.10' } },
      { funder: phare, budget: null },
      { funder: null, budget: { amountEur: '50.00' } },
    ]);
    expect(result).toEqual([
      { key: 'f1', name: esf.name, projects: 2, withBudget: 2, budgetEur: '103255.50', value: 103255.5 },
      { key: '', name: '', projects: 1, withBudget: 1, budgetEur: '50.00', value: 50 },
      { key: 'f2', name: phare.name, projects: 1, withBudget: 0, budgetEur: '0.00', value: 0 },
    ]);
  });
});
