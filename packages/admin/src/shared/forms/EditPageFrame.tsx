import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import type { Locale } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../components/QueryStates';
import { hasErrorCode } from '../errors';
import { usePageTitle } from '../hooks/usePageTitle';
import type { FormSection } from './form-section';

interface PageProps {
  /** Whose messages title the page (`${section}.editTitle`, `${section}.createTitle`). */
  section: FormSection;
  /** The page for /new. */
  create: () => ReactNode;
  /** The page for /:id; it starts afresh when the id changes. */
  existing: (id: string) => ReactNode;
}

/** A record's /new and /:id page: its title, and the form for a new or a saved record. */
export function EditPageFrame({ section, create, existing }: PageProps) {
  const { id } = useParams();
  const { t } = useTranslation();
  usePageTitle(id ? t(`${section}.editTitle` as const) : t(`${section}.createTitle` as const));
  if (!id) return create();
  return <Fragment key={id}>{existing(id)}</Fragment>;
}

interface LoaderProps<Data, Record> {
  query: TypedDocumentNode<Data, { id: string; locale: Locale }>;
  id: string;
  /** The record in an answer. */
  pick: (data: Data) => Record;
  /** Something else the form needs first (e.g. the user's programmes). */
  also?: { loading: boolean; error?: unknown };
  /** The form, given the record in Bulgarian and in English. */
  children: (bg: Record, en: Record) => ReactNode;
}

/**
 * One request serves one language, so the record is read twice: in Bulgarian (the source,
 * with the version to send back) and in English. Always fresh from the server: an edit must
 * start from the current version.
 */
export function BilingualRecordLoader<Data, Record>({
  query,
  id,
  pick,
  also,
  children,
}: LoaderProps<Data, Record>) {
  const bg = useQuery(query, { variables: { id, locale: 'BG' }, fetchPolicy: 'network-only' });
  const en = useQuery(query, { variables: { id, locale: 'EN' }, fetchPolicy: 'network-only' });
  const error = bg.error ?? en.error ?? also?.error;
  if (error && hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (error) {
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          void bg.refetch().catch(() => undefined);
          void en.refetch().catch(() => undefined);
        }}
      />
    );
  }
  if (!bg.data || !en.data || also?.loading) return <LoadingState />;
  return children(pick(bg.data), pick(en.data));
}
