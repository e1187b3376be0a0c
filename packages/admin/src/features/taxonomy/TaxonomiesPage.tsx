import { useQuery } from '@apollo/client/react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/components/QueryStates';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { TermTable } from './components/TermTable';
import { TaxonomyTermsQuery } from './taxonomy.graphql';
import { TERM_KINDS, termRows } from './term-list';

/** /taxonomies: themes, target groups and service types, their order, labels and merges (editors). */
export function TaxonomiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('taxonomies.title'));
  // The Bulgarian read gives the order and the counts; the English one only the English labels.
  const bg = useQuery(TaxonomyTermsQuery, {
    variables: { locale: 'BG', withUsage: true },
    fetchPolicy: 'cache-and-network',
  });
  const en = useQuery(TaxonomyTermsQuery, {
    variables: { locale: 'EN', withUsage: false },
    fetchPolicy: 'cache-and-network',
  });
  const error = bg.error ?? en.error;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('taxonomies.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('taxonomies.intro')}
        </Text>
      </div>
      {error && !bg.data ? (
        <ErrorState error={error} onRetry={() => void bg.refetch().catch(() => undefined)} />
      ) : (
        <Tabs defaultValue={TERM_KINDS[0]} keepMounted={false}>
          <Tabs.List>
            {TERM_KINDS.map((kind) => (
              <Tabs.Tab key={kind} value={kind}>
                {t(`taxonomies.kinds.${kind}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TERM_KINDS.map((kind) => (
            <Tabs.Panel key={kind} value={kind} pt="md">
              <TermTable
                kind={kind}
                rows={termRows(bg.data, en.data, kind)}
                loading={bg.loading && !bg.data}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
