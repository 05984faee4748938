import type { Element } from 'domhandler';
import { attr, elements } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';

// A form whose only text field asks for an e-mail address is a sign-up, whatever it is called.
function asksForEmail(el: Element): boolean {
  if (el.name !== 'form') return false;
  const fields = elements(el).filter((d) => d.name === 'input' && !/^(?:hidden|submit|button|checkbox|radio)$/i.test(attr(d, 'type') ?? 'text'));
  return fields.length > 0 && fields.length <= 2 && fields.some((d) => /mail/i.test(`${attr(d, 'type')} ${attr(d, 'name')}`));
}

export default furnitureRule({
  id: 'signup-form',
  description: 'Whole pages: removes newsletter and sign-up boxes (Mailchimp, MailPoet, ConvertKit) and forms that ask only for an e-mail address.',
  family: 'signup',
  also: asksForEmail,
});
