import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage } from '../../i18n';
import { useLanguage } from '../../i18n/useLanguage';

/** БГ | EN; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      value={language}
      aria-label={t('header.language')}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
      data={[
        { value: 'bg', label: t('languages.bgShort') },
        { value: 'en', label: t('languages.enShort') },
      ]}
    />
  );
}
