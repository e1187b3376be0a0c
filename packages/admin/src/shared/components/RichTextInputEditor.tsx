import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import Link from '@tiptap/extension-link';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStyleNonce } from '../csp';
import { fromEditorHtml, LINK_REL, toEditorHtml } from './rich-text';
import type { RichTextInputProps } from './RichTextInput';

/** What the server keeps (see the server's rich-text allow-list), and nothing more. */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    // Mantine's own Link extension opens the link dialog of every editor on the page.
    link: false,
  }),
  Link.configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    HTMLAttributes: { rel: LINK_REL, target: null },
  }),
];

const LINE_HEIGHT = 24;

function useLabels(): Partial<RichTextEditorLabels> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      boldControlLabel: t('richText.bold'),
      italicControlLabel: t('richText.italic'),
      underlineControlLabel: t('richText.underline'),
      strikeControlLabel: t('richText.strike'),
      clearFormattingControlLabel: t('richText.clearFormatting'),
      h3ControlLabel: t('richText.h3'),
      h4ControlLabel: t('richText.h4'),
      bulletListControlLabel: t('richText.bulletList'),
      orderedListControlLabel: t('richText.orderedList'),
      blockquoteControlLabel: t('richText.blockquote'),
      linkControlLabel: t('richText.link'),
      unlinkControlLabel: t('richText.unlink'),
      linkEditorInputLabel: t('richText.linkUrl'),
      linkEditorInputPlaceholder: t('richText.linkPlaceholder'),
      linkEditorSave: t('richText.linkSave'),
      undoControlLabel: t('richText.undo'),
      redoControlLabel: t('richText.redo'),
    }),
    [t],
  );
}

/** The editor itself; loaded lazily by RichTextInput. */
export default function RichTextInputEditor({
  value = '',
  onChange,
  label,
  lang,
  error,
  required,
  description,
  id,
  onFocus,
  onBlur,
  minRows = 4,
}: RichTextInputProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const inputId = useId(id);
  const describedBy =
    [error && `${inputId}-error`, description && `${inputId}-description`].filter(Boolean).join(' ') ||
    undefined;
  // The editing area is a contenteditable, which a <label> cannot name: it points at the label.
  const editorProps = useMemo(
    () => ({
      attributes: {
        id: inputId,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${inputId}-label`,
        ...(describedBy && { 'aria-describedby': describedBy }),
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(required ? { 'aria-required': 'true' } : {}),
        lang,
      },
    }),
    [inputId, describedBy, error, required, lang],
  );
  const [initialContent] = useState(() => toEditorHtml(value));
  /** The last value this editor gave the form, to tell it from a value set from outside. */
  const emitted = useRef(value);

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: initialContent,
    editorProps,
    shouldRerenderOnTransaction: true,
    // Tiptap adds a <style> of its own, which the Content-Security-Policy allows by nonce only.
    injectNonce: readStyleNonce(document),
    onUpdate: ({ editor: current }) => {
      const next = fromEditorHtml(current.getHTML());
      if (next === emitted.current) return;
      emitted.current = next;
      onChange(next);
    },
    onFocus: () => onFocus?.(),
    onBlur: () => onBlur?.(),
  });

  // Through the style property: the CSP refuses style attributes. The view exists only once the
  // editor is mounted; before that, reading it throws (a slow page crashed on it), so wait for it.
  useEffect(() => {
    const size = () => {
      editor.view.dom.style.minHeight = `${minRows * LINE_HEIGHT}px`;
    };
    if (editor.isInitialized) {
      size();
      return undefined;
    }
    editor.on('create', size);
    return () => {
      editor.off('create', size);
    };
  }, [editor, minRows]);

  // A value set from outside (reset, a merged conflict, a restored revision) replaces the text.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(toEditorHtml(value), { emitUpdate: false });
  }, [editor, value]);

  return (
    <Input.Wrapper
      id={inputId}
      label={label}
      description={description}
      error={error}
      required={required}
      labelElement="div"
      labelProps={{ onClick: () => editor.commands.focus() }}
    >
      <RichTextEditor
        editor={editor}
        labels={labels}
        // The server drops link targets, so the "open in a new tab" switch would do nothing. A long
        // text scrolls inside its editor, so both languages stay side by side on one screen.
        styles={{
          linkEditorExternalControl: { display: 'none' },
          content: { maxHeight: '30rem', overflowY: 'auto' },
        }}
      >
        <RichTextEditor.Toolbar role="toolbar" aria-label={t('richText.toolbar')}>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Underline />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H3 />
            <RichTextEditor.H4 />
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link disableTooltips />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
