import { Stack } from '@mantine/core';
import { BilingualRecordLoader, EditPageFrame } from '../../shared/forms/EditPageFrame';
import { AttachmentsSection } from '../attachments';
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
            <Stack gap="lg">
              <PracticeForm
                practice={practice}
                english={english}
                initialValues={practiceFormValues(practice, english)}
              />
              <AttachmentsSection ownerType="Practice" ownerId={id} />
            </Stack>
          )}
        </BilingualRecordLoader>
      )}
    />
  );
}
