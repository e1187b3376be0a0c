import { ActionIcon, Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutHint } from '../search-keyboard';
import { useSearchShortcut } from '../useSearchShortcut';

/** The dialog (results, the query, the keyboard) is its own chunk, not part of the first load. */
const loadDialog = () => import('./SearchDialog');
const SearchDialog = lazy(loadDialog);
/** After this long on a page the dialog's chunk is fetched, so the first Ctrl+K opens at once. */
const PREFETCH_MS = 2_000;

/** What the browser says of the platform (`userAgentData` where it exists), for the ⌘ hint. */
function platform(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return nav.userAgentData?.platform || nav.platform || nav.userAgent;
}

/** Where assistive technology reads the shortcuts (the ARIA names of the keys). */
const KEY_SHORTCUTS = 'Control+K Meta+K /';

/**
 * The header's search button, and the shortcuts that open the search anywhere in the admin:
 * Ctrl+K (⌘K) and "/" when not typing in a field.
 */
export function SearchLauncher() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  const open = useCallback(() => {
    setUsed(true);
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpened(false), []);
  useSearchShortcut(open);
  useEffect(() => {
    const timer = window.setTimeout(() => void loadDialog().catch(() => undefined), PREFETCH_MS);
    return () => window.clearTimeout(timer);
  }, []);

  return (
    <>
      <Button
        variant="default"
        color="gray"
        fw={400}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            {shortcutHint(platform())}
          </Kbd>
        }
        onClick={open}
        aria-keyshortcuts={KEY_SHORTCUTS}
        visibleFrom="sm"
      >
        {t('search.open')}
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={open}
        aria-label={t('search.open')}
        aria-keyshortcuts={KEY_SHORTCUTS}
        hiddenFrom="sm"
      >
        <IconSearch size={18} aria-hidden />
      </ActionIcon>
      {used && (
        <Suspense fallback={null}>
          <SearchDialog opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
