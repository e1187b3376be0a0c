import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title: "Практики · Обмен". */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useDocumentTitle(title ? t('app.documentTitle', { title }) : t('app.name'));
}
