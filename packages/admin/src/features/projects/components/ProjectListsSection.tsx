import { Grid, Paper, Stack, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { OrderedListInput } from '../../../shared/components/OrderedListInput';
import {
  type ItemListField,
  newProgrammeItem,
  newTextItem,
  type ProjectFormValues,
  type TextListField,
} from '../project-form';

type Form = UseFormReturnType<ProjectFormValues>;

const LANGS = ['bg', 'en'] as const;

const TEXT_LISTS = {
  specificObjectives: { label: 'projects.form.specificObjectives', item: 'projects.form.items.objective' },
  expectedResults: { label: 'projects.form.expectedResults', item: 'projects.form.items.result' },
} as const satisfies Record<TextListField, { label: string; item: string }>;

const ITEM_LISTS = {
  programmes: { label: 'projects.form.programmes', item: 'projects.form.items.programme' },
  activities: { label: 'projects.form.activities', item: 'projects.form.items.activity' },
} as const satisfies Record<ItemListField, { label: string; item: string }>;

/** An ordered list of texts (objectives, results): each item in Bulgarian and English. */
function TextList({ form, field }: { form: Form; field: TextListField }) {
  const { t } = useTranslation();
  const names = TEXT_LISTS[field];
  const itemLabel = (index: number) => t(names.item, { n: index + 1 });
  return (
    <OrderedListInput
      label={t(names.label)}
      items={form.values[field]}
      getKey={(item) => item.key}
      itemLabel={itemLabel}
      addLabel={t('projects.form.addItem', { item: t(names.item, { n: form.values[field].length + 1 }) })}
      emptyLabel={t('projects.form.emptyList')}
      onAdd={() => form.insertListItem(field, newTextItem())}
      onRemove={(index) => form.removeListItem(field, index)}
      onMove={(from, to) => form.reorderListItem(field, { from, to })}
      error={form.errors[field]}
      renderItem={(_item, index) => (
        <Grid gutter="sm">
          {LANGS.map((lang) => (
            <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
              <Textarea
                label={`${itemLabel(index)} · ${t(`projects.form.${lang}`)}`}
                lang={lang}
                autosize
                minRows={2}
                maxRows={8}
                {...form.getInputProps(`${field}.${index}.${lang}`)}
              />
            </Grid.Col>
          ))}
        </Grid>
      )}
    />
  );
}

/** An ordered list of named items (programmes, activities): name and description, both languages. */
function ItemList({ form, field }: { form: Form; field: ItemListField }) {
  const { t } = useTranslation();
  const names = ITEM_LISTS[field];
  const itemLabel = (index: number) => t(names.item, { n: index + 1 });
  return (
    <OrderedListInput
      label={t(names.label)}
      items={form.values[field]}
      getKey={(item) => item.key}
      itemLabel={itemLabel}
      addLabel={t('projects.form.addItem', { item: t(names.item, { n: form.values[field].length + 1 }) })}
      emptyLabel={t('projects.form.emptyList')}
      onAdd={() => form.insertListItem(field, newProgrammeItem())}
      onRemove={(index) => form.removeListItem(field, index)}
      onMove={(from, to) => form.reorderListItem(field, { from, to })}
      error={form.errors[field]}
      renderItem={(_item, index) => (
        <Grid gutter="sm">
          {LANGS.map((lang) => (
            <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
              <Stack gap="xs">
                <Textarea
                  label={`${t('projects.form.itemName')} · ${t(`projects.form.${lang}`)}`}
                  lang={lang}
                  required={lang === 'bg'}
                  autosize
                  minRows={1}
                  maxRows={4}
                  {...form.getInputProps(`${field}.${index}.name.${lang}`)}
                />
                <Textarea
                  label={`${t('projects.form.itemDescription')} · ${t(`projects.form.${lang}`)}`}
                  lang={lang}
                  autosize
                  minRows={2}
                  maxRows={8}
                  {...form.getInputProps(`${field}.${index}.description.${lang}`)}
                />
              </Stack>
            </Grid.Col>
          ))}
        </Grid>
      )}
    />
  );
}

/** Objectives, programmes, activities and expected results, each an ordered list. */
export function ProjectListsSection({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('projects.form.structure')}
      </Title>
      <Stack gap="xl">
        <TextList form={form} field="specificObjectives" />
        <ItemList form={form} field="programmes" />
        <ItemList form={form} field="activities" />
        <TextList form={form} field="expectedResults" />
      </Stack>
    </Paper>
  );
}
