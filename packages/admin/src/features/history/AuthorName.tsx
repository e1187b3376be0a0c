import { useTranslation } from 'react-i18next';
import { type AuthorLike, authorLabel } from './history-state';

/** Who made a change, in words: a name, "system (scheduler)", "the public"… */
export function AuthorName({ author }: { author: AuthorLike | null | undefined }) {
  const { t } = useTranslation();
  const label = authorLabel(author);
  if (label.key === 'person') return <>{label.name}</>;
  if (label.key === 'system') return <>{t('history.author.system', { name: label.name })}</>;
  return <>{t(`history.author.${label.key}`)}</>;
}
