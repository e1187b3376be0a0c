import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../../organizations';
import {
  emptyMembership,
  MEMBERSHIP_ROLES,
  type MembershipState,
  membershipState,
  type NetworkFormValues,
  overlappingRows,
  todayInSofia,
} from '../network-form';
import { DayInput } from '../../../shared/forms/DayInput';

const STATE_COLORS: Record<MembershipState, string> = { current: 'teal', former: 'gray', future: 'blue' };

/** The membership history: who belonged, in which role, from when to when. */
export function MembershipEditor({ form }: { form: UseFormReturnType<NetworkFormValues> }) {
  const { t } = useTranslation();
  const rows = form.getValues().memberships;
  const overlaps = overlappingRows(rows);
  const today = todayInSofia();
  const listError = form.errors.memberships;

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={2} size="h4">
            {t('networks.memberships.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('networks.memberships.hint')}
          </Text>
        </div>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('memberships', emptyMembership())}
        >
          {t('networks.memberships.add')}
        </Button>
      </Group>
      {listError && (
        <Text size="sm" c="red" role="alert" mb="sm">
          {listError}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('networks.memberships.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {rows.map((row, index) => {
            const state = membershipState(row, today);
            const path = `memberships.${index}`;
            return (
              <Paper
                key={row.key}
                withBorder
                p="sm"
                bg="gray.0"
                role="group"
                aria-label={t('networks.memberships.row', { number: index + 1 })}
              >
                <Group justify="space-between" mb={6} wrap="nowrap">
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {t('networks.memberships.row', { number: index + 1 })}
                    </Text>
                    {row.joinedOn && (
                      <Badge size="sm" variant="light" color={STATE_COLORS[state]}>
                        {t(`networks.memberships.state.${state}`)}
                      </Badge>
                    )}
                    {overlaps.has(index) && (
                      <Tooltip label={t('networks.memberships.overlapHint')} multiline w={260}>
                        <Badge
                          size="sm"
                          variant="light"
                          color="orange"
                          leftSection={<IconAlertTriangle size={12} />}
                          tabIndex={0}
                        >
                          {t('networks.memberships.overlap')}
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                  <Tooltip label={t('networks.memberships.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('networks.memberships.removeRow', { number: index + 1 })}
                      onClick={() => form.removeListItem('memberships', index)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                  <OrganizationSelect
                    label={t('networks.memberships.organization')}
                    placeholder={t('networks.form.organizationPlaceholder')}
                    required
                    known={
                      row.organizationId && row.organizationName
                        ? [{ id: row.organizationId, name: row.organizationName }]
                        : undefined
                    }
                    key={form.key(`${path}.organizationId`)}
                    {...form.getInputProps(`${path}.organizationId`)}
                  />
                  <Select
                    label={t('networks.memberships.role')}
                    data={MEMBERSHIP_ROLES.map((role) => ({
                      value: role,
                      label: t(`networks.role.${role}`),
                    }))}
                    allowDeselect={false}
                    key={form.key(`${path}.role`)}
                    {...form.getInputProps(`${path}.role`)}
                  />
                  <DayInput
                    label={t('networks.memberships.joinedOn')}
                    required
                    key={form.key(`${path}.joinedOn`)}
                    {...form.getInputProps(`${path}.joinedOn`)}
                  />
                  <DayInput
                    label={t('networks.memberships.leftOn')}
                    clearable
                    key={form.key(`${path}.leftOn`)}
                    {...form.getInputProps(`${path}.leftOn`)}
                  />
                </SimpleGrid>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
