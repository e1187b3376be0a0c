import { Button, Group } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { nextPage, previousPage } from '../url-state';
import { useUrlParams } from '../hooks/useUrlParams';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Previous / next page of a cursor list, kept in the URL. */
export function QueuePager({ pageInfo }: { pageInfo: PageInfo }) {
  const { t } = useTranslation();
  const [, setParams] = useUrlParams();
  const { startCursor, endCursor } = pageInfo;
  if (!pageInfo.hasPreviousPage && !pageInfo.hasNextPage) return null;
  return (
    <Group justify="flex-end" gap="xs" component="nav" aria-label={t('moderation.pagination')}>
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} />}
        disabled={!pageInfo.hasPreviousPage || !startCursor}
        onClick={() => startCursor && setParams((current) => previousPage(current, startCursor))}
      >
        {t('common.previous')}
      </Button>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} />}
        disabled={!pageInfo.hasNextPage || !endCursor}
        onClick={() => endCursor && setParams((current) => nextPage(current, endCursor))}
      >
        {t('common.next')}
      </Button>
    </Group>
  );
}
