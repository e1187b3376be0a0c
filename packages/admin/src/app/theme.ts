import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineThemeColors,
} from '@mantine/core';
import { darkenToContrast, TEXT_SURFACE, withTextShades } from './theme-colors';

/** System fonts that all carry Cyrillic; nothing to download. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** Every palette with text-safe shades 7–9: the primary teal.7 carries white at 5.5:1. */
const COLORS = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, withTextShades(palette)]),
) as MantineThemeColors;

const GRAY = DEFAULT_THEME.colors.gray;

/** Texts the theme gives components by default, in the interface language. */
export interface ThemeLabels {
  /** The clear (×) button of every clearable input: dates, selects, multi-selects. */
  clear: string;
  /** The close (×) button of dialogs, drawers and notifications. */
  close: string;
}

export function createAppTheme(labels: ThemeLabels) {
  return createTheme({
    colors: COLORS,
    primaryColor: 'teal',
    primaryShade: 7,
    defaultRadius: 'md',
    fontFamily: FONT,
    headings: { fontFamily: FONT, fontWeight: '650' },
    cursorType: 'pointer',
    components: {
      // One component draws the clear button of DateInput, DatePickerInput, Select, MultiSelect…
      InputClearButton: { defaultProps: { 'aria-label': labels.clear } },
      // …and one the close button of Modal, Drawer and Notification; a caller's label still wins.
      CloseButton: { defaultProps: { 'aria-label': labels.close } },
    },
  });
}

/**
 * Light-scheme text colours Mantine takes from shades too pale to read: the `light` variant's
 * text (badges, light buttons, the active nav link) is shade 8 instead of 7 on its tint, and
 * dimmed text, placeholders and error messages reach 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    ...Object.fromEntries(
      Object.keys(theme.colors).map((name) => [
        `--mantine-color-${name}-light-color`,
        `var(--mantine-color-${name}-8)`,
      ]),
    ),
    '--mantine-color-dimmed': darkenToContrast(GRAY[6], 4.6, TEXT_SURFACE),
    '--mantine-color-placeholder': darkenToContrast(GRAY[5], 4.6, '#ffffff'),
    '--mantine-color-error': 'var(--mantine-color-red-7)',
  },
  dark: {},
});
