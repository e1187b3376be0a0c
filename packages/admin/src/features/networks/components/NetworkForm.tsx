import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Grid, Paper, Select, Stack, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { IconLanguage } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedCacheIds } from '../../../shared/cache-ids';
import type { PartnerNetworkEditFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { BilingualTextsPanel } from '../../../shared/forms/BilingualTextsPanel';
import { DeleteRecordButton } from '../../../shared/forms/DeleteRecordButton';
import { RecordFormHeader } from '../../../shared/forms/RecordFormHeader';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { useRecordSave } from '../../../shared/forms/useRecordSave';
import { OrganizationSelect } from '../../organizations';
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
import { HistoryButton } from '../../history';

interface Props {
  network?: PartnerNetworkEditFragment;
  english?: PartnerNetworkEditFragment;
  initialValues: NetworkFormValues;
}

const LIST = '/networks';

/** Create or edit a partner network: texts, scope, coordinator and the membership history. */
export function NetworkForm({ network, english, initialValues }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { language } = useLanguage();
  const client = useApolloClient();
  const [version, setVersion] = useState(network?.version ?? 0);
  const [createNetwork, created] = useMutation(CreatePartnerNetworkMutation);
  const [updateNetwork, updated] = useMutation(UpdatePartnerNetworkMutation);
  const [deleteNetwork] = useMutation(DeletePartnerNetworkMutation);
  const form = useRecordForm(initialValues, validateNetworkForm);

  const { submit, remove } = useRecordSave({
    form,
    section: 'networks',
    list: LIST,
    formPath: networkFormPath,
    update:
      network &&
      (async (values) => {
        const { data } = await updateNetwork({
          variables: { input: updateNetworkInput(values, network.id, version) },
        });
        if (data) setVersion(data.updatePartnerNetwork.version);
      }),
    create: async (values) =>
      (await createNetwork({ variables: { input: createNetworkInput(values) } })).data?.createPartnerNetwork,
    remove:
      network &&
      (async () => {
        await deleteNetwork({ variables: { id: network.id, version } });
        for (const id of localizedCacheIds('PartnerNetwork', network.id)) client.cache.evict({ id });
        client.cache.gc();
      }),
  });

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="md">
          <RecordFormHeader
            titleId={titleId}
            section="networks"
            list={LIST}
            record={network && { ...network, title: network.name }}
            version={version}
            dirty={form.isDirty()}
            saving={created.loading || updated.loading}
            actions={
              network && (
                <>
                  <HistoryButton to={`${LIST}/${network.id}/history`} />
                  <DeleteRecordButton section="networks" name={network.name} onConfirm={remove} />
                </>
              )
            }
          />

          {english?.localization.stale && (
            <Alert color="yellow" icon={<IconLanguage />}>
              {t('networks.staleEnglish')}
            </Alert>
          )}

          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <BilingualTextsPanel form={form} section="networks" />
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
