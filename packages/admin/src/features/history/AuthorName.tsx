import { useTranslation } from 'react-i18next';
import { type AuthorLike, authorLabel } from './history-state';

/** The server's system jobs (`system:<job>`) that change content, named in words. */
const JOBS = ['scheduler', 'demo-content', 'public-proposal', 'cli'] as const;
const isJob = (name: string): name is (typeof JOBS)[number] => (JOBS as readonly string[]).includes(name);

/** Who made a change, in words: a name, "system (scheduled publishing)", "the public"… */
export function AuthorName({ author }: { author: AuthorLike | null | undefined }) {
  const { t } = useTranslation();
  const label = authorLabel(author);
  if (label.key === 'person') return <>{label.name}</>;
  if (label.key === 'system') {
    if (!label.name) return <>{t('history.author.systemUnnamed')}</>;
    const name = isJob(label.name) ? t(`history.author.jobs.${label.name}`) : label.name;
    return <>{t('history.author.system', { name })}</>;
  }
  return <>{t(`history.author.${label.key}`)}</>;
}
