import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDetailFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { errorMessageKey, hasErrorCode } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { confirmsErasure, exportFileName, exportJson, isErased } from '../gdpr';
import { EraseVolunteerMutation, ExportVolunteerDataQuery } from '../volunteers.graphql';

interface Props {
  volunteer: VolunteerDetailFragment;
  onErased: (volunteer: VolunteerDetailFragment) => void;
}

/** Saves text as a file through the browser's download. */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The data subject's rights: a copy of everything stored (access) and erasure. */
export function GdprPanel({ volunteer, onErased }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [opened, { open, close }] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const [erase, erasing] = useMutation(EraseVolunteerMutation);
  const erased = isErased(volunteer);

  const reportError = (error: unknown) => {
    if (!hasErrorCode(error, 'UNAUTHENTICATED'))
      notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(error)) });
  };

  const exportData = async () => {
    setExporting(true);
    try {
      // Never from the cache: the export is the record now, and the server audits each one.
      const { data } = await client.query({
        query: ExportVolunteerDataQuery,
        variables: { id: volunteer.id },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('No export in the answer');
      download(exportJson(data.exportVolunteerData), exportFileName(volunteer.id));
      notifications.show({ color: 'teal', message: t('volunteers.gdpr.exported') });
    } catch (error) {
      reportError(error);
    } finally {
      setExporting(false);
    }
  };

  const confirmErase = async () => {
    try {
      const { data } = await erase({ variables: { id: volunteer.id } });
      close();
      setTyped('');
      notifications.show({ color: 'teal', message: t('volunteers.gdpr.erased') });
      if (data) onErased(data.eraseVolunteer);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('volunteers.gdpr.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          {volunteer.consentGivenAt
            ? t('volunteers.gdpr.consentOn', { date: formatDate(volunteer.consentGivenAt, language) })
            : t('volunteers.gdpr.noConsent')}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            loading={exporting}
            onClick={() => void exportData()}
          >
            {t('volunteers.gdpr.export')}
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconEraser size={16} />}
            onClick={open}
            disabled={erased}
          >
            {erased ? t('volunteers.gdpr.alreadyErased') : t('volunteers.gdpr.erase')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('volunteers.gdpr.exportHint')}
        </Text>
      </Stack>

      <Modal
        opened={opened}
        onClose={() => {
          close();
          setTyped('');
        }}
        title={t('volunteers.gdpr.eraseTitle', { name: volunteer.name })}
        centered
        size="lg"
      >
        <Stack gap="md">
          <Alert color="red" icon={<IconAlertTriangle />} title={t('volunteers.gdpr.irreversible')}>
            {t('volunteers.gdpr.exportFirst')}
          </Alert>
          <div>
            <Text size="sm" fw={600}>
              {t('volunteers.gdpr.removedTitle')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('volunteers.gdpr.removedName')}</List.Item>
              <List.Item>{t('volunteers.gdpr.removedContact')}</List.Item>
              <List.Item>{t('volunteers.gdpr.removedVetting')}</List.Item>
              <List.Item>{t('volunteers.gdpr.removedRevisions')}</List.Item>
            </List>
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('volunteers.gdpr.keptTitle')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('volunteers.gdpr.keptAssignments')}</List.Item>
              <List.Item>{t('volunteers.gdpr.keptConsent')}</List.Item>
              <List.Item>{t('volunteers.gdpr.keptAudit')}</List.Item>
            </List>
          </div>
          <TextInput
            label={t('volunteers.gdpr.typeName', { name: volunteer.name })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={erasing.loading}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              leftSection={<IconEraser size={16} />}
              disabled={!confirmsErasure(typed, volunteer.name)}
              loading={erasing.loading}
              onClick={() => void confirmErase()}
            >
              {t('volunteers.gdpr.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
