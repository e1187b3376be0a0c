import type { FormSection } from './form-section';

describe('form sections', () => {
  it('are the record kinds whose messages have what a form shows', () => {
    // Checked by the compiler (tsc includes the specs): each kind is a FormSection, and no
    // FormSection is missing here; a kind whose messages lost, say, `form.unsaved` drops out.
    const sections = [
      'practices',
      'projects',
      'organizations',
      'networks',
      'programmes',
      'volunteers',
    ] as const satisfies readonly FormSection[];
    const exhaustive: [Exclude<FormSection, (typeof sections)[number]>] extends [never] ? true : false = true;
    expect(exhaustive).toBe(true);
    expect(sections).toHaveLength(6);
  });
});
