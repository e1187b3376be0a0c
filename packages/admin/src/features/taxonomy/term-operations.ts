import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import {
  CreateServiceTypeMutation,
  CreateTargetGroupMutation,
  CreateThemeMutation,
  DeleteServiceTypeMutation,
  DeleteTargetGroupMutation,
  DeleteThemeMutation,
  MergeServiceTypesMutation,
  MergeTargetGroupsMutation,
  MergeThemesMutation,
  ReorderServiceTypesMutation,
  ReorderTargetGroupsMutation,
  ReorderThemesMutation,
  UpdateServiceTypeMutation,
  UpdateTargetGroupMutation,
  UpdateThemeMutation,
} from './taxonomy.graphql';
import type { TermKind } from './term-list';

type Label = { bg: string; en?: string };
type Doc<V> = TypedDocumentNode<unknown, V>;

interface Operations {
  create: Doc<{ input: { label: Label } }>;
  update: Doc<{ input: { id: string; version: number; label: Label } }>;
  remove: Doc<{ id: string; version?: number | null }>;
  reorder: Doc<{ ids: string[] }>;
  merge: Doc<{ input: { sourceId: string; targetId: string } }>;
}

/** Each taxonomy's writes: the same five operations under its own names. */
const OPERATIONS: Record<TermKind, Operations> = {
  themes: {
    create: CreateThemeMutation,
    update: UpdateThemeMutation,
    remove: DeleteThemeMutation,
    reorder: ReorderThemesMutation,
    merge: MergeThemesMutation,
  },
  targetGroups: {
    create: CreateTargetGroupMutation,
    update: UpdateTargetGroupMutation,
    remove: DeleteTargetGroupMutation,
    reorder: ReorderTargetGroupsMutation,
    merge: MergeTargetGroupsMutation,
  },
  serviceTypes: {
    create: CreateServiceTypeMutation,
    update: UpdateServiceTypeMutation,
    remove: DeleteServiceTypeMutation,
    reorder: ReorderServiceTypesMutation,
    merge: MergeServiceTypesMutation,
  },
};

/**
 * The writes of one taxonomy. Every write changes what the pickers, lists and counts show, so
 * the active queries are read again before the write counts as done.
 */
export function termOperations(client: ApolloClient, kind: TermKind) {
  const ops = OPERATIONS[kind];
  const run = async <V extends Record<string, unknown>>(mutation: Doc<V>, variables: V) => {
    await client.mutate({ mutation, variables, refetchQueries: 'active', awaitRefetchQueries: true });
  };
  return {
    create: (label: Label) => run(ops.create, { input: { label } }),
    update: (id: string, version: number, label: Label) => run(ops.update, { input: { id, version, label } }),
    remove: (id: string, version: number) => run(ops.remove, { id, version }),
    reorder: (ids: string[]) => run(ops.reorder, { ids }),
    merge: (sourceId: string, targetId: string) => run(ops.merge, { input: { sourceId, targetId } }),
  };
}
