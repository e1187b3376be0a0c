import { Grid, Paper, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { OrderedListInput } from '../../../shared/components/OrderedListInput';
import { newDocumentItem, type ProjectFormValues } from '../project-form';

const LANGS = ['bg', 'en'] as const;

/** Documents about the project, in order: a title in both languages and the address. */
export function ProjectDocumentsSection({ form }: { form: UseFormReturnType<ProjectFormValues> }) {
  const { t } = useTranslation();
  const itemLabel = (index: number) => t('documents.item', { n: index + 1 });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('documents.title')}
      </Title>
      <OrderedListInput
        label={t('documents.list')}
        items={form.getValues().documents}
        getKey={(item) => item.key}
        itemLabel={itemLabel}
        addLabel={t('documents.add')}
        emptyLabel={t('documents.empty')}
        onAdd={() => form.insertListItem('documents', newDocumentItem())}
        onRemove={(index) => form.removeListItem('documents', index)}
        onMove={(from, to) => form.reorderListItem('documents', { from, to })}
        error={form.errors.documents}
        renderItem={(_item, index) => (
          <Grid gutter="xs">
            {LANGS.map((lang) => (
              <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
                <TextInput
                  label={`${t('documents.titleField')} · ${t(`projects.form.${lang}`)}`}
                  lang={lang}
                  required={lang === 'bg'}
                  {...form.getInputProps(`documents.${index}.title.${lang}`)}
                />
              </Grid.Col>
            ))}
            <Grid.Col span={12}>
              <TextInput
                label={t('documents.url')}
                placeholder={t('documents.urlPlaceholder')}
                type="url"
                required
                {...form.getInputProps(`documents.${index}.url`)}
              />
            </Grid.Col>
          </Grid>
        )}
      />
    </Paper>
  );
}
