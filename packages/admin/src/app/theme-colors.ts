/**
 * Colour arithmetic for the theme: WCAG contrast ratios and palettes whose text shades are dark
 * enough to read. Mantine's default shades 7–9 are meant for filled backgrounds and are too light
 * for text (teal.7 is 3.1:1 on white), yet the theme uses them as text everywhere: `c="red"`,
 * the `light` variant's text, white on a filled button.
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const digits = hex.replace('#', '');
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `colour` at `opacity` over an opaque `background`, as the browser paints it. */
export function blend(colour: string, opacity: number, background: string): string {
  const front = parseHex(colour);
  const back = parseHex(background);
  return toHex(front.map((channel, i) => Math.round(channel * opacity + back[i] * (1 - opacity))) as Rgb);
}

/**
 * `colour` unchanged when it already reaches `ratio` against `background`; otherwise the lightest
 * darkening of it (the same hue, every channel scaled down) that does.
 */
export function darkenToContrast(colour: string, ratio: number, background: string): string {
  const rgb = parseHex(colour);
  for (let step = 0; step <= 100; step += 1) {
    const darker = toHex(rgb.map((channel) => Math.round(channel * (1 - step / 100))) as Rgb);
    if (contrast(darker, background) >= ratio) return darker;
  }
  return '#000000';
}

/**
 * The darkest surface that text sits on: gray.2, a shade under the page (gray.0), table stripes
 * and hovered rows (gray.1), and under the 10 % tints of light badges and alerts.
 */
export const TEXT_SURFACE = '#e9ecef';

/** What shades 7, 8 and 9 reach on TEXT_SURFACE: 7 is AA for text, 8 and 9 step darker. */
const TEXT_SHADE_CONTRAST: Record<7 | 8 | 9, number> = { 7: 4.6, 8: 5.5, 9: 7 };

/**
 * The palette with shades 7–9 darkened, where needed, to be readable text on every surface of
 * the app; shades 0–6 (tints, borders, charts) stay as they are.
 */
export function withTextShades<T extends readonly string[]>(palette: T): T {
  return palette.map((shade, index) =>
    index === 7 || index === 8 || index === 9
      ? darkenToContrast(shade, TEXT_SHADE_CONTRAST[index], TEXT_SURFACE)
      : shade,
  ) as unknown as T;
}
