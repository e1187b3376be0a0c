import { BilingualRecordLoader, EditPageFrame } from '../../shared/forms/EditPageFrame';
import { PracticeForm } from './components/PracticeForm';
import { emptyPracticeForm, practiceFormValues } from './practice-form';
import { PracticeForEditQuery } from './practices.graphql';

/** /practices/new and /practices/:id. */
export function PracticeEditPage() {
  return (
    <EditPageFrame
      section="practices"
      create={() => <PracticeForm initialValues={emptyPracticeForm()} />}
      existing={(id) => (
        <BilingualRecordLoader query={PracticeForEditQuery} id={id} pick={(data) => data.practice}>
          {(practice, english) => (
            <PracticeForm
              practice={practice}
              english={english}
              initialValues={practiceFormValues(practice, english)}
            />
          )}
        </BilingualRecordLoader>
      )}
    />
  );
}
