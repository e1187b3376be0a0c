/** Moves focus (and the view) to the first field of a form marked invalid, once it is rendered. */
export function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
}
