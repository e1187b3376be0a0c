import type { PartnerNetworkEditFragment } from '../../gql/graphql';
import {
  createNetworkInput,
  currentMemberCount,
  emptyMembership,
  emptyNetworkForm,
  membershipState,
  networkFormPath,
  networkFormValues,
  overlappingRows,
  todayInSofia,
  updateNetworkInput,
  validateNetworkForm,
} from './network-form';

const org = (id: string, name: string, locale: 'BG' | 'EN' = 'BG') => ({
  __typename: 'Organization' as const,
  id,
  name,
  localization: { __typename: 'Localization' as const, requested: locale },
});

function network(locale: 'BG' | 'EN', fallbackFields: string[] = []): PartnerNetworkEditFragment {
  return {
    __typename: 'PartnerNetwork',
    id: 'n1',
    version: 5,
    slug: 'klub-na-nso-targovishte',
    name: locale === 'BG' ? 'Клуб на НСО – Търговище' : 'NGO Club – Targovishte',
    description: null,
    scope: 'REGIONAL',
    updatedAt: '2024-01-01T00:00:00Z',
    localization: {
      __typename: 'Localization',
      requested: locale,
      served: locale,
      stale: false,
      fallbackFields,
    },
    coordinator: org('o1', 'Клуб на НСО', locale),
    memberships: [
      {
        __typename: 'NetworkMembership',
        id: 'm1',
        role: 'COORDINATOR',
        joinedOn: '2013-07-01',
        leftOn: null,
        organization: org('o1', 'Клуб на НСО', locale),
      },
    ],
  };
}

describe('networkFormValues and inputs', () => {
  it('reads the network and its membership history', () => {
    const values = networkFormValues(network('BG'), network('EN', ['description']));
    expect(values).toEqual({
      name: { bg: 'Клуб на НСО – Търговище', en: 'NGO Club – Targovishte' },
      description: { bg: '', en: '' },
      scope: 'REGIONAL',
      coordinatorId: 'o1',
      memberships: [
        {
          key: 'm1',
          organizationId: 'o1',
          organizationName: 'Клуб на НСО',
          role: 'COORDINATOR',
          joinedOn: '2013-07-01',
          leftOn: null,
        },
      ],
    });
    expect(updateNetworkInput(values, 'n1', 5)).toEqual({
      id: 'n1',
      version: 5,
      name: { bg: 'Клуб на НСО – Търговище', en: 'NGO Club – Targovishte' },
      description: null,
      scope: 'REGIONAL',
      coordinatorId: 'o1',
      memberships: [{ organizationId: 'o1', role: 'COORDINATOR', joinedOn: '2013-07-01', leftOn: null }],
    });
  });

  it('sends an empty history as an empty list (it replaces the history)', () => {
    expect(createNetworkInput({ ...emptyNetworkForm(), name: { bg: 'Мрежа', en: '' } }).memberships).toEqual(
      [],
    );
  });

  it('gives each new row its own key', () => {
    expect(emptyMembership().key).not.toBe(emptyMembership().key);
  });
});

describe('validateNetworkForm', () => {
  it('checks each membership on its own fields, as the server does', () => {
    const row = (organizationId: string | null, joinedOn: string | null, leftOn: string | null = null) => ({
      ...emptyMembership(),
      organizationId,
      joinedOn,
      leftOn,
    });
    const values = {
      ...emptyNetworkForm(),
      memberships: [
        row(null, null),
        row('o1', '2020-01-01', '2019-12-31'),
        row('o2', '2020-01-01'),
        row('o2', '2020-01-01'),
      ],
    };
    expect(validateNetworkForm(values)).toEqual({
      'name.bg': 'networks.form.nameRequired',
      'memberships.0.organizationId': 'networks.form.organizationRequired',
      'memberships.0.joinedOn': 'networks.form.joinedRequired',
      'memberships.1.leftOn': 'networks.form.leftBeforeJoined',
      'memberships.3.joinedOn': 'networks.form.duplicateMembership',
    });
  });
});

describe('membership periods', () => {
  it('tells current, former and upcoming memberships apart as the server does', () => {
    expect(membershipState({ joinedOn: '2013-07-01', leftOn: null }, '2025-06-01')).toBe('current');
    expect(membershipState({ joinedOn: '2013-07-01', leftOn: '2025-06-01' }, '2025-06-01')).toBe('current');
    expect(membershipState({ joinedOn: '2013-07-01', leftOn: '2020-01-01' }, '2025-06-01')).toBe('former');
    expect(membershipState({ joinedOn: '2026-01-01', leftOn: null }, '2025-06-01')).toBe('future');
    expect(
      currentMemberCount(
        [
          { joinedOn: '2013-07-01', leftOn: null },
          { joinedOn: '2013-07-01', leftOn: '2014-01-01' },
        ],
        '2025-06-01',
      ),
    ).toBe(1);
  });

  it('flags overlapping periods of the same organization', () => {
    const row = (organizationId: string, joinedOn: string, leftOn: string | null) => ({
      ...emptyMembership(),
      organizationId,
      joinedOn,
      leftOn,
    });
    expect([
      ...overlappingRows([
        row('o1', '2010-01-01', '2012-12-31'),
        row('o1', '2013-01-01', null),
        row('o2', '2011-01-01', null),
        row('o2', '2015-01-01', '2016-01-01'),
      ]),
    ]).toEqual([2, 3]);
  });

  it('knows what day it is in Sofia', () => {
    expect(todayInSofia(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
  });
});

describe('networkFormPath', () => {
  it('puts server errors on rows and fields', () => {
    expect(networkFormPath('memberships.2.leftOn')).toBe('memberships.2.leftOn');
    expect(networkFormPath('memberships.4')).toBe('memberships');
    expect(networkFormPath('memberships')).toBe('memberships');
    expect(networkFormPath('name')).toBe('name.bg');
    expect(networkFormPath('coordinatorId')).toBe('coordinatorId');
    expect(networkFormPath('slug')).toBeNull();
  });
});
