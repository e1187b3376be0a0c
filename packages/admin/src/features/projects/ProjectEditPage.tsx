import { Stack } from '@mantine/core';
import { BilingualRecordLoader, EditPageFrame } from '../../shared/forms/EditPageFrame';
import { AttachmentsSection } from '../attachments';
import { ProjectForm } from './components/ProjectForm';
import { emptyProjectForm, projectFormValues } from './project-form';
import { ProjectForEditQuery } from './projects.graphql';

/** /projects/new and /projects/:id. */
export function ProjectEditPage() {
  return (
    <EditPageFrame
      section="projects"
      create={() => <ProjectForm initialValues={emptyProjectForm()} />}
      existing={(id) => (
        <BilingualRecordLoader query={ProjectForEditQuery} id={id} pick={(data) => data.project}>
          {(project, english) => (
            <Stack gap="lg">
              <ProjectForm
                project={project}
                english={english}
                initialValues={projectFormValues(project, english)}
              />
              <AttachmentsSection ownerType="Project" ownerId={id} />
            </Stack>
          )}
        </BilingualRecordLoader>
      )}
    />
  );
}
