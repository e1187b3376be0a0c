import { Grid, Paper, Stack, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { RichTextInput } from '../../../shared/components/RichTextInput';
import { PROJECT_TEXT_FIELDS, type ProjectFormValues, type ProjectTextField } from '../project-form';

export const TEXT_LABEL = {
  title: 'projects.form.titleField',
  summary: 'projects.form.summary',
  generalGoal: 'projects.form.generalGoal',
  fundingProgramme: 'projects.form.fundingProgramme',
} as const satisfies Record<ProjectTextField, string>;

/** Title, summary, general goal and funding programme, Bulgarian beside English; the long ones rich. */
export function ProjectTextsSection({ form }: { form: UseFormReturnType<ProjectFormValues> }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('projects.form.texts')}
      </Title>
      <Stack gap="md">
        {PROJECT_TEXT_FIELDS.map((field) => (
          <Grid key={field} gutter="sm">
            {(['bg', 'en'] as const).map((lang) => {
              const label = `${t(TEXT_LABEL[field])} · ${t(`projects.form.${lang}`)}`;
              const input = form.getInputProps(`${field}.${lang}`);
              return (
                <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
                  {field === 'title' || field === 'fundingProgramme' ? (
                    <TextInput
                      label={label}
                      lang={lang}
                      required={field === 'title' && lang === 'bg'}
                      {...input}
                    />
                  ) : (
                    <RichTextInput label={label} lang={lang} minRows={3} {...input} />
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
