import { BilingualRecordLoader, EditPageFrame } from '../../shared/forms/EditPageFrame';
import { NetworkForm } from './components/NetworkForm';
import { emptyNetworkForm, networkFormValues } from './network-form';
import { PartnerNetworkForEditQuery } from './networks.graphql';

/** /networks/new and /networks/:id. */
export function NetworkEditPage() {
  return (
    <EditPageFrame
      section="networks"
      create={() => <NetworkForm initialValues={emptyNetworkForm()} />}
      existing={(id) => (
        <BilingualRecordLoader
          query={PartnerNetworkForEditQuery}
          id={id}
          pick={(data) => data.partnerNetwork}
        >
          {(network, english) => (
            <NetworkForm
              network={network}
              english={english}
              initialValues={networkFormValues(network, english)}
            />
          )}
        </BilingualRecordLoader>
      )}
    />
  );
}
