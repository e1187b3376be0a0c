import type { ContactDraft, SourceProblem } from '../import.types';
import { fixLookalikes } from './text-blocks';

/*
 * The block an FLGR page prints after the results: the organization's name, "За контакти:" with
 * a person, an address, "Тел. …", an e-mail, a web address. The site hides e-mails behind
 * "[email protected]" in saved copies: such an e-mail is left out and said so.
 */

export interface ContactBlock {
  organization?: string;
  contact: ContactDraft;
  problems: SourceProblem[];
}

const LABEL = /^(За контакти|Контакти|Контакт|Contacts?|Contact person)\s*:\s*/i;
const PHONE = /^(Тел|Tel|Телефон|Phone|GSM|Моб|Mob)\.?\s*:?\s*(.+)$/i;
const WEB = /^(https?:\/\/\S+|www\.\S+)$/i;
const HIDDEN_EMAIL = /\[email\s*protected\]/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trailing separators a page leaves after a value ("Невена Маджарова,", "…;"). */
const trimSeparators = (value: string): string => value.replace(/[\s,;]+$/, '').trim();

export function readContactBlock(lines: readonly string[], origin: string): ContactBlock {
  const block: ContactBlock = { contact: {}, problems: [] };
  const rest = [...lines];
  if (rest.length && !LABEL.test(rest[0]))
    block.organization = fixLookalikes(rest.shift()!.replace(/ - /g, ' – '));
  for (const line of rest) {
    const labelled = LABEL.exec(line);
    const value = trimSeparators(labelled ? line.slice(labelled[0].length) : line);
    if (!value) continue;
    const { contact } = block;
    if (labelled) contact.person ??= value;
    else if (HIDDEN_EMAIL.test(value)) {
      block.problems.push({
        reason: 'hiddenEmail',
        message: `${origin}: the page hides the contact e-mail ("[email protected]"): left out`,
        severity: 'warning',
      });
    } else if (EMAIL.test(value)) contact.email ??= value;
    else if (WEB.test(value)) contact.website ??= value;
    else if (PHONE.test(value)) contact.phone ??= PHONE.exec(value)![2].trim();
    else if (!contact.address) contact.address = fixLookalikes(value);
    else {
      block.problems.push({
        reason: 'unreadContactLine',
        message: `${origin}: a contact line was not recognized and is left out: "${value}"`,
        args: { line: value },
        severity: 'warning',
      });
    }
  }
  return block;
}
