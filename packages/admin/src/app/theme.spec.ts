import { DEFAULT_THEME, mergeMantineTheme, type MantineColorsTuple } from '@mantine/core';
import { createAppTheme, cssVariablesResolver } from './theme';
import { blend, contrast, darkenToContrast, TEXT_SURFACE } from './theme-colors';

const WHITE = '#ffffff';
const PAGE = DEFAULT_THEME.colors.gray[0];
const AA = 4.5;

const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme({ clear: 'Изчисти', close: 'Затвори' }));
const light = cssVariablesResolver(theme).light;
const palettes = Object.entries(theme.colors) as [string, MantineColorsTuple][];

describe('theme colours', () => {
  it.each(palettes)('%s: shades 7–9 read as text on white, the page and its grey surfaces', (_, palette) => {
    for (const shade of palette.slice(7)) {
      for (const background of [WHITE, PAGE, TEXT_SURFACE]) {
        expect(contrast(shade, background)).toBeGreaterThanOrEqual(AA);
      }
    }
  });

  it.each(palettes)(
    '%s: white text on the filled variant and the light variant text on its tint',
    (name, palette) => {
      const filled = palette[theme.primaryShade as number];
      expect(contrast(WHITE, filled)).toBeGreaterThanOrEqual(AA);
      expect(light[`--mantine-color-${name}-light-color`]).toBe(`var(--mantine-color-${name}-8)`);
      for (const background of [WHITE, PAGE]) {
        expect(contrast(palette[8], blend(filled, 0.1, background))).toBeGreaterThanOrEqual(AA);
      }
    },
  );

  it('keeps the teal brand and the pale shades', () => {
    expect(theme.primaryColor).toBe('teal');
    expect(theme.colors.teal.slice(0, 7)).toEqual(DEFAULT_THEME.colors.teal.slice(0, 7));
    expect(theme.colors.gray).toEqual(DEFAULT_THEME.colors.gray);
  });

  it('makes dimmed text and placeholders readable', () => {
    for (const background of [WHITE, PAGE, TEXT_SURFACE]) {
      expect(contrast(light['--mantine-color-dimmed'], background)).toBeGreaterThanOrEqual(AA);
    }
    expect(contrast(light['--mantine-color-placeholder'], WHITE)).toBeGreaterThanOrEqual(AA);
  });
});

describe('darkenToContrast', () => {
  it('leaves a colour that already contrasts enough as it is', () => {
    expect(darkenToContrast('#495057', AA, WHITE)).toBe('#495057');
  });

  it('darkens a pale colour just enough, keeping its hue', () => {
    const darker = darkenToContrast('#12b886', AA, WHITE);
    expect(contrast(darker, WHITE)).toBeGreaterThanOrEqual(AA);
    expect(contrast(darker, WHITE)).toBeLessThan(AA + 0.3);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(darker.slice(i, i + 2), 16));
    expect(g).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(r);
  });
});

describe('clear and close buttons', () => {
  it('are named in the interface language', () => {
    const components = createAppTheme({ clear: 'Clear', close: 'Close' }).components;
    expect(components?.InputClearButton?.defaultProps).toEqual({ 'aria-label': 'Clear' });
    expect(components?.CloseButton?.defaultProps).toEqual({ 'aria-label': 'Close' });
  });
});
