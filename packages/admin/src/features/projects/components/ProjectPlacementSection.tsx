import { Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ContentStatus } from '../../../gql/graphql';
import { MunicipalitySelect } from '../../geography';
import { ServiceTypeSelect, ThemeSelect } from '../../taxonomy';
import { PERIOD_PRECISIONS, type ProjectFormValues } from '../project-form';
import { TargetGroupSelect } from '../../taxonomy';
import { statusLabel } from '../../../shared/grammar';

interface Props {
  form: UseFormReturnType<ProjectFormValues>;
  /** When creating: the statuses the project may start in (editing uses the status actions). */
  initialStatuses?: readonly ContentStatus[];
}

/** Where, about what, for whom, and when. */
export function ProjectPlacementSection({ form, initialStatuses }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('projects.form.placement')}
      </Title>
      <Stack gap="md">
        {initialStatuses && (
          <Select
            label={t('projects.form.status')}
            data={initialStatuses.map((status) => ({
              value: status,
              label: statusLabel(t, status, 'Project'),
            }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        )}
        <MunicipalitySelect
          label={t('projects.form.municipalities')}
          placeholder={t('projects.form.municipalitiesPlaceholder')}
          {...form.getInputProps('municipalityCodes')}
        />
        <ThemeSelect
          label={t('projects.form.themes')}
          placeholder={t('projects.form.themesPlaceholder')}
          {...form.getInputProps('themes')}
        />
        <TargetGroupSelect
          label={t('projects.form.targetGroups')}
          placeholder={t('projects.form.targetGroupsPlaceholder')}
          {...form.getInputProps('targetGroups')}
        />
        <ServiceTypeSelect
          label={t('projects.form.serviceTypes')}
          placeholder={t('projects.form.serviceTypesPlaceholder')}
          {...form.getInputProps('serviceTypes')}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('projects.form.period')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 1, xl: 2 }} spacing="sm">
            <DateInput
              label={t('projects.form.periodFrom')}
              valueFormat="D MMMM YYYY"
              clearable
              {...form.getInputProps('period.from')}
            />
            <DateInput
              label={t('projects.form.periodTo')}
              valueFormat="D MMMM YYYY"
              clearable
              {...form.getInputProps('period.to')}
            />
          </SimpleGrid>
          <Select
            label={t('projects.form.precision')}
            data={PERIOD_PRECISIONS.map((p) => ({ value: p, label: t(`precision.${p}`) }))}
            allowDeselect={false}
            {...form.getInputProps('period.precision')}
          />
        </Stack>
      </Stack>
    </Paper>
  );
}
