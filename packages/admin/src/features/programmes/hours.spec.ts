import { formatHours, hoursInput, isHours, sumHours } from './hours';

describe('hours', () => {
  it('sums exactly', () => {
    expect(sumHours(['91.50', '12.25', '0.1'])).toBe('103.85');
    expect(sumHours([])).toBe('0.00');
    expect(sumHours(['x', '1'])).toBe('1.00');
  });

  it('formats without trailing zeros, the Bulgarian way', () => {
    expect(formatHours('481.00', 'bg')).toBe('481');
    expect(formatHours('91.50', 'bg')).toBe('91,5');
    expect(formatHours('1234.25', 'bg')).toBe('1234,25');
    expect(formatHours('12345.25', 'en')).toBe('12,345.25');
    expect(formatHours(null)).toBe('');
    expect(formatHours('abc')).toBe('');
  });

  it('reads typed hours with a comma or a point', () => {
    expect(isHours('12,5')).toBe(true);
    expect(isHours('12.75')).toBe(true);
    expect(isHours('1234567')).toBe(false);
    expect(isHours('-1')).toBe(false);
    expect(isHours('1.234')).toBe(false);
    expect(hoursInput(' 12,5 ')).toBe('12.5');
  });
});
