import { Button, Group } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { nextPage, previousPage } from '../url-state';
import { useUrlParams } from '../hooks/useUrlParams';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** "Previous" and "next" for a Relay list whose cursor lives in the URL (`after` / `before`). */
export function CursorPagination({ pageInfo, label }: { pageInfo: PageInfo; label: string }) {
  const { t } = useTranslation();
  const [, setParams] = useUrlParams();
  if (!pageInfo.hasPreviousPage && !pageInfo.hasNextPage) return null;
  const { startCursor, endCursor } = pageInfo;
  return (
    <Group justify="flex-end" gap="xs" component="nav" aria-label={label}>
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
