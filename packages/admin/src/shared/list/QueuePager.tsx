import { Button, Group } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { nextPage, previousPage } from '../url-state';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Previous / next page of a cursor list, kept in the URL. */
export function QueuePager({ pageInfo }: { pageInfo: PageInfo }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  if (!pageInfo.hasPreviousPage && !pageInfo.hasNextPage) return null;
  return (
    <Group justify="flex-end" gap="xs" component="nav" aria-label={t('moderation.pagination')}>
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} />}
        disabled={!pageInfo.hasPreviousPage || !pageInfo.startCursor}
        onClick={() => pageInfo.startCursor && setParams(previousPage(params, pageInfo.startCursor))}
      >
        {t('common.previous')}
      </Button>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} />}
        disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
        onClick={() => pageInfo.endCursor && setParams(nextPage(params, pageInfo.endCursor))}
      >
        {t('common.next')}
      </Button>
    </Group>
  );
}
