import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  FileButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPencil, IconTrash, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { errorMessageKey, hasErrorCode } from '../../shared/errors';
import {
  ACCEPT,
  type AttachmentOwnerType,
  formatSize,
  typeLabel,
  uploadAttachment,
  UploadError,
} from './attachment-upload';
import {
  DeleteAttachmentMutation,
  PracticeAttachmentsQuery,
  ProjectAttachmentsQuery,
  UpdateAttachmentMutation,
} from './attachments.graphql';

type Attachment = AttachmentFieldsFragment;

function useOwnerAttachments(ownerType: AttachmentOwnerType, ownerId: string) {
  const practice = useQuery(PracticeAttachmentsQuery, {
    variables: { id: ownerId },
    skip: ownerType !== 'Practice',
    fetchPolicy: 'cache-and-network',
  });
  const project = useQuery(ProjectAttachmentsQuery, {
    variables: { id: ownerId },
    skip: ownerType !== 'Project',
    fetchPolicy: 'cache-and-network',
  });
  const list =
    ownerType === 'Practice' ? practice.data?.practice.attachments : project.data?.project.attachments;
  const refetch = () =>
    void (ownerType === 'Practice' ? practice.refetch() : project.refetch()).catch(() => undefined);
  return { list: list ?? [], loading: practice.loading || project.loading, refetch };
}

/**
 * "Документи / Attachments" of a practice or project being edited: the files with their type,
 * size and download link, an upload button, rename and delete. Links of a project stay in its form.
 */
export function AttachmentsSection({
  ownerType,
  ownerId,
}: {
  ownerType: AttachmentOwnerType;
  ownerId: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { list, loading, refetch } = useOwnerAttachments(ownerType, ownerId);
  const [uploading, setUploading] = useState(false);
  // Cleared after each pick: the same file picked again (after a refusal, fixed) still uploads.
  const resetPicker = useRef<() => void>(null);
  const [renaming, setRenaming] = useState<{ attachment: Attachment; title: string } | null>(null);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const [update, updateState] = useMutation(UpdateAttachmentMutation);
  const [remove, removeState] = useMutation(DeleteAttachmentMutation);

  const failed = (message: string) => notifications.show({ color: 'red', title: t('errors.title'), message });
  const mutationFailed = (error: unknown) => {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) return;
    failed(t(errorMessageKey(error)));
  };

  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    try {
      const uploaded = await uploadAttachment({ ownerType, ownerId, file, fileName: file.name });
      notifications.show({
        color: uploaded.warnings.length ? 'yellow' : 'teal',
        message: uploaded.warnings.length
          ? t('attachments.uploadedNoText', { name: uploaded.fileName })
          : t('attachments.uploaded', { name: uploaded.fileName }),
      });
      refetch();
    } catch (error) {
      const refusal = error instanceof UploadError ? error : new UploadError('generic');
      failed(t(`attachments.errors.${refusal.key}`, refusal.values));
    } finally {
      setUploading(false);
      resetPicker.current?.();
    }
  };

  const rename = async () => {
    if (!renaming || !renaming.title.trim()) return;
    const { attachment, title } = renaming;
    try {
      await update({
        variables: { input: { id: attachment.id, version: attachment.version, title: { bg: title.trim() } } },
      });
      setRenaming(null);
      refetch();
    } catch (error) {
      mutationFailed(error);
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove({ variables: { id: deleting.id, version: deleting.version } });
      notifications.show({ color: 'teal', message: t('attachments.deleted', { name: deleting.fileName }) });
      setDeleting(null);
      refetch();
    } catch (error) {
      mutationFailed(error);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attachments-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="attachments-title">
            {t('attachments.title')}
          </Title>
          <FileButton onChange={(file) => void upload(file)} accept={ACCEPT} resetRef={resetPicker}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={uploading} variant="light">
                {t('attachments.upload')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t('attachments.hint')}
        </Text>
        {list.length === 0 ? (
          <Text size="sm">{loading ? t('common.loading') : t('attachments.empty')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attachments.name')}</Table.Th>
                <Table.Th>{t('attachments.type')}</Table.Th>
                <Table.Th>{t('attachments.size')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('attachments.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>
                    {renaming?.attachment.id === attachment.id ? (
                      <Group gap="xs" wrap="nowrap">
                        <TextInput
                          aria-label={t('attachments.newTitle')}
                          value={renaming.title}
                          maxLength={300}
                          onChange={(event) => setRenaming({ attachment, title: event.currentTarget.value })}
                          onKeyDown={(event) => event.key === 'Enter' && void rename()}
                          data-autofocus
                        />
                        <Button size="xs" onClick={() => void rename()} loading={updateState.loading}>
                          {t('common.save')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setRenaming(null)}>
                          {t('common.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Anchor href={attachment.url} target="_blank" rel="noopener">
                        {attachment.title}
                      </Anchor>
                    )}
                    {attachment.title !== attachment.fileName && (
                      <Text size="xs" c="dimmed">
                        {attachment.fileName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{typeLabel(attachment.mediaType)}</Table.Td>
                  <Table.Td>{formatSize(attachment.size, language)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      {/* Saved under its file name; the title's link opens it (PDF, image) in a tab. */}
                      <Button
                        component="a"
                        href={attachment.url}
                        download={attachment.fileName}
                        size="xs"
                        variant="subtle"
                        leftSection={<IconDownload size={14} />}
                        aria-label={t('attachments.downloadOf', { name: attachment.title })}
                      >
                        {t('attachments.download')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPencil size={14} />}
                        aria-label={t('attachments.renameOf', { name: attachment.title })}
                        onClick={() => setRenaming({ attachment, title: attachment.title })}
                      >
                        {t('attachments.rename')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        aria-label={t('attachments.deleteOf', { name: attachment.title })}
                        onClick={() => setDeleting(attachment)}
                      >
                        {t('attachments.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('attachments.deleteTitle')}
        text={t('attachments.deleteText', { name: deleting?.title ?? '' })}
        confirmLabel={t('attachments.delete')}
        color="red"
        loading={removeState.loading}
        onConfirm={() => void confirmDelete()}
      />
    </Paper>
  );
}
