import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportList, exportHref } from './export-button';

interface Props {
  list: ExportList;
  /** The list query's variables as the screen runs it: the file has its filters and order. */
  variables: Readonly<Record<string, unknown>>;
}

/**
 * "Изтегли" on a list screen: the whole filtered list as CSV (Excel) or JSON. Plain links to the
 * same origin, so the session cookie goes along and the browser saves the file itself.
 */
export function ExportButton({ list, variables }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />}>
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('export.menu')}</Menu.Label>
        {EXPORT_FORMATS.map((format) => (
          <Menu.Item key={format} component="a" href={exportHref(list, variables, format)} download>
            {t(`export.${format}` as const)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
