import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { VolunteerAssignmentRowFragment } from '../../../gql/graphql';
import type { ProgrammeOption } from '../../programmes';
import { useSaveErrorReporter } from '../../../shared/hooks/useSaveErrorReporter';
import {
  assignmentFormPath,
  assignmentFormValues,
  type AssignmentFormValues,
  createAssignmentInput,
  emptyAssignmentForm,
  updateAssignmentInput,
  validateAssignmentForm,
} from '../assignment-form';
import { CreateVolunteerAssignmentMutation, UpdateVolunteerAssignmentMutation } from '../volunteers.graphql';
import { DayInput } from '../../../shared/forms/DayInput';
import { useRecordForm } from '../../../shared/forms/useRecordForm';

interface Props {
  volunteerId: string;
  /** The assignment to edit; absent to add one. */
  assignment?: VolunteerAssignmentRowFragment;
  /** Programmes the user may assign to. */
  programmes: ProgrammeOption[];
  onClose: () => void;
  onSaved: () => void;
}

/** Add or change an assignment: programme (when adding), role, from–to and hours logged. */
export function AssignmentModal({ volunteerId, assignment, programmes, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [create, created] = useMutation(CreateVolunteerAssignmentMutation);
  const [update, updated] = useMutation(UpdateVolunteerAssignmentMutation);
  const reportSaveError = useSaveErrorReporter(assignmentFormPath);
  const form = useRecordForm<AssignmentFormValues>(
    assignment
      ? assignmentFormValues(assignment)
      : emptyAssignmentForm(programmes.length === 1 ? programmes[0].value : null),
    (values) => validateAssignmentForm(values, !assignment),
  );

  const submit = form.onSubmit(async (values) => {
    try {
      if (assignment) {
        await update({
          variables: { input: updateAssignmentInput(values, assignment.id, assignment.version) },
        });
      } else {
        await create({ variables: { input: createAssignmentInput(values, volunteerId) } });
      }
      notifications.show({ color: 'teal', message: t('volunteers.assignments.saved') });
      onSaved();
      onClose();
    } catch (error) {
      reportSaveError(error, form.setErrors);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={assignment ? t('volunteers.assignments.editTitle') : t('volunteers.assignments.addTitle')}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {assignment ? (
            <TextInput
              label={t('volunteers.assignments.programme')}
              value={assignment.programme?.name ?? ''}
              readOnly
            />
          ) : (
            <Select
              label={t('volunteers.assignments.programme')}
              data={programmes}
              required
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              key={form.key('programmeId')}
              {...form.getInputProps('programmeId')}
            />
          )}
          <TextInput
            label={t('volunteers.assignments.role')}
            placeholder={t('volunteers.assignments.rolePlaceholder')}
            required
            data-autofocus
            key={form.key('role')}
            {...form.getInputProps('role')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <DayInput
              label={t('volunteers.assignments.from')}
              required
              key={form.key('startsOn')}
              {...form.getInputProps('startsOn')}
            />
            <DayInput
              label={t('volunteers.assignments.to')}
              clearable
              key={form.key('endsOn')}
              {...form.getInputProps('endsOn')}
            />
            <TextInput
              label={t('volunteers.assignments.hours')}
              inputMode="decimal"
              key={form.key('hours')}
              {...form.getInputProps('hours')}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || updated.loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
