import { SegmentedControl, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { BGN_PER_EUR, type Currency, formatAmount, formatDecimal } from '../format';
import { eurEquivalent, formatAmountInput, parseAmount } from './money-input';

export const CURRENCIES = ['BGN', 'EUR'] as const satisfies readonly Currency[];

export interface MoneyInputValue {
  /** A decimal string ("199994.17"), '' for none, or the text typed when it is no amount. */
  amount: string;
  currency: Currency;
}

interface Props {
  label: string;
  value: MoneyInputValue;
  onChange: (value: MoneyInputValue) => void;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/**
 * An exact amount with its currency. People type it the Bulgarian way ("199 994,17") or any
 * common way; the value is the API's decimal string, and leva show their euro equivalent at
 * the fixed rate as they are typed. The amount is reformatted when the field is left.
 */
export function MoneyInput({ label, value, onChange, error, required, disabled }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [text, setText] = useState(() => formatAmountInput(value.amount, language));
  const [focused, setFocused] = useState(false);
  const parsed = parseAmount(text);
  const typed = parsed.ok ? parsed.amount : text.trim();

  // A value set from outside (reset, merge) shows in the box; typing is never reformatted.
  useEffect(() => {
    if (value.amount !== typed) setText(formatAmountInput(value.amount, language));
    // Only a new value from outside matters here.
  }, [value.amount]);
  // The interface language changed: show the amount its way.
  useEffect(() => {
    if (!focused && parsed.ok) setText(formatAmountInput(parsed.amount, language));
  }, [language]);

  const eur = parsed.ok ? eurEquivalent(parsed.amount, value.currency) : null;
  const hint = eur
    ? t('inputs.money.eurEquivalent', { amount: formatAmount(eur, 'EUR', language) })
    : value.currency === 'EUR'
      ? t('inputs.money.rate', { rate: formatDecimal(BGN_PER_EUR, language, 5) })
      : undefined;
  const ownProblem = !focused && !parsed.ok ? t(`inputs.money.${parsed.problem}`) : undefined;

  return (
    <TextInput
      label={label}
      required={required}
      disabled={disabled}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const result = parseAmount(next);
        onChange({ ...value, amount: result.ok ? result.amount : next.trim() });
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        if (parsed.ok) setText(formatAmountInput(parsed.amount, language));
      }}
      error={error ?? ownProblem}
      description={hint}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      rightSectionWidth={104}
      rightSectionPointerEvents="all"
      rightSection={
        <SegmentedControl
          size="xs"
          // Named after its field: a form may have several amounts (budget, grant).
          aria-label={t('inputs.money.currencyOf', { field: label })}
          disabled={disabled}
          data={CURRENCIES.map((currency) => ({ value: currency, label: t(`inputs.money.${currency}`) }))}
          value={value.currency}
          onChange={(currency) => onChange({ ...value, currency: currency === 'EUR' ? 'EUR' : 'BGN' })}
        />
      }
    />
  );
}
