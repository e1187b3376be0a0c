import { BilingualRecordLoader, EditPageFrame } from '../../shared/forms/EditPageFrame';
import { OrganizationForm } from './components/OrganizationForm';
import { emptyOrganizationForm, organizationFormValues } from './organization-form';
import { OrganizationForEditQuery } from './organizations.graphql';

/** /organizations/new and /organizations/:id. */
export function OrganizationEditPage() {
  return (
    <EditPageFrame
      section="organizations"
      create={() => <OrganizationForm initialValues={emptyOrganizationForm()} />}
      existing={(id) => (
        <BilingualRecordLoader query={OrganizationForEditQuery} id={id} pick={(data) => data.organization}>
          {(organization, english) => (
            <OrganizationForm
              organization={organization}
              english={english}
              initialValues={organizationFormValues(organization, english)}
            />
          )}
        </BilingualRecordLoader>
      )}
    />
  );
}
