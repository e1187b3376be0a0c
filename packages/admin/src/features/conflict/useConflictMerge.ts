import { useCallback, useRef, useState } from 'react';
import { conflictDetails, type InputRecord } from './conflict-merge';

/** A stale save being merged: what I sent, what I started from, and the record as it is now. */
export interface ConflictSession {
  mine: InputRecord & { version: number };
  /** The input the form started from (to tell who changed what); null when unknown. */
  base: InputRecord | null;
  theirs: InputRecord;
  currentVersion: number;
  /** The merged save met yet another newer version: the dialog shows it was refreshed. */
  changedAgain: boolean;
}

interface Options<T> {
  /** Runs the update with the merged input; throws what the mutation throws. */
  save: (merged: T) => Promise<void>;
  /** A merged save failed for another reason than a newer version (e.g. a field error). */
  onFailed: (error: unknown, merged: T) => void;
}

/**
 * The conflict flow of an edit form: `open` with a CONFLICT error and the input that was
 * refused starts a merge (false when the answer carries no current record); the dialog's
 * "save merged" sends the merged input at the current version. Meeting yet another newer
 * version refreshes the dialog, keeping the choices made.
 */
export function useConflictMerge<T extends InputRecord & { version: number }>({
  save,
  onFailed,
}: Options<T>) {
  const [session, setSession] = useState<ConflictSession | null>(null);
  const [saving, setSaving] = useState(false);
  // The latest callbacks, so the dialog never calls a stale closure of the form.
  const callbacks = useRef({ save, onFailed });
  callbacks.current = { save, onFailed };

  const open = useCallback((error: unknown, mine: T, base: InputRecord | null = null): boolean => {
    const details = conflictDetails(error);
    if (!details) return false;
    setSession({
      mine,
      base,
      theirs: details.current,
      currentVersion: details.currentVersion,
      changedAgain: false,
    });
    return true;
  }, []);

  const close = useCallback(() => setSession(null), []);

  const saveMerged = useCallback(async (merged: InputRecord) => {
    setSaving(true);
    try {
      await callbacks.current.save(merged as T);
      setSession(null);
    } catch (error) {
      const details = conflictDetails(error);
      if (details) {
        setSession(
          (current) =>
            current && {
              ...current,
              theirs: details.current,
              currentVersion: details.currentVersion,
              changedAgain: true,
            },
        );
      } else {
        setSession(null);
        callbacks.current.onFailed(error, merged as T);
      }
    } finally {
      setSaving(false);
    }
  }, []);

  return { open, dialog: { session, saving, onClose: close, onSave: saveMerged } };
}
