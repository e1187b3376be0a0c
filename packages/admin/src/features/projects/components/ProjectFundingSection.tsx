import { Grid, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../../shared/components/MoneyInput';
import { OrderedListInput } from '../../../shared/components/OrderedListInput';
import type { OrganizationOption } from '../../organizations';
import { OrganizationSelect } from '../../organizations';
import {
  IMPLEMENTATION_STATUSES,
  newPartnerItem,
  PARTNER_ROLES,
  type ProjectFormValues,
} from '../project-form';

type Form = UseFormReturnType<ProjectFormValues>;

interface Props {
  form: Form;
  /** Organizations the project names, so the pickers show their names at once. */
  known: readonly OrganizationOption[];
}

/** Budget and grant, funder, lead organization, contract number, date and how far the work is. */
export function ProjectFundingSection({ form, known }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('projects.form.funding')}
      </Title>
      <Stack gap="md">
        <MoneyInput
          label={t('projects.form.budget')}
          value={form.values.budget}
          onChange={(budget) => form.setFieldValue('budget', budget)}
          error={form.errors['budget.amount'] ?? form.errors['budget.currency']}
        />
        <MoneyInput
          label={t('projects.form.grant')}
          value={form.values.grant}
          onChange={(grant) => form.setFieldValue('grant', grant)}
          error={form.errors['grant.amount'] ?? form.errors['grant.currency']}
        />
        <OrganizationSelect
          label={t('projects.form.funder')}
          placeholder={t('projects.form.organizationPlaceholder')}
          preferredKinds={['FUNDER']}
          known={known}
          {...form.getInputProps('funderId')}
        />
        <OrganizationSelect
          label={t('projects.form.leadOrganization')}
          placeholder={t('projects.form.organizationPlaceholder')}
          preferredKinds={['NGO', 'FOUNDATION', 'MUNICIPALITY']}
          known={known}
          {...form.getInputProps('leadOrganizationId')}
        />
        <TextInput
          label={t('projects.form.referenceNumber')}
          description={t('projects.form.referenceNumberHint')}
          {...form.getInputProps('referenceNumber')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 1, xl: 2 }} spacing="sm">
          <DateInput
            label={t('projects.form.contractDate')}
            valueFormat="D MMMM YYYY"
            clearable
            {...form.getInputProps('contractDate')}
          />
          <Select
            label={t('projects.form.implementationStatus')}
            placeholder={t('projects.form.implementationStatusNone')}
            data={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`implementationStatus.${s}`) }))}
            clearable
            {...form.getInputProps('implementationStatus')}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Partners in order: an organization and its role each. */
export function ProjectPartnersSection({ form, known }: Props) {
  const { t } = useTranslation();
  const partners = form.values.partners;
  const itemLabel = (index: number) => t('projects.form.items.partner', { n: index + 1 });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('projects.form.partners')}
      </Title>
      <OrderedListInput
        label={t('projects.form.partnersList')}
        items={partners}
        getKey={(item) => item.key}
        itemLabel={itemLabel}
        addLabel={t('projects.form.addPartner')}
        emptyLabel={t('projects.form.noPartners')}
        onAdd={() => form.insertListItem('partners', newPartnerItem())}
        onRemove={(index) => form.removeListItem('partners', index)}
        onMove={(from, to) => form.reorderListItem('partners', { from, to })}
        error={form.errors.partners}
        renderItem={(item, index) => (
          <Grid gutter="xs">
            <Grid.Col span={{ base: 12, sm: 8, lg: 12 }}>
              <OrganizationSelect
                label={t('projects.form.partnerOrganization')}
                placeholder={t('projects.form.organizationPlaceholder')}
                required
                known={known}
                exclude={partners.flatMap((p) =>
                  p.key !== item.key && p.organizationId ? [p.organizationId] : [],
                )}
                {...form.getInputProps(`partners.${index}.organizationId`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4, lg: 12 }}>
              <Select
                label={t('projects.form.partnerRole')}
                data={PARTNER_ROLES.map((role) => ({
                  value: role,
                  label: t(`projects.partnerRole.${role}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps(`partners.${index}.role`)}
              />
            </Grid.Col>
          </Grid>
        )}
      />
    </Paper>
  );
}
