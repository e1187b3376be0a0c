import { Grid, Stack } from '@mantine/core';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { EditPageFrame } from '../../shared/forms/EditPageFrame';
import { NotFoundPage } from '../../shared/pages/NotFoundPage';
import { useProgrammeScope } from '../programmes';
import { AssignmentsPanel } from './components/AssignmentsPanel';
import { GdprPanel } from './components/GdprPanel';
import { VolunteerForm } from './components/VolunteerForm';
import { useVolunteer } from './useVolunteer';
import { emptyVolunteerForm, volunteerFormValues } from './volunteer-form';

/** /volunteers/new and /volunteers/:id. */
export function VolunteerEditPage() {
  return (
    <EditPageFrame
      section="volunteers"
      create={() => <VolunteerForm initialValues={emptyVolunteerForm()} />}
      existing={(id) => <ExistingVolunteer id={id} />}
    />
  );
}

function ExistingVolunteer({ id }: { id: string }) {
  const { volunteer, error, reload, replace } = useVolunteer(id);
  const scope = useProgrammeScope();
  if (volunteer === undefined && error) return <ErrorState error={error} onRetry={reload} />;
  if (volunteer === undefined) return <LoadingState />;
  if (volunteer === null) return <NotFoundPage />;
  return (
    <Stack gap="md">
      <VolunteerForm
        // A new version (saved, erased) starts the form afresh; a reload of the same one keeps edits.
        key={volunteer.version}
        volunteer={volunteer}
        initialValues={volunteerFormValues(volunteer)}
        onSaved={replace}
        aside={
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              <AssignmentsPanel volunteer={volunteer} scope={scope} onChanged={reload} />
              <GdprPanel volunteer={volunteer} onErased={replace} />
            </Stack>
          </Grid.Col>
        }
      />
    </Stack>
  );
}
