import type { ServiceRegistry } from '../../common/context';
import type { EditorialTarget, ModuleManifest, SearchTags } from '../../common/module';

/** Which taxonomy a term belongs to: a key of a tagged type's junction tables. */
export type TagKind = keyof SearchTags;

/** The update-input field of practices and projects that lists a taxonomy's slugs. */
export const TAG_FIELD: Record<TagKind, 'themes' | 'targetGroups' | 'serviceTypes'> = {
  theme: 'themes',
  targetGroup: 'targetGroups',
  serviceType: 'serviceTypes',
};

/** A type tagged with terms (practices, projects): where its tags are and who rewrites them. */
export interface TaggedType {
  typeName: string;
  /** The record's entity (its table, version and soft-delete columns). */
  entity: Function;
  tags: SearchTags;
  /** Its service: a merge retags each live record through it (revision, search index, caches). */
  target: EditorialTarget;
}

/**
 * Every type whose module declares junction tables to the terms (`searchable[].tags`), with the
 * editorial service of the same type. Taxonomy knows nothing of practices or projects: they
 * declare themselves, and this is read when the services are composed.
 */
export function taggedTypes(manifests: readonly ModuleManifest[], services: ServiceRegistry): TaggedType[] {
  const result: TaggedType[] = [];
  for (const manifest of manifests) {
    for (const capability of manifest.searchable ?? []) {
      if (!capability.tags) continue;
      const editorial = manifests
        .flatMap((m) => m.editorial ?? [])
        .find((e) => e.typeName === capability.typeName);
      if (!editorial) throw new Error(`${capability.typeName} has tags but no editorial service`);
      result.push({
        typeName: capability.typeName,
        entity: capability.entity,
        tags: capability.tags,
        target: editorial.target(services),
      });
    }
  }
  return result;
}
