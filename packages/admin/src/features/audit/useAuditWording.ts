import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSections } from '../../shared/sections-context';
import { type AuditWords, actionLabel, recordLink, typeLabel } from './audit-wording';

/** The audit wording in the interface language, and where an entry's record opens. */
export function useAuditWording() {
  const { i18n } = useTranslation();
  const { recordPath } = useSections();
  // The raw messages: the phrase's {{verb}} and {{subject}} are filled in by actionLabel. Bulgarian
  // ships with the app, so it stands in while another language's messages load.
  const words = (i18n.getResource(i18n.language, 'translation', 'audit') ??
    i18n.getResource('bg', 'translation', 'audit')) as AuditWords;
  return useMemo(
    () => ({
      action: (action: string, entityType: string) => actionLabel(action, entityType, words),
      type: (entityType: string) => typeLabel(entityType, words),
      link: (entityType: string, entityId: string | null | undefined) =>
        recordLink(entityType, entityId, recordPath),
    }),
    [words, recordPath],
  );
}
