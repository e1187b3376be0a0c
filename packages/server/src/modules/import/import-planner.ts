import type { EntityManager } from 'typeorm';
import type { ServiceRegistry } from '../../common/context';
import { ImportItem, ImportOutcome, ImportSource } from './import.entity';
import { mergePlan, pick } from './import-merge';
import { districtMunicipalities, matchPlace } from './places';
import { namedOrganizations, type OrganizationRole, type Resolved, TARGETS } from './import-targets';
import type { OrganizationDraft, RecordDraft, SourceProblem } from './import.types';

/*
 * What one item would do, worked out against the database as it is now: its places as NSI codes,
 * its organizations matched by name (or to be created), its record found by the source identity
 * (or, for a project, by its register number), and the fields a write would set or keep.
 */

export interface Plan {
  outcome: ImportOutcome;
  values: Record<string, unknown>;
  resolved: Resolved;
  fields: string[];
  keptFields: string[];
  problems: SourceProblem[];
  recordId: string | null;
  source: ImportSource | null;
  version: number | null;
}

/** Organizations by normalized name, loaded once per batch; new ones are added as they are made. */
export class OrganizationIndex {
  private constructor(private readonly byName: Map<string, string[]>) {}

  static async load(manager: EntityManager): Promise<OrganizationIndex> {
    const rows: { id: string; bg: string; en: string | null }[] = await manager.query(
      "SELECT id, name->>'bg' AS bg, name->>'en' AS en FROM organization WHERE deleted_at IS NULL",
    );
    const index = new OrganizationIndex(new Map());
    for (const row of rows) index.add(row.id, [row.bg, row.en]);
    return index;
  }

  add(id: string, names: (string | null | undefined)[]): void {
    for (const name of new Set(names.filter(Boolean).map((n) => organizationKey(n!)))) {
      const ids = this.byName.get(name) ?? [];
      if (!ids.includes(id)) ids.push(id);
      this.byName.set(name, ids);
    }
  }

  find(draft: OrganizationDraft): string[] {
    const ids = new Set<string>();
    for (const name of [draft.name.bg, draft.name.en]) {
      if (name) (this.byName.get(organizationKey(name)) ?? []).forEach((id) => ids.add(id));
    }
    return [...ids];
  }
}

/** Names compare without case, quotes, dash kinds or extra spaces ("ОБЩИНА МОНТАНА" = "Община Монтана"). */
export function organizationKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('bg')
    .replace(/[„“”"«»'’]/g, '')
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const warning = (reason: string, message: string, args?: SourceProblem['args']): SourceProblem => ({
  reason,
  message,
  severity: 'warning',
  ...(args && { args }),
});

/** NSI codes of a draft's places; what matches nothing or several is reported, never guessed. */
function resolvePlaces(draft: RecordDraft, problems: SourceProblem[]): string[] {
  const codes = new Set<string>();
  for (const place of draft.places) {
    const match = matchPlace(place);
    if ('code' in match) codes.add(match.code);
    else {
      const candidates = match.candidates?.join(', ');
      problems.push(
        warning(match.reason, `${match.message}: left out`, { place, ...(candidates && { candidates }) }),
      );
    }
  }
  for (const { name, count } of draft.districts ?? []) {
    const members = districtMunicipalities(name);
    if (!members.length)
      problems.push(warning('unknownPlace', `"област ${name}" is no district: left out`, { place: name }));
    else if (count !== undefined && count !== members.length) {
      problems.push(
        warning(
          'districtCount',
          `the text says ${count} municipalities of ${name} district, which has ${members.length}: left out`,
          {
            place: name,
            count,
          },
        ),
      );
    } else members.forEach((code) => codes.add(code));
  }
  return [...codes].sort();
}

/** One place's NSI code; null (and a problem said) when it matches nothing or several. */
export function placeCode(place: string, problems: SourceProblem[]): string | null {
  const match = matchPlace(place);
  if ('code' in match) return match.code;
  const candidates = match.candidates?.join(', ');
  problems.push(
    warning(match.reason, `${match.message}: left out`, { place, ...(candidates && { candidates }) }),
  );
  return null;
}

/** The organizations a draft names: an id when exactly one matches, a draft to create when none does. */
function resolveOrganizations(draft: RecordDraft, index: OrganizationIndex, problems: SourceProblem[]) {
  const resolved: Resolved['organizations'] = {};
  for (const [role, named] of Object.entries(namedOrganizations(draft)) as [
    OrganizationRole,
    OrganizationDraft,
  ][]) {
    const ids = index.find(named);
    if (ids.length === 1) resolved[role] = ids[0];
    else if (!ids.length) {
      resolved[role] = named;
      problems.push(
        warning('organizationCreated', `"${named.name.bg}" matches no organization: it will be created`, {
          name: named.name.bg,
        }),
      );
    } else {
      problems.push(
        warning(
          'ambiguousOrganization',
          `"${named.name.bg}" matches ${ids.length} organizations: left unset`,
          { name: named.name.bg },
        ),
      );
    }
  }
  return resolved;
}

/** A placeholder id for an organization still to be created: compares unequal to any real id. */
const toCreate = (draft: OrganizationDraft) => `new:${organizationKey(draft.name.bg)}`;

export async function planItem(
  manager: EntityManager,
  services: ServiceRegistry,
  item: ImportItem,
  organizations: OrganizationIndex,
): Promise<Plan> {
  const draft = item.draft;
  const target = TARGETS[draft.type];
  const problems: SourceProblem[] = [...draft.problems];
  const resolved: Resolved = {
    municipalityCodes: resolvePlaces(draft, problems),
    organizations: resolveOrganizations(draft, organizations, problems),
  };
  if (draft.type === 'organization' && draft.organization.placeName) {
    const seat = placeCode(draft.organization.placeName, problems);
    resolved.municipalityCodes = seat ? [seat] : [];
  }
  const ids = Object.fromEntries(
    Object.entries(resolved.organizations).map(([role, v]) => [
      role,
      typeof v === 'string' ? v : toCreate(v!),
    ]),
  );
  const values = target.values(draft, resolved, ids);
  const base = { values, resolved, problems, fields: [] as string[], keptFields: [] as string[] };
  if (problems.some((p) => p.severity === 'error')) {
    return { ...base, outcome: ImportOutcome.REFUSED, recordId: null, source: null, version: null };
  }
  const source = item.sourceKey ? await manager.findOneBy(ImportSource, { sourceKey: item.sourceKey }) : null;
  const recordId = source?.recordId ?? (await adoptable(manager, draft));
  const fresh = {
    ...base,
    outcome: ImportOutcome.CREATE,
    fields: Object.keys(values).filter((k) => values[k] !== null),
    recordId: null,
    source,
    version: null,
  };
  if (!recordId) return fresh;
  const table =
    target.recordType === 'Practice'
      ? 'practice'
      : target.recordType === 'Project'
        ? 'project'
        : 'organization';
  const [row]: { version: number; deleted_at: Date | null }[] = await manager.query(
    `SELECT version, deleted_at FROM ${table} WHERE id = $1`,
    [recordId],
  );
  // Purged since the last import: made anew.
  if (!row) return fresh;
  if (row.deleted_at) {
    problems.push({
      reason: 'inTrash',
      message: `the record is in the trash: restore it to import into it`,
      severity: 'error',
    });
    return { ...base, outcome: ImportOutcome.REFUSED, recordId, source, version: row.version };
  }
  const record = await manager.findOneByOrFail(target.recordType, { id: recordId });
  const current = pick(
    await target.service(services).snapshot(manager, record as never),
    Object.keys(values),
  );
  // A record adopted by its register number: the source fills what is empty and keeps the rest.
  const plan = source
    ? mergePlan(values, source.sourceValues, current, source.writtenValues)
    : mergePlan(values, {}, current, {});
  for (const field of plan.kept) {
    problems.push(
      warning(
        'editorChanged',
        `${field}: changed by an editor since the last import; kept as the editor left it`,
        { field },
      ),
    );
  }
  const outcome = plan.take.length
    ? ImportOutcome.UPDATE
    : plan.kept.length
      ? ImportOutcome.CONFLICT
      : ImportOutcome.UNCHANGED;
  return {
    ...base,
    outcome,
    fields: plan.take,
    keptFields: plan.kept,
    recordId,
    source,
    version: row.version,
  };
}

/** A project already in Obmen with the draft's register number (ИСУН) is the draft's record. */
async function adoptable(manager: EntityManager, draft: RecordDraft): Promise<string | null> {
  if (draft.type !== 'project' || !draft.referenceNumber) return null;
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM project WHERE reference_number = $1 AND deleted_at IS NULL ORDER BY created_at LIMIT 2',
    [draft.referenceNumber],
  );
  return rows.length === 1 ? rows[0].id : null;
}
