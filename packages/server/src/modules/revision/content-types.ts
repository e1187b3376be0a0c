import { registerEnumType } from 'type-graphql';
import type { RecordEntity } from '../../common/base.entity';
import type { ServiceRegistry } from '../../common/context';
import { fieldError, Reason } from '../../common/errors';
import type { EditorialCapability, EditorialTarget, ModuleManifest } from '../../common/module';

export type { EditorialTarget };

/** Records with revisions and a trash, named by their GraphQL type (= entity class) name. */
export type ContentType = string;

/**
 * The GraphQL enum's values: one per editorial capability of the modules, filled by
 * `registerContentTypes` before the schema is built (TypeGraphQL reads the object then).
 */
export const ContentType: Record<string, string> = {};
registerEnumType(ContentType, {
  name: 'ContentType',
  description: 'A kind of record that keeps revisions and goes to the trash when deleted.',
});

export function registerContentTypes(manifests: readonly ModuleManifest[]): void {
  for (const capability of manifests.flatMap((m) => m.editorial ?? [])) {
    ContentType[capability.typeName] = capability.typeName;
  }
}

/** One content type as the editorial tools see it: its capability with its service resolved. */
export interface EditorialEntry {
  entity: EditorialCapability['entity'];
  title(record: RecordEntity): string;
  /** Personal data: revisions and trash for admins only (the policy lets editors in; the service says no). */
  personal: boolean;
  target: EditorialTarget;
}

export type EditorialRegistry = ReadonlyMap<ContentType, EditorialEntry>;

/** Every module's editorial capabilities, keyed by type name; two modules claiming one type is a bug. */
export function editorialRegistry(
  manifests: readonly ModuleManifest[],
  services: ServiceRegistry,
): EditorialRegistry {
  const registry = new Map<ContentType, EditorialEntry>();
  for (const manifest of manifests) {
    for (const capability of manifest.editorial ?? []) {
      if (registry.has(capability.typeName)) {
        throw new Error(
          `Two modules declare the editorial type ${capability.typeName} (one is ${manifest.name})`,
        );
      }
      registry.set(capability.typeName, {
        entity: capability.entity,
        title: (record) => capability.title(record),
        personal: capability.personal ?? false,
        target: capability.target(services),
      });
    }
  }
  return registry;
}

/** The entry named by a string (an argument or a stored revision); unknown is a field error. */
export function contentType(registry: EditorialRegistry, name: string, field = 'entityType'): EditorialEntry {
  const entry = registry.get(name);
  if (!entry) {
    throw fieldError(
      field,
      `Unknown entity type ${name}; one of ${[...registry.keys()].join(', ')}`,
      Reason.invalid,
      { value: name },
    );
  }
  return entry;
}
