import { useQuery } from '@apollo/client/react';
import { Button, Menu, Modal, Text } from '@mantine/core';
import { IconBookmarks, IconCheck, IconDeviceFloppy, IconSettings } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewFieldsFragment as SavedView } from '../../gql/graphql';
import type { ListSection } from './ListPage';
import { SavedViewForm } from './SavedViewForm';
import { SavedViewsManager } from './SavedViewsManager';
import { groupViews, isShowing, viewParams, viewQuery } from './saved-view-state';
import { SavedViewsQuery } from './saved-views.graphql';
import { useUrlParams } from '../hooks/useUrlParams';

/** What the dialog shows: saving the current filters, my views, or one of them being changed. */
type Dialog = { kind: 'save' } | { kind: 'manage' } | { kind: 'edit'; view: SavedView } | null;

/**
 * "Изгледи" on a list screen: my saved views and those the team shares, each applying its
 * filters and order; saving the current ones under a name; changing or deleting my own.
 */
export function SavedViewsMenu({ list }: { list: ListSection }) {
  const { t } = useTranslation();
  const [params, setParams] = useUrlParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data } = useQuery(SavedViewsQuery, { variables: { list } });
  const views = data?.savedViews.edges.map((edge) => edge.node) ?? [];
  const { mine, shared } = groupViews(views);
  const button = useRef<HTMLButtonElement>(null);
  // The dialog opens as the menu closes: focus goes into it, and back to the button after it.
  const close = () => {
    setDialog(null);
    button.current?.focus();
  };

  const item = (view: SavedView) => {
    const showing = isShowing(view, params);
    return (
      <Menu.Item
        key={view.id}
        onClick={() => setParams(viewParams(view))}
        aria-current={showing ? 'true' : undefined}
        leftSection={<IconCheck size={14} style={{ visibility: showing ? 'visible' : 'hidden' }} />}
      >
        {view.name}
        {!view.mine && (
          <Text span size="xs" c="dimmed" display="block">
            {t('savedViews.sharedBy', { name: view.ownerName ?? t('savedViews.someone') })}
          </Text>
        )}
        {view.mine && view.shared && (
          <Text span size="xs" c="dimmed" display="block">
            {t('savedViews.sharedByMe')}
          </Text>
        )}
      </Menu.Item>
    );
  };

  const title = {
    save: t('savedViews.saveTitle'),
    manage: t('savedViews.manageTitle'),
    edit: t('savedViews.editTitle'),
  };

  return (
    <>
      {/* No focus placeholder: a focusable div is not a menu's child (axe: aria-required-children). */}
      <Menu
        position="bottom-end"
        withinPortal
        returnFocus={dialog === null}
        withInitialFocusPlaceholder={false}
      >
        <Menu.Target>
          <Button ref={button} variant="default" leftSection={<IconBookmarks size={16} />}>
            {t('savedViews.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={240} maw={360}>
          <Menu.Label>{t('savedViews.mine')}</Menu.Label>
          {mine.length ? mine.map(item) : <Menu.Item disabled>{t('savedViews.noneMine')}</Menu.Item>}
          {shared.length > 0 && (
            <>
              <Menu.Label>{t('savedViews.shared')}</Menu.Label>
              {shared.map(item)}
            </>
          )}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={14} />} onClick={() => setDialog({ kind: 'save' })}>
            {t('savedViews.save')}
          </Menu.Item>
          {mine.length > 0 && (
            <Menu.Item leftSection={<IconSettings size={14} />} onClick={() => setDialog({ kind: 'manage' })}>
              {t('savedViews.manage')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={dialog !== null}
        onClose={close}
        returnFocus={false}
        title={dialog ? title[dialog.kind] : ''}
        centered
      >
        {dialog?.kind === 'manage' ? (
          <SavedViewsManager list={list} views={mine} onEdit={(view) => setDialog({ kind: 'edit', view })} />
        ) : dialog ? (
          <SavedViewForm
            key={dialog.kind === 'edit' ? dialog.view.id : 'new'}
            list={list}
            query={viewQuery(params)}
            view={dialog.kind === 'edit' ? dialog.view : undefined}
            views={views}
            onDone={dialog.kind === 'edit' ? () => setDialog({ kind: 'manage' }) : close}
            onCancel={dialog.kind === 'edit' ? () => setDialog({ kind: 'manage' }) : close}
          />
        ) : null}
      </Modal>
    </>
  );
}
