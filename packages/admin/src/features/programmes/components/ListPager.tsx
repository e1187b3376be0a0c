import { Button, Group } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { nextPage, previousPage } from '../../../shared/url-state';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Previous / next page of a cursor list, kept in the URL; nothing when all fits on one page. */
export function ListPager({ pageInfo }: { pageInfo: PageInfo | undefined }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  if (!pageInfo || (!pageInfo.hasPreviousPage && !pageInfo.hasNextPage)) return null;
  const { startCursor, endCursor } = pageInfo;
  return (
    <Group justify="flex-end" gap="xs" component="nav" aria-label={t('programmes.pagination')}>
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} />}
        disabled={!pageInfo.hasPreviousPage || !startCursor}
        onClick={() => startCursor && setParams(previousPage(params, startCursor))}
      >
        {t('common.previous')}
      </Button>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} />}
        disabled={!pageInfo.hasNextPage || !endCursor}
        onClick={() => endCursor && setParams(nextPage(params, endCursor))}
      >
        {t('common.next')}
      </Button>
    </Group>
  );
}
