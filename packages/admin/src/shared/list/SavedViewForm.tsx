import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewFieldsFragment as SavedView } from '../../gql/graphql';
import { useRecordForm } from '../forms/useRecordForm';
import type { ListSection } from './ListPage';
import { nameTaken, saveFailureKey } from './saved-view-state';
import { CreateSavedViewMutation, SavedViewsQuery, UpdateSavedViewMutation } from './saved-views.graphql';

const MAX_NAME = 80;

interface Values {
  name: string;
  shared: boolean;
  /** Editing: replace the view's filters and order with the list's current ones. */
  replaceQuery: boolean;
}

interface Props {
  list: ListSection;
  /** The list's query string now (without its page). */
  query: string;
  /** The view being changed; none: a new one from the current filters. */
  view?: SavedView;
  /** Every view of the list, to tell a name in use before asking the server. */
  views: readonly SavedView[];
  onDone: () => void;
  onCancel: () => void;
}

/** Saves the list's filters and order as a view, or renames, re-saves or shares one of mine. */
export function SavedViewForm({ list, query, view, views, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useRecordForm<Values>(
    { name: view?.name ?? '', shared: view?.shared ?? false, replaceQuery: false },
    (values) => {
      if (!values.name.trim()) return { name: 'savedViews.nameRequired' };
      if (values.name.trim().length > MAX_NAME) return { name: 'savedViews.nameTooLong' };
      if (nameTaken(values.name, views, view?.id)) return { name: 'savedViews.nameTaken' };
      return {};
    },
  );
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = [{ query: SavedViewsQuery, variables: { list } }];
  const [create, created] = useMutation(CreateSavedViewMutation, { refetchQueries });
  const [update, updated] = useMutation(UpdateSavedViewMutation, { refetchQueries });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const name = values.name.trim();
    try {
      if (view) {
        await update({
          variables: {
            input: {
              id: view.id,
              version: view.version,
              name,
              shared: values.shared,
              ...(values.replaceQuery && { query }),
            },
          },
        });
      } else {
        await create({ variables: { input: { list, name, query, shared: values.shared } } });
      }
      onDone();
    } catch (error) {
      const key = saveFailureKey(error);
      if (key === 'savedViews.nameTaken') form.setFieldError('name', t(key));
      else setFailure(t(key));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('savedViews.name')}
          description={t('savedViews.nameHint')}
          required
          maxLength={MAX_NAME}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Checkbox
          label={t('savedViews.share')}
          description={t('savedViews.shareHint')}
          {...form.getInputProps('shared', { type: 'checkbox' })}
        />
        {view && (
          <Checkbox
            label={t('savedViews.replaceQuery')}
            {...form.getInputProps('replaceQuery', { type: 'checkbox' })}
          />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={created.loading || updated.loading}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
