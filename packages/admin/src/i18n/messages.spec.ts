import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import bg from './bg.json';
import en from './en.json';
import {
  accountLanguageToApply,
  contentLocale,
  LANGUAGE_STORAGE_KEY,
  rememberLanguage,
  storedLanguage,
} from './languages';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const interpolations = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message files', () => {
  const bgFlat = flatten(bg);
  const enFlat = flatten(en);

  it('have the same keys in Bulgarian and English', () => {
    expect(Object.keys(enFlat).sort()).toEqual(Object.keys(bgFlat).sort());
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(bgFlat)) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, interpolations(enFlat[key] ?? '')]).toEqual([key, interpolations(text)]);
    }
  });
});

describe('language choice', () => {
  function storage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    return {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
    };
  }

  it('defaults to Bulgarian and remembers the choice', () => {
    const store = storage();
    expect(storedLanguage(store)).toBe('bg');
    rememberLanguage(store, 'en');
    expect(store.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage(store)).toBe('en');
  });

  it('ignores unknown values and unusable storage', () => {
    expect(storedLanguage(storage({ [LANGUAGE_STORAGE_KEY]: 'de' }))).toBe('bg');
    expect(storedLanguage(null)).toBe('bg');
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(storedLanguage(broken)).toBe('bg');
    expect(() => rememberLanguage(broken, 'en')).not.toThrow();
  });

  it("switches to the account's saved language, unless the user chose one in this tab", () => {
    expect(accountLanguageToApply('EN', 'bg', false)).toBe('en');
    expect(accountLanguageToApply('BG', 'en', false)).toBe('bg');
    expect(accountLanguageToApply('EN', 'en', false)).toBeNull();
    expect(accountLanguageToApply(null, 'bg', false)).toBeNull();
    expect(accountLanguageToApply('EN', 'bg', true)).toBeNull();
  });

  it('asks for content in the interface language', () => {
    expect(contentLocale('bg')).toBe('BG');
    expect(contentLocale('en')).toBe('EN');
    expect(contentLocale('fr')).toBe('BG');
  });
});

describe('components', () => {
  const root = join(__dirname, '..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'gql' ? [] : files(path);
      return path.endsWith('.tsx') ? [path] : [];
    });

  it('take every text a person reads from the message files', () => {
    const found: string[] = [];
    for (const file of files(root)) {
      const source = readFileSync(file, 'utf8');
      // Text between JSX tags, and literal labels in the attributes people read.
      const text = [...source.matchAll(/>([^<>{}=;()]*\p{L}[^<>{}=;()]*)<\//gu)].map((m) => m[1].trim());
      const attributes = [
        ...source.matchAll(/\b(?:label|placeholder|title|aria-label|alt|message)="([^"]*\p{L}[^"]*)"/gu),
      ].map((m) => m[1]);
      for (const literal of [...text, ...attributes]) found.push(`${relative(root, file)}: ${literal}`);
    }
    expect(found).toEqual([]);
  });
});
