import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore, IconTrashX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrashQuery as TrashData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { DataTable, NARROW_CELL } from '../../shared/list/DataTable';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { errorMessageKey, fieldErrorLines, hasErrorCode } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { useSession } from '../auth';
import { AuthorName } from '../history';
import { CursorPagination } from '../../shared/components/CursorPagination';
import { useSections } from '../../shared/sections-context';
import { canPurge, readTrashState, trashTypesFor, trashVariables, withType } from './trash-state';
import { PurgeMutation, RestoreFromTrashMutation, TrashQuery } from './trash.graphql';
import { useUrlParams } from '../../shared/hooks/useUrlParams';

type TrashItem = TrashData['trash']['edges'][number]['node'];

/** /trash: deleted records by type; editors restore, admins also purge. */
export function TrashPage() {
  const { t } = useTranslation();
  usePageTitle(t('trash.title'));
  const { language } = useLanguage();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const { recordPath, trashTypes } = useSections();
  const types = useMemo(() => trashTypesFor(trashTypes, roles), [trashTypes, roles.join(',')]);
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => readTrashState(params, types), [params, types]);
  const { data, previousData, loading, error, refetch } = useQuery(TrashQuery, {
    variables: trashVariables(state),
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const rows = shown?.trash.edges.map((e) => e.node);
  const [restore] = useMutation(RestoreFromTrashMutation);
  const [purge, purgeState] = useMutation(PurgeMutation);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [purging, setPurging] = useState<TrashItem | null>(null);
  const refresh = () => void refetch().catch(() => undefined);

  const report = (err: unknown, referenced: boolean) => {
    if (hasErrorCode(err, 'UNAUTHENTICATED')) return;
    const fields = fieldErrorLines(err);
    const message = referenced
      ? t('trash.purgeReferenced')
      : fields.length
        ? `${t('errors.validation')} ${t('errors.otherFields', { fields: fields.join('; ') })}`
        : t(errorMessageKey(err));
    notifications.show({
      color: 'red',
      title: t('errors.title'),
      message,
      autoClose: fields.length ? false : undefined,
    });
  };

  const restoreItem = async (item: TrashItem) => {
    setRestoring(item.id);
    try {
      await restore({ variables: { entityType: item.entityType, id: item.id } });
      const path = recordPath(item.entityType, item.id);
      notifications.show({
        color: 'teal',
        message: (
          <>
            {t('trash.restored', { title: item.title })}{' '}
            {path && (
              <Anchor component={Link} to={path} size="sm">
                {t('trash.open')}
              </Anchor>
            )}
          </>
        ),
      });
      refresh();
    } catch (err) {
      report(err, false);
    } finally {
      setRestoring(null);
    }
  };

  const confirmPurge = async () => {
    if (!purging) return;
    try {
      await purge({ variables: { entityType: purging.entityType, id: purging.id } });
      notifications.show({ color: 'teal', message: t('trash.purged', { title: purging.title }) });
      setPurging(null);
      refresh();
    } catch (err) {
      report(err, hasErrorCode(err, 'BAD_USER_INPUT'));
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('trash.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {shown ? t('trash.total', { count: shown.trash.totalCount }) : t('common.loading')}
          </Text>
        </div>
        <Select
          label={t('trash.type')}
          data={types.map((type) => ({ value: type, label: t(`trash.types.${type}`) }))}
          value={state.type}
          onChange={(value) => {
            const type = types.find((candidate) => candidate === value);
            if (type) setParams((current) => withType(current, type));
          }}
          allowDeselect={false}
          w={260}
        />
      </Group>

      {error && !shown ? (
        <ErrorState error={error} onRetry={refresh} />
      ) : (
        <Paper withBorder>
          <DataTable
            columns={[
              { label: t('trash.columns.title') },
              { label: t('trash.columns.deletedAt'), narrow: true },
              { label: t('trash.columns.deletedBy'), narrow: true },
              { label: t('trash.columns.actions'), narrow: true, hiddenLabel: true },
            ]}
            loading={loading}
            minWidth={680}
            skeletonRows={4}
            rows={rows}
            renderRow={(item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {item.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('trash.version', { version: item.version })}
                  </Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Text size="sm">{formatDateTime(item.deletedAt, language)}</Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Text size="sm">
                    <AuthorName author={item.deletedBy} />
                  </Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={14} />}
                      loading={restoring === item.id}
                      onClick={() => void restoreItem(item)}
                      aria-label={t('trash.restoreNamed', { title: item.title })}
                    >
                      {t('trash.restore')}
                    </Button>
                    {canPurge(roles) && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrashX size={14} />}
                        onClick={() => setPurging(item)}
                        aria-label={t('trash.purgeNamed', { title: item.title })}
                      >
                        {t('trash.purge')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )}
            empty={<EmptyState message={t('trash.empty', { type: t(`trash.types.${state.type}`) })} />}
          />
        </Paper>
      )}

      {shown && <CursorPagination pageInfo={shown.trash.pageInfo} label={t('trash.pagination')} />}

      <ConfirmModal
        opened={purging !== null}
        onClose={() => setPurging(null)}
        title={t('trash.purgeTitle')}
        text={t('trash.purgeText', { title: purging?.title ?? '' })}
        confirmLabel={t('trash.purgeConfirm')}
        color="red"
        loading={purgeState.loading}
        onConfirm={() => void confirmPurge()}
      />
    </Stack>
  );
}
