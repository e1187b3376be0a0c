import type { Random } from '../common/random';

/** Words of the register FLGR's practices are written in, so text sizes and bytes are realistic. */
const WORDS = (
  'община социална услуга деца семейства възрастни хора увреждания подкрепа общност център ' +
  'дневен грижа приемна патронажна доставка храна помощ асистент личен домашен социален ' +
  'интеграция образование училище детска градина здраве медицинска сестра рехабилитация ' +
  'консултация психолог родители младежи доброволци партньорство неправителствена организация ' +
  'проект програма финансиране европейски фонд развитие човешки ресурси иновация практика ' +
  'резултат устойчивост качество достъп село град регион област служител обучение квалификация ' +
  'мрежа екип кметство читалище библиотека транспорт мобилна услуга самотно живеещи пенсионери ' +
  'заетост работа безработни уязвими групи роми бедност изключване приобщаване включване ' +
  'превенция насилие защита права достойнство независим живот подход модел добра опит ' +
  'обмен сътрудничество местна власт гражданско общество инициатива кампания информация ' +
  'обществена поръчка бюджет план стратегия анализ оценка мониторинг показател ползватели ' +
  'нужди потребности ежедневие среда сграда ремонт оборудване кухня столова клуб занимания'
).split(' ');

function sentence(random: Random): string {
  const words = Array.from({ length: random.int(8, 18) }, () => random.pick(WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A few words, capitalized: a title or a name. */
export function phrase(random: Random, min: number, max: number): string {
  const text = Array.from({ length: random.int(min, max) }, () => random.pick(WORDS)).join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}`;
}

/**
 * Rich text of `minBytes`–`maxBytes` UTF-8 bytes (Cyrillic takes two): paragraphs, as the
 * sanitizer would have kept them.
 */
export function richText(random: Random, minBytes: number, maxBytes: number): string {
  const target = random.int(minBytes, maxBytes);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < target) {
    const sentences = Array.from({ length: random.int(2, 5) }, () => sentence(random));
    const paragraph = `<p>${sentences.join(' ')}</p>`;
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  return paragraphs.join('\n');
}
