import { Grid, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TextsSection } from './form-section';

interface Props<V> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturnType<V, any>;
  /**
   * Whose messages label the panel and its fields: `${section}.form.texts`, `.name`,
   * `.description`, and the languages `.bg` and `.en`.
   */
  section: TextsSection;
  /** How tall the description grows. */
  descriptionRows?: { minRows: number; maxRows: number };
}

/** A record's name (required in Bulgarian) and description, each in Bulgarian and English side by side. */
export function BilingualTextsPanel<V>({
  form,
  section,
  descriptionRows = { minRows: 3, maxRows: 12 },
}: Props<V>) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t(`${section}.form.texts` as const)}
      </Title>
      <Stack gap="md">
        {(['name', 'description'] as const).map((field) => (
          <Grid key={field} gutter="sm">
            {(['bg', 'en'] as const).map((lang) => {
              const path = `${field}.${lang}`;
              const label = `${t(`${section}.form.${field}` as const)} · ${t(`${section}.form.${lang}` as const)}`;
              return (
                <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
                  {field === 'name' ? (
                    <TextInput
                      label={label}
                      lang={lang}
                      required={lang === 'bg'}
                      key={form.key(path)}
                      {...form.getInputProps(path)}
                    />
                  ) : (
                    <Textarea
                      label={label}
                      lang={lang}
                      autosize
                      {...descriptionRows}
                      key={form.key(path)}
                      {...form.getInputProps(path)}
                    />
                  )}
                </Grid.Col>
              );
            })}
          </Grid>
        ))}
      </Stack>
    </Paper>
  );
}
