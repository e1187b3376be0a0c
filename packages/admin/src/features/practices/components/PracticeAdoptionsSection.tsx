import { Grid, NumberInput, Paper, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { OrderedListInput } from '../../../shared/components/OrderedListInput';
import { SeatMunicipalitySelect } from '../../geography';
import { ADOPTION_YEARS, newAdoptionItem, type PracticeFormValues } from '../practice-form';

const LANGS = ['bg', 'en'] as const;

/** Where the practice was replicated: a municipality and year each, with an optional note. */
export function PracticeAdoptionsSection({ form }: { form: UseFormReturnType<PracticeFormValues> }) {
  const { t } = useTranslation();
  const itemLabel = (index: number) => t('adoptions.item', { n: index + 1 });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('adoptions.title')}
      </Title>
      <OrderedListInput
        label={t('adoptions.list')}
        description={t('adoptions.description')}
        items={form.getValues().adoptions}
        getKey={(item) => item.key}
        itemLabel={itemLabel}
        addLabel={t('adoptions.add')}
        emptyLabel={t('adoptions.empty')}
        onAdd={() => form.insertListItem('adoptions', newAdoptionItem())}
        onRemove={(index) => form.removeListItem('adoptions', index)}
        error={form.errors.adoptions}
        renderItem={(_item, index) => (
          <Grid gutter="xs">
            <Grid.Col span={{ base: 12, sm: 8, lg: 12, xl: 8 }}>
              <SeatMunicipalitySelect
                label={t('adoptions.municipality')}
                placeholder={t('adoptions.municipalityPlaceholder')}
                required
                {...form.getInputProps(`adoptions.${index}.municipalityCode`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4, lg: 12, xl: 4 }}>
              <NumberInput
                label={t('adoptions.year')}
                required
                min={ADOPTION_YEARS.min}
                max={ADOPTION_YEARS.max}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=""
                {...form.getInputProps(`adoptions.${index}.year`)}
              />
            </Grid.Col>
            {LANGS.map((lang) => (
              <Grid.Col key={lang} span={12}>
                <Textarea
                  label={`${t('adoptions.note')} · ${t(`practices.form.${lang}`)}`}
                  lang={lang}
                  autosize
                  minRows={1}
                  maxRows={4}
                  {...form.getInputProps(`adoptions.${index}.note.${lang}`)}
                />
              </Grid.Col>
            ))}
          </Grid>
        )}
      />
    </Paper>
  );
}
