import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewFieldsFragment as SavedView } from '../../gql/graphql';
import { errorMessageKey } from '../errors';
import type { ListSection } from './ListPage';
import { DeleteSavedViewMutation, SavedViewsQuery } from './saved-views.graphql';

interface Props {
  list: ListSection;
  /** My views of the list. */
  views: readonly SavedView[];
  onEdit: (view: SavedView) => void;
}

/**
 * My views of a list, each to change or delete (asked once more, in place, before deleting).
 * The dialog's own close button ends it.
 */
export function SavedViewsManager({ list, views, onEdit }: Props) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(DeleteSavedViewMutation, {
    refetchQueries: [{ query: SavedViewsQuery, variables: { list } }],
  });

  const confirmDelete = async (view: SavedView) => {
    setFailure(null);
    try {
      await remove({ variables: { id: view.id } });
      setDeleting(null);
    } catch (error) {
      setFailure(t(errorMessageKey(error)));
    }
  };

  if (deleting) {
    return (
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Text size="sm">{t('savedViews.deleteText', { name: deleting.name })}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirmDelete(deleting)}>
            {t('savedViews.delete')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {views.length === 0 && <Text size="sm">{t('savedViews.noneMine')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {views.map((view) => (
          <Group component="li" key={view.id} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text size="sm" truncate>
                {view.name}
              </Text>
              {view.shared && (
                <Badge size="sm" variant="light">
                  {t('savedViews.sharedBadge')}
                </Badge>
              )}
            </Group>
            <Group gap={4} wrap="nowrap">
              <Button
                size="xs"
                variant="subtle"
                aria-label={t('savedViews.editNamed', { name: view.name })}
                onClick={() => onEdit(view)}
              >
                {t('savedViews.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                aria-label={t('savedViews.deleteNamed', { name: view.name })}
                onClick={() => setDeleting(view)}
              >
                {t('savedViews.delete')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
