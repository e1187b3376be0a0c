import { LoadingState } from '../../shared/components/QueryStates';
import { BilingualRecordLoader, EditPageFrame } from '../../shared/forms/EditPageFrame';
import { ForbiddenPage } from '../../shared/pages/ForbiddenPage';
import { ProgrammeForm } from './components/ProgrammeForm';
import { emptyProgrammeForm, programmeFormValues } from './programme-form';
import { VolunteerProgrammeForEditQuery } from './programmes.graphql';
import { useProgrammeScope } from './useProgrammeScope';

/** /volunteer-programmes/new (editors, admins) and /volunteer-programmes/:id. */
export function ProgrammeEditPage() {
  const scope = useProgrammeScope();
  return (
    <EditPageFrame
      section="programmes"
      create={() => {
        if (scope.loading) return <LoadingState />;
        if (!scope.canCreate) return <ForbiddenPage />;
        return <ProgrammeForm initialValues={emptyProgrammeForm()} scope={scope} />;
      }}
      existing={(id) => (
        <BilingualRecordLoader
          query={VolunteerProgrammeForEditQuery}
          id={id}
          pick={(data) => data.volunteerProgramme}
          also={scope}
        >
          {(programme, english) => (
            <ProgrammeForm
              programme={programme}
              english={english}
              initialValues={programmeFormValues(programme, english)}
              scope={scope}
            />
          )}
        </BilingualRecordLoader>
      )}
    />
  );
}
