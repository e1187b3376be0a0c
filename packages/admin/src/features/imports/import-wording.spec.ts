import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import bg from '../../i18n/bg.json';
import en from '../../i18n/en.json';
import { countLines, isWorking, type ProblemMessages, problemText, progressPercent } from './import-wording';

const BG: ProblemMessages = bg.imports;
const EN: ProblemMessages = en.imports;
const labels = (field: string) => (field === 'title' ? 'Заглавие' : field);

describe('the report’s notes', () => {
  it('word a page without a title line with the title it was given, in Bulgarian and in English', () => {
    const problem = {
      reason: 'titleDerived',
      message: '000.txt: the page has no title line; the title is the opening sentence — give it a title',
      args: { title: 'Общата цел на проекта е да развием капацитета' },
      severity: 'warning',
    };
    expect(problemText(problem, BG)).toBe(
      'Страницата няма ред със заглавие; за заглавие е взето първото изречение: „Общата цел на проекта е да развием капацитета“. Дайте истинско заглавие.',
    );
    expect(problemText(problem, EN)).toContain('its opening sentence is the title: "Общата цел');
  });

  it('name the row and column of a spreadsheet cell', () => {
    const problem = {
      reason: 'badDate',
      message: 'Row 3, column period_from: "31.02.2020" is not a date (YYYY-MM-DD or dd.mm.yyyy)',
      args: { row: 3, column: 'period_from', value: '31.02.2020' },
      severity: 'error',
    };
    expect(problemText(problem, BG)).toBe('Ред 3, колона „period_from“: „31.02.2020“ не е дата.');
    expect(problemText(problem, EN)).toBe('Row 3, column "period_from": "31.02.2020" is not a date.');
  });

  it('say which field an editor changed by its label', () => {
    const problem = {
      reason: 'editorChanged',
      message: 'title: changed by an editor since the last import; kept as the editor left it',
      args: { field: 'title' },
      severity: 'warning',
    };
    expect(problemText(problem, BG, labels)).toMatch(/^„Заглавие“ е променено от редактор/);
  });

  it('fall back to the server’s English for a reason the admin does not know, or args it lacks', () => {
    const unknown = { reason: 'somethingNew', message: 'A new check said no', severity: 'error' };
    expect(problemText(unknown, BG)).toBe('A new check said no');
    const withoutArgs = {
      reason: 'badDate',
      message: 'the date is not a date',
      args: null,
      severity: 'error',
    };
    expect(problemText(withoutArgs, BG)).toBe('the date is not a date');
    // Not a message of the object's prototype either.
    expect(problemText({ reason: 'constructor', message: 'as sent', severity: 'error' }, BG)).toBe('as sent');
  });

  it('word every reason the server’s import sources give, in both languages', () => {
    const root = join(__dirname, '../../../../server/src/modules/import');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(join(dir, entry.name))
          : entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')
            ? [join(dir, entry.name)]
            : [],
      );
    const pattern =
      /(?:reason:\s*|fail\([^,()]+,\s*|problem\(\s*'(?:error|warning)',\s*|warning\(\s*|fileProblem\(\s*)'(\w+)'/g;
    const reasons = new Set(
      files(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1])),
    );
    // Refusals of applyImport itself (CONFLICT errors), not notes of a report.
    for (const action of ['importNotPlanned', 'importFinished']) reasons.delete(action);
    expect(reasons.size).toBeGreaterThan(30);
    expect([...reasons].filter((r) => !(r in bg.imports.problems))).toEqual([]);
    expect([...reasons].filter((r) => !(r in en.imports.problems))).toEqual([]);
  });
});

describe('a job’s progress', () => {
  it('is asked for again only while the server plans or applies', () => {
    expect(isWorking('PLANNING')).toBe(true);
    expect(isWorking('APPLYING')).toBe(true);
    for (const status of ['PLANNED', 'APPLIED', 'CANCELLED', 'FAILED'] as const)
      expect(isWorking(status)).toBe(false);
  });

  it('is a share of the records done, 0 before the total is known', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(3, 3)).toBe(100);
    expect(progressPercent(5, 3)).toBe(100);
  });
});

describe('the counts', () => {
  const counts = { create: 2, update: 0, unchanged: 0, conflict: 0, refused: 1 };

  it('of a preview say each outcome, zeros too, as what would be done', () => {
    expect(countLines(counts, 'PLANNED').map((l) => [l.key, l.count])).toEqual([
      ['planned.create', 2],
      ['planned.update', 0],
      ['planned.unchanged', 0],
      ['planned.conflict', 0],
      ['planned.refused', 1],
    ]);
    expect(en.imports.planned.create.replace('{{count}}', '2')).toBe('2 to create');
  });

  it('of an applied job say what was done, without the zeros', () => {
    expect(countLines(counts, 'APPLIED').map((l) => l.key)).toEqual(['done.create', 'done.refused']);
    expect(countLines(counts, 'PLANNED', false).map((l) => l.key)).toEqual([
      'planned.create',
      'planned.refused',
    ]);
  });
});
