import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  Field,
  InputType,
  type MiddlewareFn,
  ObjectType,
  registerEnumType,
  UseMiddleware,
} from 'type-graphql';
import type { Context } from './context';

export enum Locale {
  BG = 'bg',
  EN = 'en',
}
registerEnumType(Locale, {
  name: 'Locale',
  description: 'Content language: Bulgarian first, English second.',
});

/** Stored form of every text a partner site shows: Bulgarian required, English optional. */
export interface LocalizedText {
  bg: string;
  en?: string | null;
}

@InputType({ description: 'A text in Bulgarian (required) and English (optional).' })
export class LocalizedTextInput implements LocalizedText {
  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Bulgarian text is required', context: { reason: 'bgRequired' } })
  @MaxLength(100_000)
  bg: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  en?: string | null;
}

@ObjectType({ description: 'Which language a record was served in.' })
export class Localization {
  @Field(() => Locale)
  requested: Locale;

  @Field(() => Locale, { description: 'EN when any English text was served, else BG.' })
  served: Locale;

  @Field({ description: 'English translation is older than the Bulgarian source.' })
  stale: boolean;

  @Field(() => [String], { description: 'Fields served in Bulgarian because English is missing.' })
  fallbackFields: string[];
}

export function cleanText(text: LocalizedText): LocalizedText {
  const en = text.en?.trim();
  return { bg: text.bg.trim(), en: en ? en : null };
}

export function pickText(text: LocalizedText | null | undefined, locale: Locale): string | null {
  if (!text) return null;
  if (locale === Locale.EN && text.en) return text.en;
  return text.bg;
}

type Localizable = LocalizedText | LocalizedText[] | null | undefined;

const localize: MiddlewareFn<Context> = async ({ context }, next) => {
  const value = (await next()) as Localizable;
  const locale = context.locale();
  if (Array.isArray(value)) return value.map((item) => pickText(item, locale));
  return pickText(value, locale);
};

const localizedFields = new Map<Function, string[]>();

/** A GraphQL String field served in the request's locale from a stored LocalizedText. */
export function LocalizedField(options: { nullable?: boolean; description?: string; list?: boolean } = {}) {
  return (target: object, key: string) => {
    const type = options.list ? () => [String] : () => String;
    Field(type, { nullable: options.nullable, description: options.description })(target, key);
    UseMiddleware(localize)(target, key);
    const owner = target.constructor;
    localizedFields.set(owner, [...(localizedFields.get(owner) ?? []), key]);
  };
}

export interface TranslationStamps {
  bgRevisedAt: Date;
  enRevisedAt: Date | null;
}

/** Localized fields of a class and of the classes it extends. */
function fieldsOf(type: Function): string[] {
  const fields: string[] = [];
  for (let t = type; t && t !== Object; t = Object.getPrototypeOf(t))
    fields.push(...(localizedFields.get(t) ?? []));
  return fields;
}

export function describeLocalization(record: object & TranslationStamps, requested: Locale): Localization {
  const fields = fieldsOf(record.constructor);
  const fallbackFields: string[] = [];
  let anyEnglish = false;
  for (const field of fields) {
    const value = (record as Record<string, Localizable>)[field];
    const items = Array.isArray(value) ? value : value ? [value] : [];
    if (items.some((item) => item.en)) anyEnglish = true;
    if (requested === Locale.EN && items.some((item) => !item.en)) fallbackFields.push(field);
  }
  const served = requested === Locale.EN && anyEnglish ? Locale.EN : Locale.BG;
  // Once every English text is cleared there is no translation left to be out of date.
  const stale =
    anyEnglish && record.enRevisedAt !== null && record.enRevisedAt.getTime() < record.bgRevisedAt.getTime();
  return { requested, served, stale, fallbackFields };
}

/** Key of the translation stamps: restoring them keeps `localization.stale` as it was. */
export const TRANSLATION_KEY = '_translation';

/** Puts a restored snapshot's translation stamps back on the record (before it is saved). */
export function restoreTranslationStamps(record: object, input: object): void {
  const stamps = (input as Record<string, unknown>)[TRANSLATION_KEY] as
    { bg?: string | null; en?: string | null } | undefined;
  if (!stamps || !('bgRevisedAt' in record)) return;
  const target = record as TranslationStamps;
  if (stamps.bg) target.bgRevisedAt = new Date(stamps.bg);
  target.enRevisedAt = stamps.en ? new Date(stamps.en) : null;
}
