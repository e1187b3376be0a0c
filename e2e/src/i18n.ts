import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN_I18N } from './paths.js';

export type Language = 'bg' | 'en';

type Messages = { [key: string]: string | Messages };

const cache = new Map<Language, Messages>();

function messages(language: Language): Messages {
  let loaded = cache.get(language);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(path.join(ADMIN_I18N, `${language}.json`), 'utf8')) as Messages;
    cache.set(language, loaded);
  }
  return loaded;
}

function lookup(language: Language, key: string): string | undefined {
  let node: string | Messages | undefined = messages(language);
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The admin's own text for a key (from `packages/admin/src/i18n/<language>.json`), so scenarios
 * find labels and buttons as a person reads them and survive rewording. `count` picks
 * `_one`/`_other` as i18next does for Bulgarian and English.
 */
export function t(
  key: string,
  vars: Record<string, string | number> = {},
  language: Language = 'bg',
): string {
  let text: string | undefined;
  if (typeof vars.count === 'number') {
    text = lookup(language, `${key}_${vars.count === 1 ? 'one' : 'other'}`);
  }
  text ??= lookup(language, key);
  if (text === undefined) throw new Error(`no admin message "${key}" in ${language}.json`);
  // `{{max, number}}`: the scenarios use numbers below 1000, which read the same formatted.
  return text.replace(/\{\{\s*(\w+)\s*(?:,\s*\w+\s*)?\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** Whether the admin has a message for `key` (features still being built may not). */
export function hasMessage(key: string, language: Language = 'bg'): boolean {
  return lookup(language, key) !== undefined || lookup(language, `${key}_other`) !== undefined;
}

/** `t` bound to one language. */
export function translator(language: Language) {
  return (key: string, vars: Record<string, string | number> = {}) => t(key, vars, language);
}
