import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import type { FileLimitProblem } from './import-files';
import { type ProblemLike, problemText } from './import-wording';

/** 2,000,000 bytes → "2 MB" in the interface language (decimal megabytes, as file managers show). */
export function formatMegabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'bg-BG', {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / 1_000_000);
}

/** The wording of a job's report and of the form's refusals, in the interface language. */
export function useImportWording() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const problem = useCallback(
    (item: ProblemLike) => {
      const messages = {
        problemAt: t('imports.problemAt'),
        problems: t('imports.problems', { returnObjects: true }) as Record<string, string>,
      };
      const labels = t('history.fields', { returnObjects: true }) as Record<string, string>;
      return problemText(item, messages, (field) => (Object.hasOwn(labels, field) ? labels[field] : field));
    },
    [t],
  );
  const field = useCallback(
    (name: string) => {
      const labels = t('history.fields', { returnObjects: true }) as Record<string, string>;
      return Object.hasOwn(labels, name) ? labels[name] : name;
    },
    [t],
  );
  const limit = useCallback(
    ({ key, values }: FileLimitProblem) => {
      // `size` and `max` are bytes, but for `tooMany` `max` is a number of files.
      const inBytes = key === 'tooLarge' || key === 'tooLargeTogether';
      const sizes = Object.fromEntries(
        Object.entries(values).map(([name, value]) =>
          inBytes && (name === 'size' || name === 'max') && typeof value === 'number'
            ? [name, formatMegabytes(value, language)]
            : [name, value],
        ),
      );
      return t(`imports.limits.${key}`, sizes);
    },
    [t, language],
  );
  const kind = useCallback((value: ImportKind) => t(`imports.form.kinds.${value}`), [t]);
  return { problem, field, limit, kind };
}
