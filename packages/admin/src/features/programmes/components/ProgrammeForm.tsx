import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Grid, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLanguage, IconLock } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localizedCacheIds } from '../../../shared/cache-ids';
import type { VolunteerProgrammeEditFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { StatusBadge } from '../../../shared/components/StatusBadge';
import { BilingualTextsPanel } from '../../../shared/forms/BilingualTextsPanel';
import { DeleteRecordButton } from '../../../shared/forms/DeleteRecordButton';
import { RecordFormHeader } from '../../../shared/forms/RecordFormHeader';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { useRecordSave } from '../../../shared/forms/useRecordSave';
import { MunicipalitySelect } from '../../geography';
import { useSession } from '../../auth';
import { formatHours } from '../hours';
import { allowedStatuses } from '../programme-access';
import {
  createProgrammeInput,
  type ProgrammeFormValues,
  programmeFormPath,
  updateProgrammeInput,
  validateProgrammeForm,
} from '../programme-form';
import {
  CreateVolunteerProgrammeMutation,
  DeleteVolunteerProgrammeMutation,
  UpdateVolunteerProgrammeMutation,
} from '../programmes.graphql';
import type { ProgrammeScope } from '../useProgrammeScope';
import { OrganizationSelect } from '../../organizations';
import { ProjectSelect } from './ProjectSelect';
import { HistoryButton } from '../../history';
import { statusLabel } from '../../../shared/grammar';

interface Props {
  /** The programme as read in Bulgarian; absent when creating. */
  programme?: VolunteerProgrammeEditFragment;
  /** The same programme read in English, for its translation status. */
  english?: VolunteerProgrammeEditFragment;
  initialValues: ProgrammeFormValues;
  scope: ProgrammeScope;
}

const LIST = '/volunteer-programmes';

/**
 * Create or edit a volunteer programme. Coordinators edit only the programmes they coordinate,
 * and never their status; others' programmes open read-only.
 */
export function ProgrammeForm({ programme, english, initialValues, scope }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { language } = useLanguage();
  const { user } = useSession();
  const client = useApolloClient();
  const roles = user?.roles ?? [];
  const [version, setVersion] = useState(programme?.version ?? 0);
  const [savedStatus, setSavedStatus] = useState(programme?.status ?? null);
  const [createProgramme, created] = useMutation(CreateVolunteerProgrammeMutation);
  const [updateProgramme, updated] = useMutation(UpdateVolunteerProgrammeMutation);
  const [deleteProgramme] = useMutation(DeleteVolunteerProgrammeMutation);
  const editable = programme ? scope.canEdit(programme.id) : scope.canCreate;
  const statuses = allowedStatuses(roles, savedStatus);
  const statusLocked = statuses.length <= 1;
  const form = useRecordForm(initialValues, validateProgrammeForm);

  const { submit, remove } = useRecordSave({
    form,
    section: 'programmes',
    list: LIST,
    formPath: programmeFormPath,
    update:
      programme &&
      (async (values) => {
        const { data } = await updateProgramme({
          variables: { input: updateProgrammeInput(values, programme.id, version, !statusLocked) },
        });
        if (data) {
          setVersion(data.updateVolunteerProgramme.version);
          setSavedStatus(data.updateVolunteerProgramme.status);
        }
      }),
    create: async (values) =>
      (await createProgramme({ variables: { input: createProgrammeInput(values) } })).data
        ?.createVolunteerProgramme,
    remove:
      programme &&
      (async () => {
        await deleteProgramme({ variables: { id: programme.id, version } });
        for (const id of localizedCacheIds('VolunteerProgramme', programme.id)) client.cache.evict({ id });
        client.cache.gc();
      }),
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="md">
        <RecordFormHeader
          titleId={titleId}
          section="programmes"
          list={LIST}
          record={programme && { ...programme, title: programme.name }}
          version={version}
          badge={
            programme && <StatusBadge status={savedStatus ?? programme.status} type="VolunteerProgramme" />
          }
          dirty={form.isDirty()}
          saving={created.loading || updated.loading}
          editable={editable}
          actions={
            programme && (
              <>
                <HistoryButton to={`${LIST}/${programme.id}/history`} />
                {scope.canDelete && (
                  <DeleteRecordButton section="programmes" name={programme.name} onConfirm={remove} />
                )}
              </>
            )
          }
        />

        {!editable && (
          <Alert color="gray" icon={<IconLock />}>
            {t('programmes.readOnly')}
          </Alert>
        )}
        {english?.localization.stale && (
          <Alert color="yellow" icon={<IconLanguage />}>
            {t('programmes.staleEnglish')}
          </Alert>
        )}

        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <BilingualTextsPanel form={form} section="programmes" />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('programmes.form.details')}
                  </Title>
                  <Stack gap="md">
                    <Select
                      label={t('programmes.form.status')}
                      data={statuses.map((status) => ({
                        value: status,
                        label: statusLabel(t, status, 'VolunteerProgramme'),
                      }))}
                      allowDeselect={false}
                      disabled={!editable || statusLocked}
                      description={editable && statusLocked ? t('programmes.statusLocked') : undefined}
                      key={form.key('status')}
                      {...form.getInputProps('status')}
                    />
                    <OrganizationSelect
                      label={t('programmes.form.organization')}
                      placeholder={t('programmes.form.organizationPlaceholder')}
                      known={programme?.organization ? [programme.organization] : undefined}
                      disabled={!editable}
                      key={form.key('organizationId')}
                      {...form.getInputProps('organizationId')}
                    />
                    <ProjectSelect
                      label={t('programmes.form.project')}
                      placeholder={t('programmes.form.projectPlaceholder')}
                      selected={
                        programme?.project
                          ? { value: programme.project.id, label: programme.project.title }
                          : null
                      }
                      disabled={!editable}
                      key={form.key('projectId')}
                      {...form.getInputProps('projectId')}
                    />
                    <MunicipalitySelect
                      label={t('programmes.form.municipalities')}
                      placeholder={t('programmes.form.municipalitiesPlaceholder')}
                      disabled={!editable}
                      key={form.key('municipalityCodes')}
                      {...form.getInputProps('municipalityCodes')}
                    />
                  </Stack>
                </Paper>
                {programme && (
                  <Paper withBorder p="md">
                    <Title order={2} size="h4" mb="sm">
                      {t('programmes.form.stats')}
                    </Title>
                    <SimpleGrid cols={2}>
                      <div>
                        <Text size="xs" c="dimmed">
                          {t('programmes.columns.volunteers')}
                        </Text>
                        <Text fw={700} size="xl">
                          {programme.volunteerCount}
                        </Text>
                      </div>
                      <div>
                        <Text size="xs" c="dimmed">
                          {t('programmes.columns.hours')}
                        </Text>
                        <Text fw={700} size="xl">
                          {formatHours(programme.hoursLogged, language)}
                        </Text>
                      </div>
                    </SimpleGrid>
                    {scope.coordinatedIds.includes(programme.id) || roles.includes('ADMIN') ? (
                      <Anchor component={Link} to={`/volunteers?programme=${programme.id}`} size="sm" mt="sm">
                        {t('programmes.form.roster')}
                      </Anchor>
                    ) : null}
                  </Paper>
                )}
              </Stack>
            </Grid.Col>
          </Grid>
        </fieldset>
      </Stack>
    </form>
  );
}
