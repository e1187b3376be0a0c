import type { OrganizationKind } from '../../gql/graphql';
import { ORGANIZATION_KINDS } from './organization-list-state';

export interface OrganizationOption {
  id: string;
  name: string;
  kind?: OrganizationKind | null;
}

export interface OrganizationOptionGroup {
  kind: OrganizationKind | null;
  items: { value: string; label: string }[];
}

/**
 * Picker options grouped by kind: `preferred` kinds first (e.g. funders for "funder"), then
 * the usual order; the chosen organizations are kept even when a search no longer finds them,
 * and `exclude`d ones (already chosen elsewhere) are left out. Names sort in the language's order.
 */
export function organizationOptionGroups(
  found: readonly OrganizationOption[],
  options: {
    known?: readonly OrganizationOption[];
    selected?: readonly string[];
    exclude?: readonly string[];
    preferred?: readonly OrganizationKind[];
    lang?: string;
  } = {},
): OrganizationOptionGroup[] {
  const { known = [], selected = [], exclude = [], preferred = [], lang } = options;
  const byId = new Map<string, OrganizationOption>();
  for (const org of known) if (selected.includes(org.id)) byId.set(org.id, org);
  for (const org of found) byId.set(org.id, { ...byId.get(org.id), ...org });
  const order = [...preferred, ...ORGANIZATION_KINDS.filter((k) => !preferred.includes(k))];
  const rank = (kind: OrganizationKind | null | undefined) => (kind ? order.indexOf(kind) : order.length);
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'bg');
  const groups = new Map<OrganizationKind | null, OrganizationOptionGroup>();
  for (const org of byId.values()) {
    if (exclude.includes(org.id) && !selected.includes(org.id)) continue;
    const kind = org.kind ?? null;
    const group = groups.get(kind) ?? { kind, items: [] };
    group.items.push({ value: org.id, label: org.name });
    groups.set(kind, group);
  }
  const sorted = [...groups.values()].sort((a, b) => rank(a.kind) - rank(b.kind));
  for (const group of sorted) group.items.sort((a, b) => collator.compare(a.label, b.label));
  return sorted;
}
