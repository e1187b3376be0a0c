import { SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Choice,
  chosenValue,
  type EditableText,
  type FieldDiff,
  toEditableText,
} from './conflict-merge';
import { RichTextInput } from '../../shared/components/RichTextInput';
import type { ConflictField } from './ConflictValue';

interface Props {
  spec: ConflictField;
  diff: FieldDiff;
  choice: Choice;
  /** The field's name, so the choice reads "Резюме: моята версия". */
  label: string;
  onChange: (choice: Choice) => void;
}

/** Mine, theirs, or (for texts) a merged text edited here, starting from the side chosen. */
export function ConflictChoice({ spec, diff, choice, label, onChange }: Props) {
  const { t } = useTranslation();
  const editable = spec.kind === 'text' || spec.kind === 'longText';
  const options = [
    { value: 'mine', label: t('conflict.keepMine') },
    { value: 'theirs', label: t('conflict.takeTheirs') },
    ...(editable ? [{ value: 'edited', label: t('conflict.editMerged') }] : []),
  ];
  const edited = choice.side === 'edited' ? toEditableText(choice.value) : null;
  const setEdited = (text: EditableText) => onChange({ side: 'edited', value: { ...text } });

  return (
    <Stack gap="sm" mt="sm">
      <SegmentedControl
        aria-label={t('conflict.choiceFor', { field: label })}
        data={options}
        value={choice.side}
        fullWidth
        onChange={(side) => {
          if (side === 'edited') {
            // Start the merged text from what was chosen so far.
            onChange({ side: 'edited', value: toEditableText(chosenValue(diff, choice)) });
          } else onChange({ side: side === 'theirs' ? 'theirs' : 'mine' });
        }}
      />
      {edited && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {(['bg', 'en'] as const).map((lang) => {
            const inputLabel = `${t('conflict.merged')} · ${t(`conflict.lang.${lang}`)}`;
            const change = (value: string) => setEdited({ ...edited, [lang]: value });
            return spec.kind === 'text' ? (
              <TextInput
                key={lang}
                label={inputLabel}
                lang={lang}
                value={edited[lang]}
                onChange={(event: ChangeEvent<HTMLInputElement>) => change(event.currentTarget.value)}
              />
            ) : (
              <RichTextInput
                key={lang}
                label={inputLabel}
                lang={lang}
                minRows={3}
                value={edited[lang]}
                onChange={change}
              />
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
