import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy, IconLanguage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { localizedCacheIds } from '../../../app/cache-keys';
import type { PartnerNetworkEditFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../shared/format';
import { BilingualFields } from '../../../shared/components/BilingualFields';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { OrganizationSelect } from '../../organizations/OrganizationSelect';
import { useSaveErrorReporter } from '../../../shared/hooks/useSaveErrorReporter';
import {
  createNetworkInput,
  NETWORK_SCOPES,
  type NetworkFormValues,
  networkFormPath,
  updateNetworkInput,
  validateNetworkForm,
} from '../network-form';
import {
  CreatePartnerNetworkMutation,
  DeletePartnerNetworkMutation,
  UpdatePartnerNetworkMutation,
} from '../networks.graphql';
import { MembershipEditor } from './MembershipEditor';

interface Props {
  network?: PartnerNetworkEditFragment;
  english?: PartnerNetworkEditFragment;
  initialValues: NetworkFormValues;
}

const LIST = '/networks';

/** Create or edit a partner network: texts, scope, coordinator and the membership history. */
export function NetworkForm({ network, english, initialValues }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [version, setVersion] = useState(network?.version ?? 0);
  const [createNetwork, created] = useMutation(CreatePartnerNetworkMutation);
  const [updateNetwork, updated] = useMutation(UpdatePartnerNetworkMutation);
  const [deleteNetwork] = useMutation(DeletePartnerNetworkMutation);
  const reportSaveError = useSaveErrorReporter(networkFormPath);

  const form = useForm<NetworkFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateNetworkForm(values)).map(([path, problem]) => [
          path,
          t(`networks.form.${problem}`),
        ]),
      ),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      if (network) {
        const { data } = await updateNetwork({
          variables: { input: updateNetworkInput(values, network.id, version) },
        });
        if (data) setVersion(data.updatePartnerNetwork.version);
        form.resetDirty(values);
        notifications.show({ color: 'teal', message: t('networks.saved') });
      } else {
        const { data } = await createNetwork({ variables: { input: createNetworkInput(values) } });
        notifications.show({ color: 'teal', message: t('networks.created') });
        if (data) await navigate(`${LIST}/${data.createPartnerNetwork.id}`, { replace: true });
      }
    } catch (error) {
      reportSaveError(error, form.setErrors);
    }
  });

  const remove = async () => {
    if (!network) return;
    try {
      await deleteNetwork({ variables: { id: network.id, version } });
      for (const id of localizedCacheIds('PartnerNetwork', network.id)) client.cache.evict({ id });
      client.cache.gc();
      notifications.show({ color: 'teal', message: t('networks.deleted') });
      await navigate(LIST, { replace: true });
    } catch (error) {
      reportSaveError(error, form.setErrors);
    }
  };

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={4}>
              <Anchor component={Link} to={LIST} size="sm">
                <Group gap={4}>
                  <IconArrowLeft size={14} />
                  {t('networks.title')}
                </Group>
              </Anchor>
              <Title order={1} size="h2">
                {network ? network.name : t('networks.createTitle')}
              </Title>
              {network && (
                <Text size="xs" c="dimmed">
                  {t('networks.form.version', { version })} · {network.slug} ·{' '}
                  {formatDateTime(network.updatedAt, language)}
                </Text>
              )}
            </Stack>
            <Group gap="xs">
              {form.isDirty() && (
                <Text size="sm" c="orange.8">
                  {t('networks.form.unsaved')}
                </Text>
              )}
              {network && (
                <ConfirmButton
                  label={t('networks.delete.button')}
                  title={t('networks.delete.title')}
                  text={t('networks.delete.text', { name: network.name })}
                  confirmLabel={t('networks.delete.confirm')}
                  onConfirm={remove}
                />
              )}
              <Button component={Link} to={LIST} variant="default">
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                loading={created.loading || updated.loading}
                leftSection={<IconDeviceFloppy size={16} />}
              >
                {t('common.save')}
              </Button>
            </Group>
          </Group>

          {english?.localization.stale && (
            <Alert color="yellow" icon={<IconLanguage />}>
              {t('networks.staleEnglish')}
            </Alert>
          )}

          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('networks.form.texts')}
                </Title>
                <Stack gap="md">
                  <BilingualFields form={form} path="name" label={t('networks.form.name')} required />
                  <BilingualFields
                    form={form}
                    path="description"
                    label={t('networks.form.description')}
                    multiline
                  />
                </Stack>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('networks.form.details')}
                </Title>
                <Stack gap="md">
                  <Select
                    label={t('networks.form.scope')}
                    data={NETWORK_SCOPES.map((scope) => ({
                      value: scope,
                      label: t(`networks.scope.${scope}`),
                    }))}
                    allowDeselect={false}
                    required
                    key={form.key('scope')}
                    {...form.getInputProps('scope')}
                  />
                  <OrganizationSelect
                    label={t('networks.form.coordinator')}
                    description={t('networks.form.coordinatorHint')}
                    placeholder={t('networks.form.organizationPlaceholder')}
                    known={network?.coordinator ? [network.coordinator] : undefined}
                    key={form.key('coordinatorId')}
                    {...form.getInputProps('coordinatorId')}
                  />
                </Stack>
              </Paper>
            </Grid.Col>
            <Grid.Col span={12}>
              <MembershipEditor form={form} />
            </Grid.Col>
          </Grid>
        </Stack>
      </form>
    </DatesProvider>
  );
}
