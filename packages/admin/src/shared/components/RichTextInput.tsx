import { Input, Skeleton, VisuallyHidden } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

/** Fits `form.getInputProps(path)` of a string field, plus what a person reads around it. */
export interface RichTextInputProps {
  /** Sanitized HTML, plain text (older content), or '' (also when missing) for none. */
  value?: string;
  onChange: (value: string) => void;
  label: ReactNode;
  /** The language of the text (bg, en), for spelling and screen readers. */
  lang: string;
  error?: ReactNode;
  required?: boolean;
  description?: ReactNode;
  id?: string;
  onFocus?: () => void;
  onBlur?: () => void;
  /** Height of the empty editing area, in lines of text. */
  minRows?: number;
}

const LINE_HEIGHT = 24;
const TOOLBAR_HEIGHT = 44;

/** Tiptap is large: it loads with the first form that has a long text, not with the app. */
const RichTextInputEditor = lazy(() => import('./RichTextInputEditor'));

/** Holds the editor's place, at its size, while the editor loads. */
function RichTextInputPlaceholder({ label, description, error, required, minRows = 4 }: RichTextInputProps) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper
      label={label}
      description={description}
      error={error}
      required={required}
      labelElement="div"
      aria-busy
    >
      <Skeleton height={TOOLBAR_HEIGHT + minRows * LINE_HEIGHT} radius="sm" />
      <VisuallyHidden role="status">{t('richText.loading')}</VisuallyHidden>
    </Input.Wrapper>
  );
}

/**
 * A long text with light formatting (paragraphs, emphasis, lists, subheadings, quotes, links).
 * The value is HTML limited to what the server keeps; plain text opens as paragraphs, and an
 * emptied editor gives ''. The server sanitizes it again whatever this sends.
 */
export function RichTextInput(props: RichTextInputProps) {
  return (
    <Suspense fallback={<RichTextInputPlaceholder {...props} />}>
      <RichTextInputEditor {...props} />
    </Suspense>
  );
}
