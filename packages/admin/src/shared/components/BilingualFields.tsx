import { Grid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

interface Props<V> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturnType<V, any>;
  /** The form path of the text, e.g. "name": its languages are "name.bg" and "name.en". */
  path: string;
  label: string;
  multiline?: boolean;
  required?: boolean;
}

/** One text in Bulgarian and English side by side (stacked on narrow screens). */
export function BilingualFields<V>({ form, path, label, multiline, required }: Props<V>) {
  const { t } = useTranslation();
  return (
    <Grid gutter="sm">
      {(['bg', 'en'] as const).map((lang) => {
        const fieldLabel = `${label} · ${t(`programmes.form.${lang}`)}`;
        const input = form.getInputProps(`${path}.${lang}`);
        return (
          <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
            {multiline ? (
              <Textarea
                label={fieldLabel}
                lang={lang}
                autosize
                minRows={3}
                maxRows={12}
                required={required && lang === 'bg'}
                key={form.key(`${path}.${lang}`)}
                {...input}
              />
            ) : (
              <TextInput
                label={fieldLabel}
                lang={lang}
                required={required && lang === 'bg'}
                key={form.key(`${path}.${lang}`)}
                {...input}
              />
            )}
          </Grid.Col>
        );
      })}
    </Grid>
  );
}
