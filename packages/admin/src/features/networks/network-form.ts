import type {
  CreatePartnerNetworkInput,
  MembershipRole,
  NetworkScope,
  PartnerNetworkEditFragment,
  UpdatePartnerNetworkInput,
} from '../../gql/graphql';
import {
  type BilingualText,
  optionalTextInput,
  requiredTextInput,
  checkTexts,
  nameAndDescription,
} from '../../shared/components/bilingual-text';
import { sofiaDay } from '../../shared/sofia-day';

export const NETWORK_SCOPES = [
  'MUNICIPAL',
  'REGIONAL',
  'NATIONAL',
] as const satisfies readonly NetworkScope[];
export const MEMBERSHIP_ROLES = [
  'COORDINATOR',
  'MEMBER',
  'OBSERVER',
] as const satisfies readonly MembershipRole[];

export interface MembershipRow {
  /** Identifies the row in the editor (rows are added and removed); not sent. */
  key: string;
  organizationId: string | null;
  /** The organization's name when the form opened, for the picker's label; not sent. */
  organizationName: string | null;
  role: MembershipRole;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface NetworkFormValues {
  name: BilingualText;
  description: BilingualText;
  scope: NetworkScope;
  coordinatorId: string | null;
  memberships: MembershipRow[];
}

let rowSeq = 0;
/** A fresh key for a row added in the editor. */
export function newRowKey(): string {
  rowSeq += 1;
  return `new-${rowSeq}`;
}

export function emptyMembership(): MembershipRow {
  return {
    key: newRowKey(),
    organizationId: null,
    organizationName: null,
    role: 'MEMBER',
    joinedOn: null,
    leftOn: null,
  };
}

export function emptyNetworkForm(): NetworkFormValues {
  return {
    name: { bg: '', en: '' },
    description: { bg: '', en: '' },
    scope: 'REGIONAL',
    coordinatorId: null,
    memberships: [],
  };
}

export function networkFormValues(
  bg: PartnerNetworkEditFragment,
  en: PartnerNetworkEditFragment | null | undefined,
): NetworkFormValues {
  return {
    ...nameAndDescription(bg, en),
    scope: bg.scope,
    coordinatorId: bg.coordinator?.id ?? null,
    memberships: bg.memberships.map((m) => ({
      key: m.id,
      organizationId: m.organization?.id ?? null,
      organizationName: m.organization?.name ?? null,
      role: m.role,
      joinedOn: m.joinedOn,
      leftOn: m.leftOn ?? null,
    })),
  };
}

/** Call after validation: every row has its organization and start. */
export function createNetworkInput(values: NetworkFormValues): CreatePartnerNetworkInput {
  return {
    name: requiredTextInput(values.name),
    description: optionalTextInput(values.description),
    scope: values.scope,
    coordinatorId: values.coordinatorId,
    memberships: values.memberships.map((m) => ({
      organizationId: m.organizationId ?? '',
      role: m.role,
      joinedOn: m.joinedOn ?? '',
      leftOn: m.leftOn || null,
    })),
  };
}

export function updateNetworkInput(
  values: NetworkFormValues,
  id: string,
  version: number,
): UpdatePartnerNetworkInput {
  return { ...createNetworkInput(values), id, version };
}

export type NetworkFormProblem =
  | 'networks.form.nameRequired'
  | 'networks.form.bgRequired'
  | 'networks.form.organizationRequired'
  | 'networks.form.joinedRequired'
  | 'networks.form.leftBeforeJoined'
  | 'networks.form.duplicateMembership';

/** The checks the server makes too, on the fields they concern ("memberships.2.leftOn"). */
export function validateNetworkForm(values: NetworkFormValues): Record<string, NetworkFormProblem> {
  const problems: Record<string, NetworkFormProblem> = checkTexts(values, ['name', 'description'], {
    required: 'networks.form.nameRequired',
    bgRequired: 'networks.form.bgRequired',
  });
  const seen = new Set<string>();
  values.memberships.forEach((m, index) => {
    const path = `memberships.${index}`;
    if (!m.organizationId) problems[`${path}.organizationId`] = 'networks.form.organizationRequired';
    if (!m.joinedOn) problems[`${path}.joinedOn`] = 'networks.form.joinedRequired';
    if (m.joinedOn && m.leftOn && m.leftOn < m.joinedOn)
      problems[`${path}.leftOn`] = 'networks.form.leftBeforeJoined';
    if (m.organizationId && m.joinedOn) {
      const key = `${m.organizationId}/${m.joinedOn}`;
      if (seen.has(key)) problems[`${path}.joinedOn`] = 'networks.form.duplicateMembership';
      seen.add(key);
    }
  });
  return problems;
}

export type MembershipState = 'current' | 'former' | 'future';

/** Whether a membership is in force on `today` ("2025-06-01"), as the server counts current members. */
export function membershipState(
  m: { joinedOn: string | null; leftOn?: string | null },
  today: string,
): MembershipState {
  if (m.joinedOn && m.joinedOn > today) return 'future';
  if (m.leftOn && m.leftOn < today) return 'former';
  return 'current';
}

export function currentMemberCount(
  memberships: readonly { joinedOn: string; leftOn?: string | null }[],
  today: string,
) {
  return memberships.filter((m) => membershipState(m, today) === 'current').length;
}

/** Indexes of rows whose organization has another row with an overlapping period: worth a second look. */
export function overlappingRows(memberships: readonly MembershipRow[]): Set<number> {
  const result = new Set<number>();
  const end = (d: string | null) => d ?? '9999-12-31';
  memberships.forEach((a, i) => {
    memberships.forEach((b, j) => {
      if (i >= j || !a.organizationId || a.organizationId !== b.organizationId || !a.joinedOn || !b.joinedOn)
        return;
      if (a.joinedOn <= end(b.leftOn) && b.joinedOn <= end(a.leftOn)) {
        result.add(i);
        result.add(j);
      }
    });
  });
  return result;
}

/** Today in Sofia, "2025-06-01". */
export function todayInSofia(now: Date = new Date()): string {
  return sofiaDay(now.toISOString()) ?? now.toISOString().slice(0, 10);
}

const TOP_PATHS = new Set([
  'name.bg',
  'name.en',
  'description.bg',
  'description.en',
  'scope',
  'coordinatorId',
  'memberships',
]);

/** Where a server field error shows: "memberships.2.leftOn" on its row, "name" on its Bulgarian field. */
export function networkFormPath(serverPath: string): string | null {
  if (TOP_PATHS.has(serverPath)) return serverPath;
  if (serverPath === 'name' || serverPath === 'description') return `${serverPath}.bg`;
  const row = /^memberships\.(\d+)\.(organizationId|role|joinedOn|leftOn)$/.exec(serverPath);
  if (row) return `memberships.${row[1]}.${row[2]}`;
  if (/^memberships\.\d+$/.test(serverPath)) return 'memberships';
  return null;
}
