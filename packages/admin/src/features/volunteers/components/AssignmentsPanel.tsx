import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerAssignmentRowFragment, VolunteerDetailFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { errorMessageKey, hasErrorCode } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { formatHours, sumHours } from '../../programmes';
import type { ProgrammeScope } from '../../programmes';
import { DeleteVolunteerAssignmentMutation } from '../volunteers.graphql';
import { AssignmentModal } from './AssignmentModal';

interface Props {
  volunteer: VolunteerDetailFragment;
  scope: ProgrammeScope;
  onChanged: () => void;
}

type Editing = { assignment?: VolunteerAssignmentRowFragment } | null;

/** The volunteer's assignments; coordinators change those in the programmes they coordinate. */
export function AssignmentsPanel({ volunteer, scope, onChanged }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<VolunteerAssignmentRowFragment | null>(null);
  const [removing, setRemoving] = useState(false);
  const [remove] = useMutation(DeleteVolunteerAssignmentMutation);
  const assignable = new Set(scope.assignable.map((p) => p.value));
  const total = sumHours(volunteer.assignments.map((a) => a.hoursLogged));

  const removeAssignment = async (assignment: VolunteerAssignmentRowFragment) => {
    setRemoving(true);
    try {
      await remove({ variables: { id: assignment.id, version: assignment.version } });
      notifications.show({ color: 'teal', message: t('volunteers.assignments.removed') });
      setConfirming(null);
      onChanged();
    } catch (error) {
      if (!hasErrorCode(error, 'UNAUTHENTICATED'))
        notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(error)) });
    } finally {
      setRemoving(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('volunteers.assignments.title')}
        </Title>
        {scope.assignable.length > 0 && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing({})}
          >
            {t('volunteers.assignments.add')}
          </Button>
        )}
      </Group>
      {volunteer.assignments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('volunteers.assignments.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('volunteers.assignments.programmeAndRole')}</Table.Th>
                  <Table.Th ta="right">{t('volunteers.assignments.hours')}</Table.Th>
                  <Table.Th w={1}>
                    <VisuallyHidden>{t('volunteers.assignments.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {volunteer.assignments.map((assignment) => {
                  const mayChange = Boolean(assignment.programme && assignable.has(assignment.programme.id));
                  return (
                    <Table.Tr key={assignment.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {assignment.programme?.name ?? t('common.none')}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {assignment.role} · {formatDate(assignment.startsOn, language)} –{' '}
                          {assignment.endsOn
                            ? formatDate(assignment.endsOn, language)
                            : t('volunteers.assignments.ongoing')}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{formatHours(assignment.hoursLogged, language)}</Table.Td>
                      <Table.Td>
                        {mayChange && (
                          <Group gap={4} wrap="nowrap">
                            <Tooltip label={t('volunteers.assignments.edit')}>
                              <ActionIcon
                                variant="subtle"
                                aria-label={t('volunteers.assignments.edit')}
                                onClick={() => setEditing({ assignment })}
                              >
                                <IconPencil size={16} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t('volunteers.assignments.remove')}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={t('volunteers.assignments.remove')}
                                onClick={() => setConfirming(assignment)}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" ta="right">
            {t('volunteers.assignments.total', { hours: formatHours(total, language) })}
          </Text>
        </Stack>
      )}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('volunteers.assignments.remove')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {t('volunteers.assignments.removeConfirm', {
              role: confirming?.role ?? '',
              programme: confirming?.programme?.name ?? '',
            })}
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={removing}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={removing}
              data-autofocus
              onClick={() => confirming && void removeAssignment(confirming)}
            >
              {t('volunteers.assignments.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {editing && (
        <AssignmentModal
          volunteerId={volunteer.id}
          assignment={editing.assignment}
          programmes={scope.assignable}
          onClose={() => setEditing(null)}
          onSaved={onChanged}
        />
      )}
    </Paper>
  );
}
