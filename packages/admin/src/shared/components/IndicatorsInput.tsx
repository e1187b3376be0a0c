import { Grid, Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type IndicatorItem, newIndicatorItem } from './indicator-input';
import { OrderedListInput } from './OrderedListInput';

const LANGS = ['bg', 'en'] as const;

interface Props<V extends { indicators: IndicatorItem[] }> {
  form: UseFormReturnType<V>;
  /** Target groups to measure for: slug → label. */
  targetGroups: readonly { value: string; label: string }[];
}

/**
 * A practice's or project's outcome indicators, in order: what was measured (both
 * languages), the value and its unit, when, and for which target group.
 */
export function IndicatorsInput<V extends { indicators: IndicatorItem[] }>({ form, targetGroups }: Props<V>) {
  const { t } = useTranslation();
  const items = form.getValues().indicators;
  const itemLabel = (index: number) => t('indicators.item', { n: index + 1 });
  const langLabel = (label: string, lang: (typeof LANGS)[number]) => `${label} · ${t(`indicators.${lang}`)}`;
  return (
    <OrderedListInput
      label={t('indicators.title')}
      description={t('indicators.description')}
      items={items}
      getKey={(item) => item.key}
      itemLabel={itemLabel}
      addLabel={t('indicators.add')}
      emptyLabel={t('indicators.empty')}
      // The list's element type is V's, which TypeScript cannot see is IndicatorItem.
      onAdd={() => form.insertListItem('indicators', newIndicatorItem() as never)}
      onRemove={(index) => form.removeListItem('indicators', index)}
      onMove={(from, to) => form.reorderListItem('indicators', { from, to })}
      error={form.errors.indicators}
      renderItem={(_item, index) => {
        const path = `indicators.${index}`;
        return (
          <Grid gutter="xs">
            {LANGS.map((lang) => (
              <Grid.Col key={`label-${lang}`} span={{ base: 12, md: 6 }}>
                <TextInput
                  label={langLabel(t('indicators.label'), lang)}
                  lang={lang}
                  required={lang === 'bg'}
                  {...form.getInputProps(`${path}.label.${lang}`)}
                />
              </Grid.Col>
            ))}
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t('indicators.value')}
                description={t('indicators.valueHint')}
                inputMode="decimal"
                required
                {...form.getInputProps(`${path}.value`)}
              />
            </Grid.Col>
            {LANGS.map((lang) => (
              <Grid.Col key={`unit-${lang}`} span={{ base: 6, sm: 4 }}>
                <TextInput
                  label={langLabel(t('indicators.unit'), lang)}
                  description={lang === 'bg' ? t('indicators.unitHint') : undefined}
                  lang={lang}
                  required={lang === 'bg'}
                  {...form.getInputProps(`${path}.unit.${lang}`)}
                />
              </Grid.Col>
            ))}
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('indicators.period')}
                placeholder={t('indicators.periodPlaceholder')}
                {...form.getInputProps(`${path}.period`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('indicators.targetGroup')}
                placeholder={t('indicators.targetGroupPlaceholder')}
                data={targetGroups}
                searchable
                clearable
                nothingFoundMessage={t('common.nothingFound')}
                {...form.getInputProps(`${path}.targetGroup`)}
              />
            </Grid.Col>
          </Grid>
        );
      }}
    />
  );
}
