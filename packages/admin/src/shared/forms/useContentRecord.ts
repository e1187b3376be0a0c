import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { ContentStatus } from '../../gql/graphql';

/** What a content form edits: the workflow fields every publishable record has. */
export interface ContentValues {
  status: ContentStatus;
  publishAt: string | null;
}

/** What the server sends back after a save. */
export interface SavedContent {
  version: number;
  status: ContentStatus;
  publishAt?: string | null;
}

/**
 * The record a content form edits as last read or saved, and the version its next update
 * must send (a stale one is refused as a conflict).
 */
export function useContentRecord<Values extends ContentValues, Saved extends SavedContent>(
  form: UseFormReturnType<Values>,
  initial: Saved | undefined,
) {
  const [record, setRecord] = useState<Saved | null>(initial ?? null);
  const [version, setVersion] = useState(initial?.version ?? 0);

  /** Saved: the form starts over from what the server now holds; returns those values. */
  const afterSave = (saved: Saved, values: Values): Values => {
    setRecord(saved);
    setVersion(saved.version);
    const next = { ...values, status: saved.status, publishAt: saved.publishAt ?? null };
    form.setValues(next);
    form.resetDirty(next);
    return next;
  };

  return { record, setRecord, version, setVersion, afterSave };
}
