import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('returns to local paths only', () => {
    expect(safeRedirect('/practices?status=DRAFT')).toBe('/practices?status=DRAFT');
    expect(safeRedirect(null)).toBe('/');
    expect(safeRedirect('')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('javascript:alert(1)')).toBe('/');
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeRedirect('/sign-in')).toBe('/');
    expect(safeRedirect('/sign-in?next=/x')).toBe('/');
  });
});
